import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { ec2 } from './service';
import type { Instance } from './types';

export interface InstanceFilter {
  Name: string;
  Values: string[];
}

export async function describeInstances(filters: InstanceFilter[] = []): Promise<Instance[]> {
  const out = await awsCall<{ Reservations: { Instances: Instance[] }[] }>(ec2, 'DescribeInstances', {
    Filters: filters,
  });
  return out.Reservations.flatMap((r) => r.Instances);
}

export const describeInstancesQueryOptions = (filters: InstanceFilter[] = []) =>
  queryOptions({ queryKey: fleetKeys.instances(JSON.stringify(filters)), queryFn: () => describeInstances(filters) });

export const useInstances = (filters: InstanceFilter[] = []) => useQuery(describeInstancesQueryOptions(filters));
