import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { ecs } from './service';
import type { TaskSet } from './types';

export const describeTaskSets = async (cluster: string, service: string) =>
  (await awsCall<{ taskSets: TaskSet[] }>(ecs, 'DescribeTaskSets', { cluster, service })).taskSets;

export const describeTaskSetsQueryOptions = (cluster: string, service: string) =>
  queryOptions({ queryKey: fleetKeys.taskSets(cluster, service), queryFn: () => describeTaskSets(cluster, service) });

export const useTaskSets = (cluster: string, service: string) =>
  useQuery(describeTaskSetsQueryOptions(cluster, service));
