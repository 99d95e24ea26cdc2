import { queryOptions, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { describeRepository } from './describe-repository';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { RepositoryDescription, RepositorySummary } from './wire-types';

/** A domain's repositories (ListRepositoriesInDomain), following `nextToken`. */
export async function listRepositoriesInDomain(domain: string): Promise<RepositorySummary[]> {
  const repositories: RepositorySummary[] = [];
  let nextToken: string | undefined;
  do {
    const page = await restJsonCall<{ repositories?: RepositorySummary[]; nextToken?: string }>(
      codeartifact,
      'ListRepositoriesInDomain',
      { domain, nextToken },
    );
    repositories.push(...(page.repositories ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return repositories;
}

export const useRepositoriesInDomain = (domain: string) =>
  useQuery(
    queryOptions({
      queryKey: codeartifactKeys.repositoriesInDomain(domain),
      queryFn: () => listRepositoriesInDomain(domain),
    }),
  );

/** Every repository of a domain described, for drawing upstreams and external connections. */
export const useRepositoryDescriptions = (domain: string) =>
  useQuery(
    queryOptions({
      queryKey: codeartifactKeys.repositoryDescriptions(domain),
      queryFn: async (): Promise<RepositoryDescription[]> => {
        const summaries = await listRepositoriesInDomain(domain);
        return Promise.all(summaries.map((r) => describeRepository(domain, r.name ?? '')));
      },
    }),
  );
