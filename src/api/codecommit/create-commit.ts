import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { encodeBase64 } from './content';
import { codecommitKeys } from './keys';
import { codecommit } from './service';
import type { FileMode } from './types';

export interface CommitFile {
  filePath: string;
  content: string | Uint8Array;
  fileMode?: FileMode;
}

export interface CreateCommitInput {
  repositoryName: string;
  branchName: string;
  parentCommitId?: string;
  putFiles?: CommitFile[];
  deleteFiles?: { filePath: string }[];
  commitMessage?: string;
  authorName?: string;
  email?: string;
}

interface FileMetadata {
  absolutePath: string;
  blobId: string;
  fileMode: FileMode;
}

export interface CreateCommitOutput {
  commitId: string;
  treeId: string;
  filesAdded: FileMetadata[];
  filesUpdated: FileMetadata[];
  filesDeleted: FileMetadata[];
}

/** Several file changes in one commit (`aws codecommit create-commit`). */
export const createCommit = ({ putFiles, ...input }: CreateCommitInput) =>
  awsCall<CreateCommitOutput>(codecommit, 'CreateCommit', {
    ...input,
    ...(putFiles && {
      putFiles: putFiles.map(({ content, ...file }) => ({ ...file, fileContent: encodeBase64(content) })),
    }),
  });

export function useCreateCommit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCommit,
    onSuccess: (_out, input) =>
      queryClient.invalidateQueries({ queryKey: codecommitKeys.repository(input.repositoryName) }),
  });
}
