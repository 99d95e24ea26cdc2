import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { AwsApiError } from '../aws-call';
import { getRepositoryQueryOptions } from './get-repository';
import { codecommitKeys } from './keys';
import { listRepositoriesQueryOptions } from './list-repositories';
import type { RepositoryMetadata } from './types';

/**
 * ListRepositories returns names and IDs only; the console reads each repository's metadata
 * (description, dates) with GetRepository, and so does this (each read cached on its own).
 * A repository deleted between the two calls is left out rather than failing the list.
 */
export async function listRepositoryMetadata(queryClient: QueryClient): Promise<RepositoryMetadata[]> {
  const repositories = await queryClient.fetchQuery(listRepositoriesQueryOptions());
  const results = await Promise.allSettled(
    repositories.map((r) => queryClient.fetchQuery(getRepositoryQueryOptions(r.repositoryName))),
  );
  return results.flatMap((r) => {
    if (r.status === 'fulfilled') return [r.value];
    if (r.reason instanceof AwsApiError && r.reason.type === 'RepositoryDoesNotExistException') return [];
    throw r.reason;
  });
}

export const listRepositoryMetadataQueryOptions = (queryClient: QueryClient) =>
  queryOptions({
    queryKey: [...codecommitKeys.repositories(), 'metadata'],
    queryFn: () => listRepositoryMetadata(queryClient),
  });

export function useRepositoryMetadataList() {
  return useQuery(listRepositoryMetadataQueryOptions(useQueryClient()));
}
