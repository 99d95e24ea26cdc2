import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';

export interface StopPipelineExecutionInput {
  pipelineName: string;
  pipelineExecutionId: string;
  /** true: stop and abandon (in-progress actions are abandoned); false: stop and wait for them to finish. */
  abandon?: boolean;
  reason?: string;
}

export const stopPipelineExecution = (input: StopPipelineExecutionInput) =>
  awsCall<{ pipelineExecutionId: string }>(codepipeline, 'StopPipelineExecution', input).then(
    (o) => o.pipelineExecutionId,
  );

export function useStopPipelineExecution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: stopPipelineExecution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codepipelineKeys.all }),
  });
}
