import { useMutation, useQueryClient } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeguruReviewerKeys } from './keys';
import { codeguruReviewer } from './service';
import type { RepositoryAssociation } from './wire-types';

export const associateRepository = (repositoryName: string) =>
  restJsonCall<{ RepositoryAssociation: RepositoryAssociation }>(codeguruReviewer, 'AssociateRepository', {
    Repository: { CodeCommit: { Name: repositoryName } },
  }).then((o) => o.RepositoryAssociation);

export function useAssociateRepository() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: associateRepository,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codeguruReviewerKeys.all }),
  });
}
