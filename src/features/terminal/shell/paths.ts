import { normalizePath } from '../workspace/fs';

/** An argument as an absolute path: relative to `cwd`, `~` for home. */
export function resolvePath(path: string, cwd: string, home: string): string {
  const expanded = path === '~' ? home : path.startsWith('~/') ? `${home}${path.slice(1)}` : path;
  return normalizePath(expanded.startsWith('/') ? expanded : `${cwd}/${expanded}`);
}

/** How the prompt shows a directory: `~/environment` under home. */
export const displayPath = (path: string, home: string) =>
  path === home ? '~' : path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
