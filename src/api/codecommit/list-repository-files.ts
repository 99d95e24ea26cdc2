import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { getFolderQueryOptions } from './get-folder';
import { codecommitKeys } from './keys';

/** Walks stop here: a spec check needs the file list, not a perfect census of a huge monorepo. */
export const MAX_LISTED_FILES = 5000;

/**
 * Every file path at a ref (relative, `/`-separated), found by walking GetFolder from the root as the console
 * does; each folder read is cached on its own. Used by the buildspec checks that look for repository files.
 */
export async function listRepositoryFiles(queryClient: QueryClient, repositoryName: string, ref: string) {
  const files: string[] = [];
  const queue = [''];
  while (queue.length > 0 && files.length < MAX_LISTED_FILES) {
    const folders = queue.splice(0, queue.length);
    const read = await Promise.all(
      folders.map((path) => queryClient.fetchQuery(getFolderQueryOptions(repositoryName, ref, path))),
    );
    for (const folder of read) {
      files.push(...folder.files.map((f) => f.absolutePath.replace(/^\//, '')));
      queue.push(...folder.subFolders.map((s) => s.absolutePath.replace(/^\//, '')));
    }
  }
  return files.slice(0, MAX_LISTED_FILES).sort();
}

export const listRepositoryFilesQueryOptions = (queryClient: QueryClient, repositoryName: string, ref: string) =>
  queryOptions({
    queryKey: [...codecommitKeys.folder(repositoryName, ref, ''), 'all-files'],
    queryFn: () => listRepositoryFiles(queryClient, repositoryName, ref),
  });

export function useRepositoryFiles(repositoryName: string, ref: string, enabled = true) {
  return useQuery({ ...listRepositoryFilesQueryOptions(useQueryClient(), repositoryName, ref), enabled });
}
