import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';
import type { FileMode } from './types';

export interface Folder {
  commitId: string;
  folderPath: string;
  treeId: string;
  subFolders: { treeId: string; absolutePath: string; relativePath: string }[];
  files: { blobId: string; absolutePath: string; relativePath: string; fileMode: FileMode }[];
}

/** `ref` is a branch name or commit ID; `path` is relative to the root ('' for the root). */
export const getFolder = (repositoryName: string, ref: string, path: string) =>
  awsCall<Folder>(codecommit, 'GetFolder', {
    repositoryName,
    commitSpecifier: ref,
    folderPath: path === '' ? '/' : path,
  });

export const getFolderQueryOptions = (repositoryName: string, ref: string, path: string) =>
  queryOptions({
    queryKey: codecommitKeys.folder(repositoryName, ref, path),
    queryFn: () => getFolder(repositoryName, ref, path),
  });

export const useFolder = (repositoryName: string, ref: string, path: string) =>
  useQuery(getFolderQueryOptions(repositoryName, ref, path));
