import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { encodeBase64 } from './content';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export interface PutFileInput {
  repositoryName: string;
  branchName: string;
  filePath: string;
  /** The file as text (sent UTF-8, base64-encoded) or as raw bytes. */
  content: string | Uint8Array;
  /** The branch tip the change was made on; a newer tip answers ParentCommitIdOutdatedException. */
  parentCommitId?: string;
  commitMessage?: string;
  name?: string;
  email?: string;
}

export interface PutFileOutput {
  commitId: string;
  blobId: string;
  treeId: string;
}

/** Adds or replaces one file on a branch in a new commit (`aws codecommit put-file`). */
export const putFile = ({ content, ...input }: PutFileInput) =>
  awsCall<PutFileOutput>(codecommit, 'PutFile', { ...input, fileContent: encodeBase64(content) });

export function usePutFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putFile,
    onSuccess: (_out, input) => {
      // The file at the branch is new now: drop the old copy rather than show it while it reloads.
      queryClient.removeQueries({
        queryKey: codecommitKeys.file(input.repositoryName, input.branchName, input.filePath),
      });
      return queryClient.invalidateQueries({ queryKey: codecommitKeys.repository(input.repositoryName) });
    },
  });
}
