import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export interface DeleteFileInput {
  repositoryName: string;
  branchName: string;
  filePath: string;
  parentCommitId: string;
  commitMessage?: string;
  name?: string;
  email?: string;
}

/** Deletes one file from a branch in a new commit (`aws codecommit delete-file`). */
export const deleteFile = (input: DeleteFileInput) =>
  awsCall<{ commitId: string; blobId: string; treeId: string; filePath: string }>(codecommit, 'DeleteFile', input);

export function useDeleteFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteFile,
    onSuccess: (_out, input) =>
      queryClient.invalidateQueries({ queryKey: codecommitKeys.repository(input.repositoryName) }),
  });
}
