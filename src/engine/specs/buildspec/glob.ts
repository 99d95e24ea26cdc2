import picomatch from 'picomatch';

/**
 * CodeBuild's location patterns (`files`, `paths`): a single path, `dir/*` (files directly in `dir`), `dir/**\/*`
 * (everything under `dir`), `'**\/*'` (everything). Hidden files match too.
 */
function matcher(pattern: string): (path: string) => boolean {
  return picomatch(pattern, { dot: true, windows: false });
}

const cache = new Map<string, (path: string) => boolean>();
function cached(pattern: string): (path: string) => boolean {
  let m = cache.get(pattern);
  if (!m) {
    if (cache.size > 500) cache.clear();
    m = matcher(pattern);
    cache.set(pattern, m);
  }
  return m;
}

function clean(path: string): string {
  return path.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

/** True when a pattern depends on the build (a variable, a command, an absolute path): it cannot be checked here. */
export function isDynamicLocation(pattern: string): boolean {
  return /[$`]/.test(pattern) || pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern) || pattern.includes('..');
}

/**
 * Whether `pattern` (relative to `baseDirectory`, itself possibly a top-level pattern such as `my-build*`) selects
 * any of `files`. A pattern naming a directory counts as matching its contents.
 */
export function locationMatchesAny(pattern: string, files: readonly string[], baseDirectory?: string): boolean {
  const glob = clean(pattern);
  if (glob === '' || glob === '.') return files.length > 0;
  const base = baseDirectory === undefined ? '' : clean(baseDirectory);
  const baseParts = base === '' || base === '.' ? [] : base.split('/');
  const baseMatchers = baseParts.map((part) => cached(part));
  const match = cached(glob);
  for (const file of files) {
    const parts = clean(file).split('/');
    if (parts.length <= baseParts.length) continue;
    if (!baseMatchers.every((m, i) => m(parts[i]!))) continue;
    const relative = parts.slice(baseParts.length).join('/');
    if (match(relative) || relative.startsWith(`${glob}/`)) return true;
  }
  return false;
}
