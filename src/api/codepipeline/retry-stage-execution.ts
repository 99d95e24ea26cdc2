import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';

export interface RetryStageExecutionInput {
  pipelineName: string;
  stageName: string;
  /** The stage's latest (failed) execution. */
  pipelineExecutionId: string;
  retryMode: 'FAILED_ACTIONS' | 'ALL_ACTIONS';
}

export const retryStageExecution = (input: RetryStageExecutionInput) =>
  awsCall<{ pipelineExecutionId: string }>(codepipeline, 'RetryStageExecution', input).then(
    (o) => o.pipelineExecutionId,
  );

export function useRetryStageExecution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryStageExecution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codepipelineKeys.all }),
  });
}
