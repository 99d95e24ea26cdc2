import type { PackageCoordinates } from './wire-types';

const packageKey = (p: PackageCoordinates) => [p.domain, p.repository, p.format, p.namespace ?? '', p.package] as const;

/** Query keys for CodeArtifact data; events of `aws.codeartifact` invalidate everything under `all`. */
export const codeartifactKeys = {
  all: ['codeartifact'] as const,
  domains: () => [...codeartifactKeys.all, 'domains'] as const,
  domain: (domain: string) => [...codeartifactKeys.all, 'domain', domain] as const,
  assetCensus: (domain: string) => [...codeartifactKeys.all, 'asset-census', domain] as const,
  domainPolicy: (domain: string) => [...codeartifactKeys.all, 'domain-policy', domain] as const,
  repositories: () => [...codeartifactKeys.all, 'repositories'] as const,
  repositoriesInDomain: (domain: string) => [...codeartifactKeys.all, 'repositories-in-domain', domain] as const,
  repository: (domain: string, repository: string) =>
    [...codeartifactKeys.all, 'repository', domain, repository] as const,
  repositoryDescriptions: (domain: string) => [...codeartifactKeys.all, 'repository-descriptions', domain] as const,
  repositoryPolicy: (domain: string, repository: string) =>
    [...codeartifactKeys.all, 'repository-policy', domain, repository] as const,
  endpoint: (domain: string, repository: string, format: string) =>
    [...codeartifactKeys.all, 'endpoint', domain, repository, format] as const,
  packages: (domain: string, repository: string) => [...codeartifactKeys.all, 'packages', domain, repository] as const,
  package: (p: PackageCoordinates) => [...codeartifactKeys.all, 'package', ...packageKey(p)] as const,
  versions: (p: PackageCoordinates) => [...codeartifactKeys.all, 'versions', ...packageKey(p)] as const,
  assets: (p: PackageCoordinates, version: string) =>
    [...codeartifactKeys.all, 'assets', ...packageKey(p), version] as const,
};
