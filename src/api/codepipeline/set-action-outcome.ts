import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionTypeId } from '../../engine/specs/pipeline/types';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipelineSimulator } from './service';

/** What an action the simulator cannot really run answers the next time it runs (docs/codepipeline.md). */
export interface SimulatedOutcome {
  result: 'Succeeded' | 'Failed';
  /** Virtual seconds the action takes. */
  durationSeconds: number;
  /** The action's summary when it succeeds, its error message when it fails. */
  message?: string;
  outputVariables?: Record<string, string>;
}

export interface SimulatedAction {
  stageName: string;
  actionName: string;
  actionTypeId: ActionTypeId;
  /** Absent: the action answers `defaultOutcome`. */
  outcome?: SimulatedOutcome;
}

export interface ActionOutcomes {
  actions: SimulatedAction[];
  defaultOutcome: SimulatedOutcome;
}

export interface SetActionOutcomeInput {
  pipelineName: string;
  stageName: string;
  actionName: string;
  /** Left out: the action answers the default again. */
  outcome?: SimulatedOutcome;
}

export const setActionOutcome = (input: SetActionOutcomeInput) =>
  awsCall<Record<string, never>>(codepipelineSimulator, 'SetActionOutcome', input);

export const getActionOutcomes = (pipelineName: string) =>
  awsCall<ActionOutcomes>(codepipelineSimulator, 'GetActionOutcomes', { pipelineName });

// Under codepipelineKeys.all, so a pipeline update (its actions may change) refreshes it.
const actionOutcomesKey = (pipelineName: string) => [...codepipelineKeys.all, 'action-outcomes', pipelineName] as const;

export const getActionOutcomesQueryOptions = (pipelineName: string) =>
  queryOptions({ queryKey: actionOutcomesKey(pipelineName), queryFn: () => getActionOutcomes(pipelineName) });

/** The pipeline's simulated actions (Invoke Lambda, Step Functions, ...) and what each answers next. */
export const useActionOutcomes = (pipelineName: string) => useQuery(getActionOutcomesQueryOptions(pipelineName));

export function useSetActionOutcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setActionOutcome,
    onSuccess: (_, input) => queryClient.invalidateQueries({ queryKey: actionOutcomesKey(input.pipelineName) }),
  });
}
