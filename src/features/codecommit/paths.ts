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

export const branchesPath = (name: string) => `${repo(name)}/branches`;
export const pullRequestsPath = (name: string) => `${repo(name)}/pull-requests`;
/** The create form, optionally with the branches chosen. */
export const createPullRequestPath = (name: string, source?: string, destination?: string) => {
  const query = new URLSearchParams({
    ...(source !== undefined && { source }),
    ...(destination !== undefined && { destination }),
  }).toString();
  return `${repo(name)}/pull-requests/create${query ? `?${query}` : ''}`;
};
export const pullRequestPath = (name: string, id: string, tab?: string) =>
  `${repo(name)}/pull-requests/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`;
/** Differences from `before` to `after` (branch names or commit IDs). */
export const comparePath = (name: string, before: string, after: string) =>
  `${repo(name)}/compare/${encodeURIComponent(before)}/${encodeURIComponent(after)}`;
export const templatesPath = () => '/codecommit/approval-rule-templates';
export const templatePath = (templateName: string) =>
  `/codecommit/approval-rule-templates/${encodeURIComponent(templateName)}`;

export type RepositoryTab = 'code' | 'pull-requests' | 'commits' | 'branches' | 'settings';

/** Which tab a repository address belongs to (`/browse/…` and `/file/…` are both Code). */
export function tabOf(pathname: string): RepositoryTab {
  const view = pathname.split('/')[4];
  if (view === 'commits' || view === 'commit' || view === 'compare') return 'commits';
  if (view === 'pull-requests') return 'pull-requests';
  if (view === 'branches') return 'branches';
  if (view === 'settings') return 'settings';
  return 'code';
}

/** The folder that holds a path: `src/lib/a.js` → `src/lib`, `README.md` → ''. */
export const parentFolder = (path: string) => path.split('/').slice(0, -1).join('/');

/** The last part of a path, as listings show it. */
export const baseName = (path: string) => path.split('/').pop() ?? path;
