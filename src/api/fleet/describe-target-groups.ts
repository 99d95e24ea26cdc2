import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { elb } from './service';
import type { TargetGroup } from './types';

export const describeTargetGroups = async () =>
  (await awsCall<{ TargetGroups: TargetGroup[] }>(elb, 'DescribeTargetGroups', {})).TargetGroups;

export const describeTargetGroupsQueryOptions = () =>
  queryOptions({ queryKey: fleetKeys.targetGroups(), queryFn: () => describeTargetGroups() });

export const useTargetGroups = () => useQuery(describeTargetGroupsQueryOptions());
