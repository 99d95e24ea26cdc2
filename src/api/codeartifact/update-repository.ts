import { useMutation } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { useInvalidateCodeArtifact } from './invalidate';
import { codeartifact } from './service';
import type { RepositoryDescription } from './wire-types';

/** UpdateRepository replaces the whole upstream list: its order is the new priority order. */
export const updateRepository = (input: {
  domain: string;
  repository: string;
  description?: string;
  upstreams?: { repositoryName: string }[];
}) =>
  restJsonCall<{ repository: RepositoryDescription }>(codeartifact, 'UpdateRepository', input).then(
    (o) => o.repository,
  );

export const useUpdateRepository = () =>
  useMutation({ mutationFn: updateRepository, onSuccess: useInvalidateCodeArtifact() });
