import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';
import type { Commit } from './types';

export const getCommit = (repositoryName: string, commitId: string) =>
  awsCall<{ commit: Commit }>(codecommit, 'GetCommit', { repositoryName, commitId }).then((o) => o.commit);

/** Commits never change, so once read they stay cached. */
export const getCommitQueryOptions = (repositoryName: string, commitId: string) =>
  queryOptions({
    queryKey: codecommitKeys.commit(repositoryName, commitId),
    queryFn: () => getCommit(repositoryName, commitId),
    staleTime: Infinity,
  });

export const useCommit = (repositoryName: string, commitId: string) =>
  useQuery(getCommitQueryOptions(repositoryName, commitId));
