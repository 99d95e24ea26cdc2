import { queryOptions, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { DomainSummary } from './wire-types';

/** Every domain of the account, following `nextToken`. */
export async function listDomains(): Promise<DomainSummary[]> {
  const domains: DomainSummary[] = [];
  let nextToken: string | undefined;
  do {
    const page = await restJsonCall<{ domains?: DomainSummary[]; nextToken?: string }>(codeartifact, 'ListDomains', {
      nextToken,
    });
    domains.push(...(page.domains ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return domains;
}

export const listDomainsQueryOptions = () =>
  queryOptions({ queryKey: codeartifactKeys.domains(), queryFn: listDomains });

export const useDomains = () => useQuery(listDomainsQueryOptions());
