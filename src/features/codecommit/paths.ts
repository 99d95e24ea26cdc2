/**
 * Addresses of the CodeCommit screens. Branch names may contain slashes (`feature/dark-mode`),
 * so a ref is one encoded URL segment; a file path keeps its slashes, each part encoded.
 */
const repo = (name: string) => `/codecommit/repositories/${encodeURIComponent(name)}`;
const encodePath = (path: string) => path.split('/').filter(Boolean).map(encodeURIComponent).join('/');
const withPath = (base: string, path: string) => (path ? `${base}/${encodePath(path)}` : base);

export const repositoryPath = repo;
export const browsePath = (name: string, ref: string, path = '') =>
  withPath(`${repo(name)}/browse/${encodeURIComponent(ref)}`, path);
export const filePath = (name: string, ref: string, path: string) =>
  withPath(`${repo(name)}/file/${encodeURIComponent(ref)}`, path);
export const commitsPath = (name: string, ref?: string) =>
  ref === undefined ? `${repo(name)}/commits` : `${repo(name)}/commits/${encodeURIComponent(ref)}`;
export const commitPath = (name: string, commitId: string) => `${repo(name)}/commit/${encodeURIComponent(commitId)}`;
export const settingsPath = (name: string) => `${repo(name)}/settings`;

export type RepositoryTab = 'code' | 'commits' | 'settings';

/** Which tab a repository address belongs to (`/browse/…` and `/file/…` are both Code). */
export function tabOf(pathname: string): RepositoryTab {
  const view = pathname.split('/')[4];
  if (view === 'commits' || view === 'commit') return 'commits';
  if (view === 'settings') return 'settings';
  return 'code';
}

/** The folder that holds a path: `src/lib/a.js` → `src/lib`, `README.md` → ''. */
export const parentFolder = (path: string) => path.split('/').slice(0, -1).join('/');

/** The last part of a path, as listings show it. */
export const baseName = (path: string) => path.split('/').pop() ?? path;
