import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';

export interface StageTransitionInput {
  pipelineName: string;
  stageName: string;
  /** Inbound: the transition into the stage; Outbound: out of it. */
  transitionType: 'Inbound' | 'Outbound';
}

export const enableStageTransition = (input: StageTransitionInput) =>
  awsCall<object>(codepipeline, 'EnableStageTransition', input);

export function useEnableStageTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableStageTransition,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codepipelineKeys.all }),
  });
}
