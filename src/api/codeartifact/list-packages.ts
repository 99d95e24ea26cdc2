import { queryOptions, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { PackageSummary } from './wire-types';

/** The packages a repository holds itself (never its upstreams'), following `nextToken`. */
export async function listPackages(domain: string, repository: string): Promise<PackageSummary[]> {
  const packages: PackageSummary[] = [];
  let nextToken: string | undefined;
  do {
    const page = await restJsonCall<{ packages?: PackageSummary[]; nextToken?: string }>(codeartifact, 'ListPackages', {
      domain,
      repository,
      nextToken,
    });
    packages.push(...(page.packages ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return packages;
}

export const listPackagesQueryOptions = (domain: string, repository: string) =>
  queryOptions({
    queryKey: codeartifactKeys.packages(domain, repository),
    queryFn: () => listPackages(domain, repository),
  });

export const usePackages = (domain: string, repository: string) =>
  useQuery(listPackagesQueryOptions(domain, repository));
