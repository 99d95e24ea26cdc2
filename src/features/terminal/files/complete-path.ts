import type { CompletionRequest } from '../command';
import { normalizePath } from '../workspace/fs';

/**
 * Paths that continue the word being typed, as bash completes them: a directory ends in `/`, dotfiles only
 * when the word's last part starts with a dot.
 */
export function completePath(
  request: Pick<CompletionRequest, 'partial' | 'fs' | 'cwd'>,
  options: { directoriesOnly?: boolean; home?: string } = {},
): string[] {
  const { partial, fs, cwd } = request;
  const slash = partial.lastIndexOf('/');
  const typedDir = slash < 0 ? '' : partial.slice(0, slash + 1);
  const prefix = partial.slice(slash + 1);
  const home = options.home ?? '/home/ec2-user';
  const expanded = typedDir.startsWith('~') ? home + typedDir.slice(1) : typedDir;
  const dir = normalizePath(expanded.startsWith('/') ? expanded : `${cwd}/${expanded}`);
  const names = fs.list(dir) ?? [];
  return names
    .filter((name) => name.startsWith(prefix) && (prefix.startsWith('.') || !name.startsWith('.')))
    .flatMap((name) => {
      const isDirectory = fs.stat(`${dir}/${name}`)?.kind === 'directory';
      if (options.directoriesOnly && !isDirectory) return [];
      return [`${typedDir}${name}${isDirectory ? '/' : ''}`];
    });
}
