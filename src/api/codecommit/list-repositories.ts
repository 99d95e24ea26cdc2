import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export interface RepositoryNameIdPair {
  repositoryName: string;
  repositoryId: string;
}

interface ListRepositoriesOutput {
  repositories: RepositoryNameIdPair[];
  nextToken?: string;
}

/** Every repository, following `nextToken` through all pages. */
export async function listRepositories(): Promise<RepositoryNameIdPair[]> {
  const all: RepositoryNameIdPair[] = [];
  let nextToken: string | undefined;
  do {
    const page: ListRepositoriesOutput = await awsCall(codecommit, 'ListRepositories', nextToken ? { nextToken } : {});
    all.push(...page.repositories);
    nextToken = page.nextToken;
  } while (nextToken);
  return all;
}

export const listRepositoriesQueryOptions = () =>
  queryOptions({ queryKey: codecommitKeys.repositories(), queryFn: listRepositories });

export const useRepositories = () => useQuery(listRepositoriesQueryOptions());
