import { queryOptions, useQuery } from '@tanstack/react-query';
import { codeartifactKeys } from './keys';
import { listPackageVersionAssets } from './list-package-version-assets';
import { listPackageVersions } from './list-package-versions';
import { listPackages } from './list-packages';
import { listRepositoriesInDomain } from './list-repositories-in-domain';
import type { AssetSummary } from './wire-types';

export interface AssetCensus {
  /** Distinct assets (by SHA-256): what the domain stores. */
  stored: number;
  /** Assets counted once per repository that holds their version. */
  references: number;
}

/** Counts assets once by their SHA-256 (by name and size when a hash is missing), as the domain stores them. */
export function countAssets(held: readonly AssetSummary[]): AssetCensus {
  const keys = new Set(held.map((a) => a.hashes?.['SHA-256'] ?? `${a.name}:${a.size}`));
  return { stored: keys.size, references: held.length };
}

/**
 * Every asset every repository of the domain holds, read through ListPackages, ListPackageVersions and
 * ListPackageVersionAssets (the API has no count of its own). Disposed versions hold no assets.
 */
async function assetCensus(domain: string): Promise<AssetCensus> {
  const held: AssetSummary[] = [];
  for (const r of await listRepositoriesInDomain(domain)) {
    const repository = r.name ?? '';
    for (const p of await listPackages(domain, repository)) {
      const coordinates = {
        domain,
        repository,
        format: p.format ?? 'generic',
        namespace: p.namespace,
        package: p.package ?? '',
      };
      const { versions } = await listPackageVersions(coordinates);
      for (const v of versions) {
        if (v.status === 'Disposed' || v.status === 'Deleted') continue;
        held.push(...(await listPackageVersionAssets(coordinates, v.version ?? '')));
      }
    }
  }
  return countAssets(held);
}

export const assetCensusQueryOptions = (domain: string) =>
  queryOptions({ queryKey: codeartifactKeys.assetCensus(domain), queryFn: () => assetCensus(domain) });

export const useAssetCensus = (domain: string) => useQuery(assetCensusQueryOptions(domain));
