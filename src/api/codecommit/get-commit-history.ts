import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { getBranch } from './get-branch';
import { getCommitQueryOptions } from './get-commit';
import { codecommitKeys } from './keys';
import type { Commit } from './types';

export const HISTORY_PAGE = 50;

/**
 * CodeCommit has no "list commits" operation; the console walks first parents from the tip
 * with GetCommit, and so does this (each commit read once and cached).
 */
export async function getCommitHistory(queryClient: QueryClient, repositoryName: string, ref: string) {
  const tip = /^[0-9a-f]{40}$/.test(ref) ? ref : (await getBranch(repositoryName, ref)).commitId;
  const commits: Commit[] = [];
  let id: string | undefined = tip;
  while (id && commits.length < HISTORY_PAGE) {
    const commit: Commit = await queryClient.fetchQuery(getCommitQueryOptions(repositoryName, id));
    commits.push(commit);
    id = commit.parents[0];
  }
  return { commits, truncated: id !== undefined };
}

export const getCommitHistoryQueryOptions = (queryClient: QueryClient, repositoryName: string, ref: string) =>
  queryOptions({
    queryKey: codecommitKeys.history(repositoryName, ref),
    queryFn: () => getCommitHistory(queryClient, repositoryName, ref),
  });

export function useCommitHistory(repositoryName: string, ref: string) {
  return useQuery(getCommitHistoryQueryOptions(useQueryClient(), repositoryName, ref));
}
