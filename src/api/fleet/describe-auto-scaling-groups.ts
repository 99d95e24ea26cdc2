import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { autoscaling } from './service';
import type { AutoScalingGroup } from './types';

export const describeAutoScalingGroups = async () =>
  (await awsCall<{ AutoScalingGroups: AutoScalingGroup[] }>(autoscaling, 'DescribeAutoScalingGroups', {}))
    .AutoScalingGroups;

export const describeAutoScalingGroupsQueryOptions = () =>
  queryOptions({ queryKey: fleetKeys.autoScalingGroups(), queryFn: () => describeAutoScalingGroups() });

export const useAutoScalingGroups = () => useQuery(describeAutoScalingGroupsQueryOptions());
