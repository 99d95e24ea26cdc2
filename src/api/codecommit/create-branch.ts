import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export interface CreateBranchInput {
  repositoryName: string;
  branchName: string;
  /** A full commit ID: CreateBranch does not resolve branch names. */
  commitId: string;
}

export const createBranch = (input: CreateBranchInput) => awsCall<object>(codecommit, 'CreateBranch', input);

export function useCreateBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBranch,
    onSuccess: (_out, input) =>
      queryClient.invalidateQueries({ queryKey: codecommitKeys.branches(input.repositoryName) }),
  });
}
