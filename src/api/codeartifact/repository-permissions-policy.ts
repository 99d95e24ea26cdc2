import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { useInvalidateCodeArtifact } from './invalidate';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { ResourcePolicy } from './wire-types';

export const getRepositoryPermissionsPolicy = (domain: string, repository: string) =>
  restJsonCall<{ policy?: ResourcePolicy }>(codeartifact, 'GetRepositoryPermissionsPolicy', {
    domain,
    repository,
  }).then((o) => o.policy ?? {});

/** The repository's policy; ResourceNotFoundException when it has none. */
export const useRepositoryPermissionsPolicy = (domain: string, repository: string) =>
  useQuery(
    queryOptions({
      queryKey: codeartifactKeys.repositoryPolicy(domain, repository),
      queryFn: () => getRepositoryPermissionsPolicy(domain, repository),
      retry: false,
    }),
  );

export const putRepositoryPermissionsPolicy = (input: {
  domain: string;
  repository: string;
  policyDocument: string;
  policyRevision?: string;
}) => restJsonCall<{ policy?: ResourcePolicy }>(codeartifact, 'PutRepositoryPermissionsPolicy', input);

export const usePutRepositoryPermissionsPolicy = () =>
  useMutation({ mutationFn: putRepositoryPermissionsPolicy, onSuccess: useInvalidateCodeArtifact() });

export const deleteRepositoryPermissionsPolicy = (input: { domain: string; repository: string }) =>
  restJsonCall<{ policy?: ResourcePolicy }>(codeartifact, 'DeleteRepositoryPermissionsPolicy', input);

export const useDeleteRepositoryPermissionsPolicy = () =>
  useMutation({ mutationFn: deleteRepositoryPermissionsPolicy, onSuccess: useInvalidateCodeArtifact() });
