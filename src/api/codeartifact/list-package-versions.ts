import { queryOptions, useQuery } from '@tanstack/react-query';
import { AwsApiError } from '../aws-call';
import { restJsonCall } from '../rest-json-call';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { PackageCoordinates, PackageVersionSummary } from './wire-types';

export interface PackageVersions {
  defaultDisplayVersion?: string;
  versions: PackageVersionSummary[];
}

/** The versions the repository itself holds, in every status, following `nextToken`. */
export async function listPackageVersions(p: PackageCoordinates): Promise<PackageVersions> {
  const versions: PackageVersionSummary[] = [];
  let defaultDisplayVersion: string | undefined;
  let nextToken: string | undefined;
  do {
    const page = await restJsonCall<{
      versions?: PackageVersionSummary[];
      defaultDisplayVersion?: string;
      nextToken?: string;
    }>(codeartifact, 'ListPackageVersions', { ...p, nextToken });
    versions.push(...(page.versions ?? []));
    defaultDisplayVersion ??= page.defaultDisplayVersion;
    nextToken = page.nextToken;
  } while (nextToken);
  return { defaultDisplayVersion, versions };
}

export const listPackageVersionsQueryOptions = (p: PackageCoordinates) =>
  queryOptions({
    queryKey: codeartifactKeys.versions(p),
    queryFn: () => listPackageVersions(p),
    retry: (count, error) => !(error instanceof AwsApiError) && count < 2,
  });

export const usePackageVersions = (p: PackageCoordinates) => useQuery(listPackageVersionsQueryOptions(p));
