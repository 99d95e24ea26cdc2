import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export interface UpdatePullRequestApprovalStateInput {
  pullRequestId: string;
  revisionId: string;
  approvalState: 'APPROVE' | 'REVOKE';
}

/** Approve or revoke as the identity the console acts as. */
export const updatePullRequestApprovalState = (input: UpdatePullRequestApprovalStateInput) =>
  awsCall<object>(codecommit, 'UpdatePullRequestApprovalState', input);

export function useUpdatePullRequestApprovalState() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePullRequestApprovalState,
    onSuccess: (_out, input) =>
      queryClient.invalidateQueries({ queryKey: codecommitKeys.pullRequest(input.pullRequestId) }),
  });
}
