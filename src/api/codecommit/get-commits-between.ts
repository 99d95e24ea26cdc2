import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { getCommitQueryOptions } from './get-commit';
import { codecommitKeys } from './keys';
import type { Commit } from './types';

export const COMMITS_BETWEEN_LIMIT = 100;

/**
 * The commits between a merge base and a tip, newest first: a pull request's "Commits". There is no
 * API for this; like the console it walks parents with GetCommit (each commit read once and
 * cached), not past `base`.
 */
export async function getCommitsBetween(
  queryClient: QueryClient,
  repositoryName: string,
  base: string | undefined,
  tip: string,
): Promise<{ commits: Commit[]; truncated: boolean }> {
  const commits: Commit[] = [];
  const seen = new Set<string>(base ? [base] : []);
  const queue = [tip];
  while (queue.length > 0 && commits.length < COMMITS_BETWEEN_LIMIT) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const commit: Commit = await queryClient.fetchQuery(getCommitQueryOptions(repositoryName, id));
    commits.push(commit);
    queue.push(...commit.parents);
  }
  return { commits, truncated: queue.some((id) => !seen.has(id)) };
}

export const getCommitsBetweenQueryOptions = (
  queryClient: QueryClient,
  repositoryName: string,
  base: string | undefined,
  tip: string,
) =>
  queryOptions({
    queryKey: codecommitKeys.commitsBetween(repositoryName, base ?? '', tip),
    queryFn: () => getCommitsBetween(queryClient, repositoryName, base, tip),
    staleTime: Infinity,
  });

export function useCommitsBetween(repositoryName: string, base: string | undefined, tip: string) {
  return useQuery(getCommitsBetweenQueryOptions(useQueryClient(), repositoryName, base, tip));
}
