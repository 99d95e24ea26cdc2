import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { decodeBase64, textOf } from './content';
import { codecommitKeys } from './keys';
import { codecommit } from './service';
import type { FileMode } from './types';

interface GetFileOutput {
  commitId: string;
  blobId: string;
  filePath: string;
  fileMode: FileMode;
  fileSize: number;
  fileContent: string;
}

export interface RepositoryFile extends Omit<GetFileOutput, 'fileContent'> {
  bytes: Uint8Array;
  /** The content as UTF-8 text, or undefined when the file is binary. */
  text: string | undefined;
}

export async function getFile(repositoryName: string, ref: string, filePath: string): Promise<RepositoryFile> {
  const { fileContent, ...rest } = await awsCall<GetFileOutput>(codecommit, 'GetFile', {
    repositoryName,
    commitSpecifier: ref,
    filePath,
  });
  const bytes = decodeBase64(fileContent);
  return { ...rest, bytes, text: textOf(bytes) };
}

export const getFileQueryOptions = (repositoryName: string, ref: string, path: string) =>
  queryOptions({
    queryKey: codecommitKeys.file(repositoryName, ref, path),
    queryFn: () => getFile(repositoryName, ref, path),
  });

export const useFile = (repositoryName: string, ref: string, path: string) =>
  useQuery(getFileQueryOptions(repositoryName, ref, path));
