import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { PullRequest, PullRequestStatus } from './pull-request-types';
import { codecommit } from './service';

export interface UpdatePullRequestStatusInput {
  pullRequestId: string;
  pullRequestStatus: PullRequestStatus;
}

export const updatePullRequestStatus = (input: UpdatePullRequestStatusInput) =>
  awsCall<{ pullRequest: PullRequest }>(codecommit, 'UpdatePullRequestStatus', input).then((o) => o.pullRequest);

export function useUpdatePullRequestStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePullRequestStatus,
    onSuccess: (pr) => {
      queryClient.setQueryData(codecommitKeys.pullRequest(pr.pullRequestId), pr);
      return queryClient.invalidateQueries({ queryKey: codecommitKeys.all });
    },
  });
}
