import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { useInvalidateCodeArtifact } from './invalidate';
import { codeartifactKeys } from './keys';
import { codeartifact } from './service';
import type { ResourcePolicy } from './wire-types';

export const getDomainPermissionsPolicy = (domain: string) =>
  restJsonCall<{ policy?: ResourcePolicy }>(codeartifact, 'GetDomainPermissionsPolicy', { domain }).then(
    (o) => o.policy ?? {},
  );

/** The domain's policy; ResourceNotFoundException when it has none. */
export const useDomainPermissionsPolicy = (domain: string) =>
  useQuery(
    queryOptions({
      queryKey: codeartifactKeys.domainPolicy(domain),
      queryFn: () => getDomainPermissionsPolicy(domain),
      retry: false,
    }),
  );

export const putDomainPermissionsPolicy = (input: {
  domain: string;
  policyDocument: string;
  policyRevision?: string;
}) => restJsonCall<{ policy?: ResourcePolicy }>(codeartifact, 'PutDomainPermissionsPolicy', input);

export const usePutDomainPermissionsPolicy = () =>
  useMutation({ mutationFn: putDomainPermissionsPolicy, onSuccess: useInvalidateCodeArtifact() });

export const deleteDomainPermissionsPolicy = (input: { domain: string }) =>
  restJsonCall<{ policy?: ResourcePolicy }>(codeartifact, 'DeleteDomainPermissionsPolicy', input);

export const useDeleteDomainPermissionsPolicy = () =>
  useMutation({ mutationFn: deleteDomainPermissionsPolicy, onSuccess: useInvalidateCodeArtifact() });
