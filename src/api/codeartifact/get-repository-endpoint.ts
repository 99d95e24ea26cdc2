import { queryOptions, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { PackageFormat } from './wire-types';

export const getRepositoryEndpoint = (domain: string, repository: string, format: PackageFormat) =>
  restJsonCall<{ repositoryEndpoint?: string }>(codeartifact, 'GetRepositoryEndpoint', {
    domain,
    repository,
    format,
  }).then((o) => o.repositoryEndpoint ?? '');

export const useRepositoryEndpoint = (domain: string, repository: string, format: PackageFormat) =>
  useQuery(
    queryOptions({
      queryKey: codeartifactKeys.endpoint(domain, repository, format),
      queryFn: () => getRepositoryEndpoint(domain, repository, format),
    }),
  );
