import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { CommentsForPullRequest } from './pull-request-types';
import { codecommit } from './service';

interface GetCommentsForPullRequestOutput {
  commentsForPullRequestData: CommentsForPullRequest[];
  nextToken?: string;
}

/** Every comment thread of a pull request, following `nextToken` through all pages. */
export async function getCommentsForPullRequest(pullRequestId: string): Promise<CommentsForPullRequest[]> {
  const all: CommentsForPullRequest[] = [];
  let nextToken: string | undefined;
  do {
    const page: GetCommentsForPullRequestOutput = await awsCall(codecommit, 'GetCommentsForPullRequest', {
      pullRequestId,
      ...(nextToken && { nextToken }),
    });
    all.push(...page.commentsForPullRequestData);
    nextToken = page.nextToken;
  } while (nextToken);
  return all;
}

export const getCommentsForPullRequestQueryOptions = (pullRequestId: string) =>
  queryOptions({
    queryKey: codecommitKeys.pullRequestComments(pullRequestId),
    queryFn: () => getCommentsForPullRequest(pullRequestId),
  });

export const usePullRequestComments = (pullRequestId: string) =>
  useQuery(getCommentsForPullRequestQueryOptions(pullRequestId));
