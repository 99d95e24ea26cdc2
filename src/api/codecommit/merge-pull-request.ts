import { useMutation, useQueryClient } from '@tanstack/react-query';
import { codecommitKeys } from './keys';
import { mergePullRequestByFastForward } from './merge-pull-request-by-fast-forward';
import { mergePullRequestBySquash, type MergeCommitInput } from './merge-pull-request-by-squash';
import { mergePullRequestByThreeWay } from './merge-pull-request-by-three-way';
import type { MergeOption, PullRequest } from './pull-request-types';

export type MergeRequest = { mergeOption: MergeOption } & MergeCommitInput;

/** The console's one Merge button: the chosen strategy decides which of the three operations runs. */
export function mergePullRequest({ mergeOption, ...input }: MergeRequest): Promise<PullRequest> {
  if (mergeOption === 'FAST_FORWARD_MERGE') {
    const { pullRequestId, repositoryName, sourceCommitId } = input;
    return mergePullRequestByFastForward({ pullRequestId, repositoryName, sourceCommitId });
  }
  return mergeOption === 'SQUASH_MERGE' ? mergePullRequestBySquash(input) : mergePullRequestByThreeWay(input);
}

export function useMergePullRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergePullRequest,
    onSuccess: (pr) => {
      queryClient.setQueryData(codecommitKeys.pullRequest(pr.pullRequestId), pr);
      return queryClient.invalidateQueries({ queryKey: codecommitKeys.all });
    },
  });
}
