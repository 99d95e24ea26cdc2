import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { profilerKeys } from './keys';
import { codeguruProfiler } from './service';
import type { AgentParameterField, SimulatedAgent } from './wire-types';

/** The simulated agent of a group: parameters, where it runs, its reports (simulator-only route). */
export const describeSimulatedAgent = (profilingGroupName: string) =>
  restJsonCall<SimulatedAgent>(codeguruProfiler, 'DescribeSimulatedAgent', { profilingGroupName });

export const useSimulatedAgent = (name: string) =>
  useQuery({ queryKey: profilerKeys.agent(name), queryFn: () => describeSimulatedAgent(name) });

export const updateSimulatedAgent = (input: {
  profilingGroupName: string;
  agentParameters: Partial<Record<AgentParameterField, number>>;
}) => restJsonCall<SimulatedAgent>(codeguruProfiler, 'UpdateSimulatedAgent', input);

export function useUpdateSimulatedAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSimulatedAgent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profilerKeys.all }),
  });
}
