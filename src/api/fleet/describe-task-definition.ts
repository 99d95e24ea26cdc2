import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { fleetKeys } from './keys';
import { ecs } from './service';
import type { TaskDefinition } from './types';

export const describeTaskDefinition = async (taskDefinition: string) =>
  (await awsCall<{ taskDefinition: TaskDefinition }>(ecs, 'DescribeTaskDefinition', { taskDefinition })).taskDefinition;

export const describeTaskDefinitionQueryOptions = (taskDefinition: string) =>
  queryOptions({
    queryKey: fleetKeys.taskDefinition(taskDefinition),
    queryFn: () => describeTaskDefinition(taskDefinition),
  });

export const useTaskDefinition = (taskDefinition: string) =>
  useQuery(describeTaskDefinitionQueryOptions(taskDefinition));
