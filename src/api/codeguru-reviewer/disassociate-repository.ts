import { useMutation, useQueryClient } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeguruReviewerKeys } from './keys';
import { codeguruReviewer } from './service';
import type { RepositoryAssociation } from './wire-types';

export const disassociateRepository = (associationArn: string) =>
  restJsonCall<{ RepositoryAssociation: RepositoryAssociation }>(codeguruReviewer, 'DisassociateRepository', {
    AssociationArn: associationArn,
  }).then((o) => o.RepositoryAssociation);

export function useDisassociateRepository() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disassociateRepository,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codeguruReviewerKeys.all }),
  });
}
