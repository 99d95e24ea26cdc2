import type { ServiceModule } from '../core/simulation';
import { CreateDomain, DeleteDomain, DescribeDomain, ListDomains } from './operations/domains';
import {
  DescribePackage,
  DescribePackageVersion,
  ListPackages,
  ListPackageVersionAssets,
  ListPackageVersions,
  PublishPackageVersion,
  PutPackageOriginConfiguration,
} from './operations/packages';
import {
  DeleteDomainPermissionsPolicy,
  DeleteRepositoryPermissionsPolicy,
  GetAuthorizationToken,
  GetDomainPermissionsPolicy,
  GetRepositoryPermissionsPolicy,
  PutDomainPermissionsPolicy,
  PutRepositoryPermissionsPolicy,
} from './operations/policies';
import {
  AssociateExternalConnection,
  CreateRepository,
  DeleteRepository,
  DescribeRepository,
  DisassociateExternalConnection,
  GetRepositoryEndpoint,
  ListRepositories,
  ListRepositoriesInDomain,
  UpdateRepository,
} from './operations/repositories';
import { ExplainPackageVersionResolution, FetchPackageVersion } from './operations/simulator';
import { ListTagsForResource, TagResource, UntagResource } from './operations/tags';
import {
  CopyPackageVersions,
  DeletePackageVersions,
  DisposePackageVersions,
  UpdatePackageVersionsStatus,
} from './operations/versions';

/**
 * CodeArtifact: domains, repositories with upstreams and external connections, permissions policies, packages and
 * their versions, and package requests resolved through the upstream graph (resolution.ts).
 */
export const codeartifact: ServiceModule = {
  service: 'codeartifact',
  operations: {
    CreateDomain,
    DescribeDomain,
    ListDomains,
    DeleteDomain,
    CreateRepository,
    DescribeRepository,
    ListRepositories,
    ListRepositoriesInDomain,
    UpdateRepository,
    DeleteRepository,
    AssociateExternalConnection,
    DisassociateExternalConnection,
    GetAuthorizationToken,
    GetRepositoryEndpoint,
    ListPackages,
    DescribePackage,
    ListPackageVersions,
    DescribePackageVersion,
    ListPackageVersionAssets,
    UpdatePackageVersionsStatus,
    CopyPackageVersions,
    DisposePackageVersions,
    DeletePackageVersions,
    PublishPackageVersion,
    PutPackageOriginConfiguration,
    PutRepositoryPermissionsPolicy,
    GetRepositoryPermissionsPolicy,
    DeleteRepositoryPermissionsPolicy,
    PutDomainPermissionsPolicy,
    GetDomainPermissionsPolicy,
    DeleteDomainPermissionsPolicy,
    TagResource,
    UntagResource,
    ListTagsForResource,
    ExplainPackageVersionResolution,
    FetchPackageVersion,
  },
};
