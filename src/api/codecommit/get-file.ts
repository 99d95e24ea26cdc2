import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
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
  /** The content as UTF-8 text, or undefined when the file is not text. */
  text: string | undefined;
}

function decode(base64: string): string | undefined {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export async function getFile(repositoryName: string, ref: string, filePath: string): Promise<RepositoryFile> {
  const { fileContent, ...rest } = await awsCall<GetFileOutput>(codecommit, 'GetFile', {
    repositoryName,
    commitSpecifier: ref,
    filePath,
  });
  return { ...rest, text: decode(fileContent) };
}

export const getFileQueryOptions = (repositoryName: string, ref: string, path: string) =>
  queryOptions({
    queryKey: codecommitKeys.file(repositoryName, ref, path),
    queryFn: () => getFile(repositoryName, ref, path),
  });

export const useFile = (repositoryName: string, ref: string, path: string) =>
  useQuery(getFileQueryOptions(repositoryName, ref, path));
