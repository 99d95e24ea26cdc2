import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AwsApiError } from '../aws-call';
import { restJsonCall } from '../rest-json-call';
import { profilerKeys } from './keys';
import { codeguruProfiler } from './service';
import type { ProfilingGroupDescription } from './wire-types';

export const listProfilingGroups = () =>
  restJsonCall<{ profilingGroups?: ProfilingGroupDescription[] }>(codeguruProfiler, 'ListProfilingGroups', {
    includeDescription: true,
    maxResults: 1000,
  }).then((o) => o.profilingGroups ?? []);

export const profilingGroupsQueryOptions = () =>
  queryOptions({ queryKey: profilerKeys.groups(), queryFn: listProfilingGroups });

export const useProfilingGroups = () => useQuery(profilingGroupsQueryOptions());

export const describeProfilingGroup = (profilingGroupName: string) =>
  restJsonCall<{ profilingGroup: ProfilingGroupDescription }>(codeguruProfiler, 'DescribeProfilingGroup', {
    profilingGroupName,
  }).then((o) => o.profilingGroup);

export const useProfilingGroup = (name: string) =>
  useQuery({
    queryKey: profilerKeys.group(name),
    queryFn: () => describeProfilingGroup(name),
    retry: (count, error) => !(error instanceof AwsApiError) && count < 2,
  });

export interface CreateProfilingGroupInput {
  profilingGroupName: string;
  computePlatform: 'Default' | 'AWSLambda';
  profilingEnabled: boolean;
}

export const createProfilingGroup = (input: CreateProfilingGroupInput) =>
  restJsonCall<{ profilingGroup: ProfilingGroupDescription }>(codeguruProfiler, 'CreateProfilingGroup', {
    profilingGroupName: input.profilingGroupName,
    computePlatform: input.computePlatform,
    agentOrchestrationConfig: { profilingEnabled: input.profilingEnabled },
    clientToken: `console-${input.profilingGroupName}`,
  }).then((o) => o.profilingGroup);

export const updateProfilingGroup = (input: { profilingGroupName: string; profilingEnabled: boolean }) =>
  restJsonCall<{ profilingGroup: ProfilingGroupDescription }>(codeguruProfiler, 'UpdateProfilingGroup', {
    profilingGroupName: input.profilingGroupName,
    agentOrchestrationConfig: { profilingEnabled: input.profilingEnabled },
  }).then((o) => o.profilingGroup);

export const deleteProfilingGroup = (profilingGroupName: string) =>
  restJsonCall<object>(codeguruProfiler, 'DeleteProfilingGroup', { profilingGroupName });

function useInvalidateProfiler() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: profilerKeys.all });
}

export const useCreateProfilingGroup = () =>
  useMutation({ mutationFn: createProfilingGroup, onSuccess: useInvalidateProfiler() });
export const useUpdateProfilingGroup = () =>
  useMutation({ mutationFn: updateProfilingGroup, onSuccess: useInvalidateProfiler() });
export const useDeleteProfilingGroup = () =>
  useMutation({ mutationFn: deleteProfilingGroup, onSuccess: useInvalidateProfiler() });
