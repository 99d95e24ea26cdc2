import { queryOptions, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { AssetSummary, PackageCoordinates } from './wire-types';

export const listPackageVersionAssets = (p: PackageCoordinates, packageVersion: string) =>
  restJsonCall<{ assets?: AssetSummary[] }>(codeartifact, 'ListPackageVersionAssets', { ...p, packageVersion }).then(
    (o) => o.assets ?? [],
  );

export const usePackageVersionAssets = (p: PackageCoordinates, packageVersion: string | undefined) =>
  useQuery(
    queryOptions({
      queryKey: codeartifactKeys.assets(p, packageVersion ?? ''),
      queryFn: () => listPackageVersionAssets(p, packageVersion ?? ''),
      enabled: packageVersion !== undefined,
    }),
  );
