import { repositoryPath } from '../paths';

/**
 * Addresses of the editing screens, beside the CodeCommit ones in ../paths: a ref is one encoded segment, a
 * path keeps its slashes.
 */
const encodePath = (path: string) => path.split('/').filter(Boolean).map(encodeURIComponent).join('/');
const withPath = (base: string, path: string) => (path ? `${base}/${encodePath(path)}` : base);

export const editPath = (name: string, ref: string, path: string) =>
  withPath(`${repositoryPath(name)}/edit/${encodeURIComponent(ref)}`, path);

export const newFilePath = (name: string, ref: string, folder: string, template?: string) =>
  withPath(`${repositoryPath(name)}/new/${encodeURIComponent(ref)}`, folder) +
  (template ? `?template=${encodeURIComponent(template)}` : '');

export const uploadPath = (name: string, ref: string, folder: string) =>
  withPath(`${repositoryPath(name)}/upload/${encodeURIComponent(ref)}`, folder);

/** `folder` + `name` as a repository path, or an explanation of what is wrong with the name. */
export function joinFilePath(folder: string, name: string): { path: string } | { problem: string } {
  const trimmed = name.trim();
  if (trimmed === '') return { problem: 'Enter a file name.' };
  if (trimmed.startsWith('/') || trimmed.endsWith('/')) {
    return { problem: 'A file name cannot start or end with a slash.' };
  }
  const parts = trimmed.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) {
    return { problem: 'A path cannot contain empty parts, `.` or `..`.' };
  }
  if (parts.some((p) => p === '.git')) return { problem: '`.git` is reserved by Git.' };
  return { path: folder ? `${folder}/${trimmed}` : trimmed };
}
