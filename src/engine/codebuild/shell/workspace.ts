import { matcher } from './match';

/** Directories every build container has. */
export const BASE_DIRS = [
  '/',
  '/tmp',
  '/root',
  '/home',
  '/usr',
  '/usr/bin',
  '/usr/local',
  '/usr/local/bin',
  '/opt',
  '/var',
  '/etc',
  '/codebuild',
  '/codebuild/output',
  '/codebuild/readonly',
];

/** Sets an own property; only `__proto__` needs defineProperty (plain assignment would hit its setter). */
export function assign<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/** Joins and normalises a path against a directory (`.`, `..`, `~`, repeated slashes). */
export function resolvePath(cwd: string, path: string): string {
  const absolute = path.startsWith('/')
    ? path
    : path === '~' || path.startsWith('~/')
      ? `/root${path.slice(1)}`
      : `${cwd}/${path}`;
  // Most paths are already clean: no `.`/`..` segments, no doubled or trailing slash.
  if (!/\/\.|\/\/|\/$/.test(absolute)) return absolute;
  const out: string[] = [];
  for (const part of absolute.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

export const dirname = (path: string) => {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
};

export const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * The build container's file system: plain records of absolute path → UTF-8 text (binary outputs are simulated
 * as text) and the directories that exist. Reads and writes are what the simulated tools do; nothing else.
 */
export class Workspace {
  constructor(
    readonly files: Record<string, string>,
    readonly dirs: Record<string, true>,
  ) {}

  isFile(path: string): boolean {
    return Object.hasOwn(this.files, path);
  }

  isDir(path: string): boolean {
    return Object.hasOwn(this.dirs, path);
  }

  exists(path: string): boolean {
    return this.isFile(path) || this.isDir(path);
  }

  read(path: string): string | undefined {
    return Object.hasOwn(this.files, path) ? this.files[path] : undefined;
  }

  mkdirs(path: string): void {
    let p = path;
    while (!Object.hasOwn(this.dirs, p)) {
      assign(this.dirs, p, true);
      if (p === '/') break;
      p = dirname(p);
    }
  }

  write(path: string, content: string): void {
    this.mkdirs(dirname(path));
    assign(this.files, path, content);
  }

  append(path: string, content: string): void {
    this.write(path, (this.read(path) ?? '') + content);
  }

  /** Files under a directory (recursively), as paths relative to it, sorted. */
  filesUnder(dir: string): string[] {
    const prefix = dir === '/' ? '/' : `${dir}/`;
    return Object.keys(this.files)
      .filter((p) => p.startsWith(prefix))
      .map((p) => p.slice(prefix.length))
      .sort();
  }

  /** Names directly inside a directory (files and subdirectories), sorted. */
  list(dir: string): string[] {
    const prefix = dir === '/' ? '/' : `${dir}/`;
    const names = new Set<string>();
    for (const p of Object.keys(this.files))
      if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0] as string);
    for (const p of Object.keys(this.dirs))
      if (p.startsWith(prefix) && p !== dir) names.add(p.slice(prefix.length).split('/')[0] as string);
    return [...names].filter((n) => n !== '').sort();
  }

  remove(path: string): boolean {
    let removed = false;
    const prefix = `${path}/`;
    for (const p of Object.keys(this.files)) {
      if (p === path || p.startsWith(prefix)) {
        delete this.files[p];
        removed = true;
      }
    }
    for (const p of Object.keys(this.dirs)) {
      if (p === path || p.startsWith(prefix)) {
        delete this.dirs[p];
        removed = true;
      }
    }
    return removed;
  }

  /** Copies a file or a directory tree. */
  copy(from: string, to: string): void {
    if (this.isFile(from)) {
      this.write(to, this.read(from) ?? '');
      return;
    }
    this.mkdirs(to);
    for (const rel of this.filesUnder(from)) this.write(`${to}/${rel}`, this.read(`${from}/${rel}`) ?? '');
  }

  /** Expands a glob word (`target/*.jar`) against the files; no match leaves it as written, like bash. */
  glob(cwd: string, pattern: string): string[] {
    const absolute = resolvePath(cwd, pattern);
    const isMatch = matcher(absolute, false);
    const candidates = new Set<string>([...Object.keys(this.files), ...Object.keys(this.dirs)]);
    const depth = absolute.split('/').length;
    const found = [...candidates].filter((p) => p.split('/').length === depth && isMatch(p)).sort();
    if (found.length === 0) return [pattern];
    return pattern.startsWith('/') ? found : found.map((p) => relativeTo(cwd, p));
  }
}

function relativeTo(cwd: string, path: string): string {
  const prefix = cwd === '/' ? '/' : `${cwd}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
