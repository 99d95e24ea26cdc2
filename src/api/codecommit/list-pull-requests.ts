import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { getPullRequestQueryOptions } from './get-pull-request';
import { codecommitKeys } from './keys';
import type { PullRequest, PullRequestStatus } from './pull-request-types';
import { codecommit } from './service';

interface ListPullRequestsOutput {
  pullRequestIds: string[];
  nextToken?: string;
}

/** Every pull request ID of a repository (newest first), following `nextToken` through all pages. */
export async function listPullRequests(repositoryName: string, status?: PullRequestStatus): Promise<string[]> {
  const ids: string[] = [];
  let nextToken: string | undefined;
  do {
    const page: ListPullRequestsOutput = await awsCall(codecommit, 'ListPullRequests', {
      repositoryName,
      ...(status && { pullRequestStatus: status }),
      ...(nextToken && { nextToken }),
    });
    ids.push(...page.pullRequestIds);
    nextToken = page.nextToken;
  } while (nextToken);
  return ids;
}

/**
 * ListPullRequests returns IDs only; the console reads each pull request with GetPullRequest, and
 * so does this (each read cached on its own).
 */
export async function listPullRequestDetails(
  queryClient: QueryClient,
  repositoryName: string,
  status?: PullRequestStatus,
): Promise<PullRequest[]> {
  const ids = await listPullRequests(repositoryName, status);
  return Promise.all(ids.map((id) => queryClient.fetchQuery(getPullRequestQueryOptions(id))));
}

export const listPullRequestsQueryOptions = (
  queryClient: QueryClient,
  repositoryName: string,
  status?: PullRequestStatus,
) =>
  queryOptions({
    queryKey: codecommitKeys.pullRequests(repositoryName, status),
    queryFn: () => listPullRequestDetails(queryClient, repositoryName, status),
  });

export function usePullRequests(repositoryName: string, status?: PullRequestStatus) {
  return useQuery(listPullRequestsQueryOptions(useQueryClient(), repositoryName, status));
}
