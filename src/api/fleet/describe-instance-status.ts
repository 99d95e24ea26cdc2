import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { ec2 } from './service';
import type { InstanceStatus } from './types';

export const describeInstanceStatus = async () =>
  (await awsCall<{ InstanceStatuses: InstanceStatus[] }>(ec2, 'DescribeInstanceStatus', { IncludeAllInstances: true }))
    .InstanceStatuses;

export const describeInstanceStatusQueryOptions = () =>
  queryOptions({ queryKey: fleetKeys.instanceStatus(), queryFn: describeInstanceStatus });

export const useInstanceStatus = () => useQuery(describeInstanceStatusQueryOptions());
