import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { ecs } from './service';
import type { EcsService } from './types';

/** Every service of a cluster: ListServices, then DescribeServices on what it names. */
export async function describeClusterServices(cluster: string): Promise<EcsService[]> {
  const { serviceArns } = await awsCall<{ serviceArns: string[] }>(ecs, 'ListServices', { cluster });
  if (serviceArns.length === 0) return [];
  const out = await awsCall<{ services: EcsService[] }>(ecs, 'DescribeServices', { cluster, services: serviceArns });
  return out.services;
}

export const describeServicesQueryOptions = (cluster: string) =>
  queryOptions({ queryKey: fleetKeys.services(cluster), queryFn: () => describeClusterServices(cluster) });

export const useEcsServices = (cluster: string) => useQuery(describeServicesQueryOptions(cluster));
