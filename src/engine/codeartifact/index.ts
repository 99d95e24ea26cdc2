import type { ServiceModule } from '../core/simulation';
import { CreateDomain, DeleteDomain, DescribeDomain, ListDomains } from './operations/domains';
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

/**
 * CodeArtifact: domains, repositories with upstreams and external connections, packages and their versions, and
 * package requests resolved through the upstream graph (resolution.ts).
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
    GetRepositoryEndpoint,
  },
};
