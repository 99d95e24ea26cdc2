import type { PipelineVariable, SourceRevisionOverride } from '@aws-sdk/client-codepipeline';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';

export interface StartPipelineExecutionInput {
  name: string;
  /** V2: values for the pipeline's variables (`#{variables.name}`), overriding their defaults. */
  variables?: PipelineVariable[];
  /** Release change with a chosen revision per source action instead of each source's latest. */
  sourceRevisions?: SourceRevisionOverride[];
  clientRequestToken?: string;
}

export const startPipelineExecution = (input: StartPipelineExecutionInput) =>
  awsCall<{ pipelineExecutionId: string }>(codepipeline, 'StartPipelineExecution', input).then(
    (o) => o.pipelineExecutionId,
  );

/** Release change. */
export function useStartPipelineExecution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startPipelineExecution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codepipelineKeys.all }),
  });
}
