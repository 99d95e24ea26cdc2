import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { PullRequest } from './pull-request-types';
import { codecommit } from './service';

export interface CreatePullRequestInput {
  title: string;
  description?: string;
  targets: { repositoryName: string; sourceReference: string; destinationReference?: string }[];
  clientRequestToken?: string;
}

export const createPullRequest = (input: CreatePullRequestInput) =>
  awsCall<{ pullRequest: PullRequest }>(codecommit, 'CreatePullRequest', input).then((o) => o.pullRequest);

export function useCreatePullRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPullRequest,
    onSuccess: (pr) => {
      queryClient.setQueryData(codecommitKeys.pullRequest(pr.pullRequestId), pr);
      const repositoryName = pr.pullRequestTargets[0]?.repositoryName ?? '';
      return queryClient.invalidateQueries({ queryKey: codecommitKeys.pullRequestLists(repositoryName) });
    },
  });
}
