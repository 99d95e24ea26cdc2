import { queryOptions, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { RepositorySummary } from './wire-types';

/** Every repository of the account across its domains (ListRepositories), following `nextToken`. */
export async function listRepositories(): Promise<RepositorySummary[]> {
  const repositories: RepositorySummary[] = [];
  let nextToken: string | undefined;
  do {
    const page = await restJsonCall<{ repositories?: RepositorySummary[]; nextToken?: string }>(
      codeartifact,
      'ListRepositories',
      { nextToken },
    );
    repositories.push(...(page.repositories ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return repositories;
}

export const useRepositories = () =>
  useQuery(queryOptions({ queryKey: codeartifactKeys.repositories(), queryFn: listRepositories }));
