import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { StageTransitionInput } from './enable-stage-transition';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';

export type DisableStageTransitionInput = StageTransitionInput & {
  /** Required by the service: why executions are held (1–300 characters). */
  reason: string;
};

export const disableStageTransition = (input: DisableStageTransitionInput) =>
  awsCall<object>(codepipeline, 'DisableStageTransition', input);

export function useDisableStageTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableStageTransition,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codepipelineKeys.all }),
  });
}
