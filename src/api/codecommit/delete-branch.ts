import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export interface DeleteBranchInput {
  repositoryName: string;
  branchName: string;
}

export const deleteBranch = (input: DeleteBranchInput) =>
  awsCall<{ deletedBranch?: { branchName: string; commitId: string } }>(codecommit, 'DeleteBranch', input);

export function useDeleteBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteBranch,
    onSuccess: (_out, input) =>
      queryClient.invalidateQueries({ queryKey: codecommitKeys.branches(input.repositoryName) }),
  });
}
