import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { RepositoryTrigger } from './pull-request-types';
import { codecommit } from './service';

export interface RepositoryTriggersInput {
  repositoryName: string;
  /** The whole list: PutRepositoryTriggers replaces every trigger of the repository. */
  triggers: RepositoryTrigger[];
}

export const putRepositoryTriggers = (input: RepositoryTriggersInput) =>
  awsCall<{ configurationId: string }>(codecommit, 'PutRepositoryTriggers', input);

/** The service emits no event for this, so the cached triggers are refreshed here. */
export function usePutRepositoryTriggers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putRepositoryTriggers,
    onSuccess: (_out, input) =>
      queryClient.invalidateQueries({ queryKey: codecommitKeys.triggers(input.repositoryName) }),
  });
}
