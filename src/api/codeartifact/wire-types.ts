import type * as Sdk from '@aws-sdk/client-codeartifact';

/** An SDK shape as it travels: REST-JSON carries CodeArtifact's timestamps as epoch seconds, not `Date`s. */
export type Wire<T> = T extends Date
  ? number
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type PackageFormat = Sdk.PackageFormat;
export type PackageVersionStatus = Sdk.PackageVersionStatus;
export type AllowPublish = Sdk.AllowPublish;
export type AllowUpstream = Sdk.AllowUpstream;
export type DomainSummary = Wire<Sdk.DomainSummary>;
export type DomainDescription = Wire<Sdk.DomainDescription>;
export type RepositorySummary = Wire<Sdk.RepositorySummary>;
export type RepositoryDescription = Wire<Sdk.RepositoryDescription>;
export type PackageSummary = Wire<Sdk.PackageSummary>;
export type PackageDescription = Wire<Sdk.PackageDescription>;
export type PackageVersionSummary = Wire<Sdk.PackageVersionSummary>;
export type PackageVersionDescription = Wire<Sdk.PackageVersionDescription>;
export type AssetSummary = Wire<Sdk.AssetSummary>;
export type ResourcePolicy = Wire<Sdk.ResourcePolicy>;
export type PackageVersionError = Wire<Sdk.PackageVersionError>;
export type SuccessfulPackageVersionInfo = Wire<Sdk.SuccessfulPackageVersionInfo>;

/** Where a package lives: the members every package operation takes. */
export interface PackageCoordinates {
  domain: string;
  repository: string;
  format: PackageFormat;
  /** npm scope without `@`, Maven group ID, Swift scope; absent for most formats. */
  namespace?: string;
  package: string;
}

/** What UpdatePackageVersionsStatus, CopyPackageVersions, DisposePackageVersions and DeletePackageVersions answer. */
export interface PackageVersionsResult {
  successfulVersions?: Record<string, SuccessfulPackageVersionInfo>;
  failedVersions?: Record<string, PackageVersionError>;
}
