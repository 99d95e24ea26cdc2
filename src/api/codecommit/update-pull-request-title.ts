import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { PullRequest } from './pull-request-types';
import { codecommit } from './service';

export const updatePullRequestTitle = (input: { pullRequestId: string; title: string }) =>
  awsCall<{ pullRequest: PullRequest }>(codecommit, 'UpdatePullRequestTitle', input).then((o) => o.pullRequest);

export function useUpdatePullRequestTitle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePullRequestTitle,
    onSuccess: (pr) => {
      queryClient.setQueryData(codecommitKeys.pullRequest(pr.pullRequestId), pr);
      return queryClient.invalidateQueries({ queryKey: codecommitKeys.all });
    },
  });
}
