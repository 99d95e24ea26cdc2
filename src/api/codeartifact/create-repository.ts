import { useMutation } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { useInvalidateCodeArtifact } from './invalidate';
import { codeartifact } from './service';
import type { RepositoryDescription } from './wire-types';

export interface CreateRepositoryInput {
  domain: string;
  repository: string;
  description?: string;
  /** In priority order: the first is searched first. */
  upstreams?: { repositoryName: string }[];
}

export const createRepository = (input: CreateRepositoryInput) =>
  restJsonCall<{ repository: RepositoryDescription }>(codeartifact, 'CreateRepository', input).then(
    (o) => o.repository,
  );

export const useCreateRepository = () =>
  useMutation({ mutationFn: createRepository, onSuccess: useInvalidateCodeArtifact() });
