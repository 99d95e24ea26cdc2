import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { PullRequest } from './pull-request-types';
import { codecommit } from './service';

export const updatePullRequestDescription = (input: { pullRequestId: string; description: string }) =>
  awsCall<{ pullRequest: PullRequest }>(codecommit, 'UpdatePullRequestDescription', input).then((o) => o.pullRequest);

export function useUpdatePullRequestDescription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePullRequestDescription,
    onSuccess: (pr) => {
      queryClient.setQueryData(codecommitKeys.pullRequest(pr.pullRequestId), pr);
      return queryClient.invalidateQueries({ queryKey: codecommitKeys.all });
    },
  });
}
