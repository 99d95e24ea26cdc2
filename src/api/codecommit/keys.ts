/** Query keys for CodeCommit data; the event stream invalidates everything under `all`. */
export const codecommitKeys = {
  all: ['codecommit'] as const,
  repositories: () => [...codecommitKeys.all, 'repositories'] as const,
  repository: (name: string) => [...codecommitKeys.all, 'repository', name] as const,
  branches: (name: string) => [...codecommitKeys.repository(name), 'branches'] as const,
  folder: (name: string, ref: string, path: string) =>
    [...codecommitKeys.repository(name), 'folder', ref, path] as const,
  file: (name: string, ref: string, path: string) => [...codecommitKeys.repository(name), 'file', ref, path] as const,
  commit: (name: string, commitId: string) => [...codecommitKeys.repository(name), 'commit', commitId] as const,
  history: (name: string, ref: string) => [...codecommitKeys.repository(name), 'history', ref] as const,
};
