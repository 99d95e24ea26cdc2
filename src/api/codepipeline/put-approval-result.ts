import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';

export interface PutApprovalResultInput {
  pipelineName: string;
  stageName: string;
  actionName: string;
  result: { summary: string; status: 'Approved' | 'Rejected' };
  /** The approval's token from GetPipelineState (`latestExecution.token`). */
  token: string;
}

/** Approves or rejects a manual approval as the identity the console acts as; answers when it was approved. */
export const putApprovalResult = (input: PutApprovalResultInput) =>
  awsCall<{ approvedAt?: number }>(codepipeline, 'PutApprovalResult', input);

export function usePutApprovalResult() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putApprovalResult,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codepipelineKeys.all }),
  });
}
