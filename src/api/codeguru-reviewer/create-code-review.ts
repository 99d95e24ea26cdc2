import { useMutation, useQueryClient } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeguruReviewerKeys } from './keys';
import { codeguruReviewer } from './service';
import type { CodeReview } from './wire-types';

/** A full repository analysis of one branch (CreateCodeReview's only type). */
export const createCodeReview = (input: { name: string; associationArn: string; branchName: string }) =>
  restJsonCall<{ CodeReview: CodeReview }>(codeguruReviewer, 'CreateCodeReview', {
    Name: input.name,
    RepositoryAssociationArn: input.associationArn,
    Type: { RepositoryAnalysis: { RepositoryHead: { BranchName: input.branchName } } },
  }).then((o) => o.CodeReview);

export function useCreateCodeReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCodeReview,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codeguruReviewerKeys.all }),
  });
}
