import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export const deleteRepository = (repositoryName: string) =>
  awsCall<{ repositoryId?: string }>(codecommit, 'DeleteRepository', { repositoryName });

export function useDeleteRepository() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRepository,
    onSuccess: (_out, name) => {
      queryClient.removeQueries({ queryKey: codecommitKeys.repository(name) });
      return queryClient.invalidateQueries({ queryKey: codecommitKeys.repositories() });
    },
  });
}
