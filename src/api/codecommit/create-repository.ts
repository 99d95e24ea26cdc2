import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';
import type { RepositoryMetadata } from './types';

export interface CreateRepositoryInput {
  repositoryName: string;
  repositoryDescription?: string;
  tags?: Record<string, string>;
}

export const createRepository = (input: CreateRepositoryInput) =>
  awsCall<{ repositoryMetadata: RepositoryMetadata }>(codecommit, 'CreateRepository', input).then(
    (o) => o.repositoryMetadata,
  );

export function useCreateRepository() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRepository,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codecommitKeys.repositories() }),
  });
}
