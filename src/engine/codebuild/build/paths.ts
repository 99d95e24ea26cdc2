import { matcher } from '../shell/match';
import { resolvePath, type Workspace } from '../shell/workspace';

export interface FileMatch {
  /** Absolute path in the container. */
  path: string;
  /** Path relative to the base directory (the name inside an artifact). */
  relative: string;
}

export interface PathSelection {
  base: string;
  baseMissing: boolean;
  files: FileMatch[];
  /** Patterns that matched nothing (the log says "Skipping invalid file path"). */
  unmatched: string[];
}

const hasGlob = (s: string) => /[*?[{]/.test(s);

/**
 * CodeBuild's `files`/`paths` selection: patterns relative to the base directory (itself relative to
 * CODEBUILD_SRC_DIR, or absolute), or absolute paths; `**\/*` everything, `dir/*` one level, a directory name its
 * contents. Hidden files match. `exclude` patterns drop files again.
 */
export function selectFiles(
  fs: Workspace,
  srcDir: string,
  baseDirectory: string | undefined,
  patterns: readonly string[],
  exclude: readonly string[] = [],
): PathSelection {
  let base = resolvePath(srcDir, baseDirectory && baseDirectory !== '' ? baseDirectory : '.');
  if (baseDirectory && hasGlob(baseDirectory)) {
    const isMatch = matcher(resolvePath(srcDir, baseDirectory));
    const found = Object.keys(fs.dirs)
      .filter((d) => isMatch(d))
      .sort()[0];
    if (found) base = found;
  }
  if (!fs.isDir(base)) return { base, baseMissing: true, files: [], unmatched: [...patterns] };
  const under = fs.filesUnder(base);
  const excluded = exclude.length > 0 ? matcher(exclude.map((e) => e.replace(/^\.\//, ''))) : () => false;
  const seen = new Set<string>();
  const files: FileMatch[] = [];
  const unmatched: string[] = [];
  for (const raw of patterns) {
    const pattern = raw.trim().replace(/^\.\//, '').replace(/\/+$/, '');
    let count = 0;
    const add = (path: string, relative: string) => {
      count++;
      if (excluded(relative) || seen.has(path)) return;
      seen.add(path);
      files.push({ path, relative });
    };
    if (pattern.startsWith('/')) {
      const isMatch = matcher(pattern);
      for (const path of Object.keys(fs.files).sort()) {
        if (path === pattern || isMatch(path) || path.startsWith(`${pattern}/`))
          add(path, path.slice(path.lastIndexOf('/') + 1));
      }
    } else if (pattern === '' || pattern === '.') {
      for (const rel of under) add(`${base}/${rel}`, rel);
    } else {
      const isMatch = hasGlob(pattern) ? matcher(pattern) : (p: string) => p === pattern;
      for (const rel of under)
        if (isMatch(rel) || rel.startsWith(`${pattern}/`)) add(`${base === '/' ? '' : base}/${rel}`, rel);
    }
    if (count === 0) unmatched.push(raw);
  }
  return { base, baseMissing: false, files, unmatched };
}
