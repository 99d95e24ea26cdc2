import type { SimMillis } from '../core/time';

/**
 * CodeArtifact's slice of the account. Field names follow the codeartifact 2018-09-22 wire shapes, so operations
 * return them with little more than time formatting. Maps are keyed by the resource's path in its domain.
 */

export type PackageFormat = 'npm' | 'pypi' | 'maven' | 'nuget' | 'generic' | 'ruby' | 'swift' | 'cargo';
export const PACKAGE_FORMATS: readonly PackageFormat[] = [
  'npm',
  'pypi',
  'maven',
  'nuget',
  'generic',
  'ruby',
  'swift',
  'cargo',
];

export type PackageVersionStatus = 'Published' | 'Unfinished' | 'Unlisted' | 'Archived' | 'Disposed' | 'Deleted';

export type AllowPublish = 'ALLOW' | 'BLOCK';
export type AllowUpstream = 'ALLOW' | 'BLOCK';

/** A resource policy and its revision (the optimistic-lock token Put/Delete accept). */
export interface ResourcePolicy {
  document: string;
  revision: string;
}

export interface Domain {
  name: string;
  owner: string;
  arn: string;
  /** The AWS KMS key that encrypts the domain's assets (one per domain, fixed at creation). */
  encryptionKey: string;
  createdTime: SimMillis;
  status: 'Active' | 'Deleted';
  s3BucketArn: string;
  policy?: ResourcePolicy;
  tags: Record<string, string>;
}

export interface ExternalConnection {
  externalConnectionName: string;
  packageFormat: PackageFormat;
  status: 'Available';
}

export interface Repository {
  name: string;
  domainName: string;
  domainOwner: string;
  administratorAccount: string;
  arn: string;
  description?: string;
  /** Upstream repository names in priority order (at most 10). */
  upstreams: string[];
  /** At most one (aws-facts §5.1). */
  externalConnections: ExternalConnection[];
  createdTime: SimMillis;
  policy?: ResourcePolicy;
  tags: Record<string, string>;
}

export interface PackageAsset {
  name: string;
  size: number;
  /** MD5, SHA-1, SHA-256 and SHA-512 of the asset's bytes; the SHA-256 identifies it in the domain's storage. */
  hashes: Record<'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-512', string>;
}

/** Where a version first entered the domain (PackageVersionOrigin on the wire). */
export interface PackageVersionOrigin {
  domainEntryPoint: { repositoryName?: string; externalConnectionName?: string };
  originType: 'INTERNAL' | 'EXTERNAL' | 'UNKNOWN';
}

export interface PackageVersionRecord {
  version: string;
  /** Changes whenever the version's status or assets change (the `--version-revisions` guard). */
  revision: string;
  status: Exclude<PackageVersionStatus, 'Deleted'>;
  origin: PackageVersionOrigin;
  publishedTime: SimMillis;
  assets: PackageAsset[];
  summary?: string;
}

export interface PackageRecord {
  domainName: string;
  repositoryName: string;
  format: PackageFormat;
  /** The npm scope (without `@`), Maven group ID, Swift scope; absent for formats and packages without one. */
  namespace?: string;
  name: string;
  originConfiguration: { restrictions: { publish: AllowPublish; upstream: AllowUpstream } };
  versions: Record<string, PackageVersionRecord>;
  /** Last `sequenceNumber` sent in a Package Version State Change event for this package (aws-facts §5.5). */
  sequenceNumber: number;
}

export interface AuthorizationToken {
  domainName: string;
  domainOwner: string;
  expiration: SimMillis;
}

export interface CodeArtifactState {
  /** By domain name. */
  domains: Record<string, Domain>;
  /** By `domain/repository`. */
  repositories: Record<string, Repository>;
  /** By `domain/repository/format/namespace/name` (see `packageKey`). */
  packages: Record<string, PackageRecord>;
  /** Tokens GetAuthorizationToken issued and that have not expired, by token. */
  authorizationTokens: Record<string, AuthorizationToken>;
}

export const emptyCodeArtifactState = (): CodeArtifactState => ({
  domains: {},
  repositories: {},
  packages: {},
  authorizationTokens: {},
});

export const repositoryKey = (domain: string, repository: string) => `${domain}/${repository}`;

export const packageKey = (
  domain: string,
  repository: string,
  format: PackageFormat,
  namespace: string | undefined,
  name: string,
) => `${domain}/${repository}/${format}/${namespace ?? ''}/${name}`;
