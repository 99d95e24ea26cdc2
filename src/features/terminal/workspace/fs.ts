import { openDB } from 'idb';
import { engineStore } from '../../../api/simulation/engine-store';
import type { FileStat, TerminalFs } from '../command';

/** Cloud9's user and the folder its terminal opens in. */
export const HOME = '/home/ec2-user';
export const ENVIRONMENT_DIR = `${HOME}/environment`;

/**
 * The browser keeps the whole tree in memory and in IndexedDB, so it is capped well below what a page can hold
 * (a Cloud9 instance's 10 GiB volume is not something a tab can mirror).
 */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type FsErrorCode = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY' | 'ENOSPC' | 'EFBIG' | 'EINVAL';

const DESCRIPTIONS: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  ENOSPC: 'No space left on device',
  EFBIG: 'File too large',
  EINVAL: 'Invalid argument',
};

/** A failed file operation, worded as Linux words it (`cat: x: No such file or directory`): `message` is the part after the path. */
export class FsError extends Error {
  readonly code: FsErrorCode;
  readonly path: string;

  constructor(code: FsErrorCode, path: string, detail?: string) {
    super(detail ? `${DESCRIPTIONS[code]} (${detail})` : DESCRIPTIONS[code]);
    this.name = 'FsError';
    this.code = code;
    this.path = path;
  }
}

/** `prog: path: reason` for an FsError, the message otherwise. */
export function describeFsError(program: string, e: unknown, shownPath?: string): string {
  if (e instanceof FsError) return `${program}: ${shownPath ?? e.path}: ${e.message}`;
  return `${program}: ${e instanceof Error ? e.message : String(e)}`;
}

interface FileNode {
  kind: 'file';
  content: Uint8Array;
  modifiedMs: number;
}
interface DirectoryNode {
  kind: 'directory';
  children: Map<string, Node>;
  modifiedMs: number;
}
type Node = FileNode | DirectoryNode;

/** `/a/./b/../c/` → `/a/c`; the argument must be absolute. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

const segments = (path: string) => normalizePath(path).split('/').filter(Boolean);

export const dirname = (path: string) => {
  const parts = segments(path);
  return `/${parts.slice(0, -1).join('/')}`;
};

export const basename = (path: string) => segments(path).at(-1) ?? '/';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

/** A snapshot of the tree: path → bytes (null for a directory) and when it last changed. */
export type FsSnapshot = Record<string, { content: Uint8Array | null; modifiedMs: number }>;

/**
 * The terminal's file system, in memory. `onChange` runs after each change (the browser saves then);
 * `snapshot` and `createMemoryFs(snapshot)` round-trip the whole tree.
 */
export interface MemoryFs extends TerminalFs {
  snapshot(): FsSnapshot;
  /** Bytes held by all files. */
  usedBytes(): number;
}

export function createMemoryFs(
  initial: FsSnapshot = {},
  onChange: () => void = () => undefined,
  now: () => number = Date.now,
): MemoryFs {
  const root: DirectoryNode = { kind: 'directory', children: new Map(), modifiedMs: now() };
  let used = 0;

  const find = (path: string): Node | undefined => {
    let node: Node = root;
    for (const part of segments(path)) {
      if (node.kind !== 'directory') return undefined;
      const next = node.children.get(part);
      if (!next) return undefined;
      node = next;
    }
    return node;
  };

  /** The directory a new entry goes in; its parents must exist. */
  const parentOf = (path: string): DirectoryNode => {
    const parts = segments(path);
    if (parts.length === 0) throw new FsError('EEXIST', path);
    let node: Node = root;
    for (const part of parts.slice(0, -1)) {
      if (node.kind !== 'directory') throw new FsError('ENOTDIR', path);
      const next = node.children.get(part);
      if (!next) throw new FsError('ENOENT', path);
      node = next;
    }
    if (node.kind !== 'directory') throw new FsError('ENOTDIR', path);
    return node;
  };

  const sizeOf = (node: Node): number =>
    node.kind === 'file' ? node.content.length : [...node.children.values()].reduce((n, c) => n + sizeOf(c), 0);

  const fs: MemoryFs = {
    read(path) {
      const node = find(path);
      if (!node) return undefined;
      if (node.kind !== 'file') throw new FsError('EISDIR', path);
      return node.content;
    },
    readText(path) {
      const bytes = fs.read(path);
      return bytes && decoder.decode(bytes);
    },
    write(path, content) {
      const bytes = typeof content === 'string' ? encoder.encode(content) : content;
      const dir = parentOf(path);
      const name = basename(path);
      const existing = dir.children.get(name);
      if (existing?.kind === 'directory') throw new FsError('EISDIR', path);
      if (bytes.length > MAX_FILE_BYTES) {
        throw new FsError('EFBIG', path, `files here are limited to ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
      }
      const grown = used - (existing?.content.length ?? 0) + bytes.length;
      if (grown > MAX_TOTAL_BYTES) {
        throw new FsError('ENOSPC', path, `the terminal's files are limited to ${MAX_TOTAL_BYTES / 1024 / 1024} MiB`);
      }
      dir.children.set(name, { kind: 'file', content: bytes.slice(), modifiedMs: now() });
      if (!existing) dir.modifiedMs = now();
      used = grown;
      onChange();
    },
    remove(path, recursive = false) {
      const node = find(path);
      if (!node) throw new FsError('ENOENT', path);
      if (node === root) throw new FsError('EINVAL', path);
      if (node.kind === 'directory' && node.children.size > 0 && !recursive) throw new FsError('ENOTEMPTY', path);
      used -= sizeOf(node);
      const dir = parentOf(path);
      dir.children.delete(basename(path));
      dir.modifiedMs = now();
      onChange();
    },
    mkdir(path) {
      const dir = parentOf(path);
      const name = basename(path);
      if (dir.children.has(name)) throw new FsError('EEXIST', path);
      dir.children.set(name, { kind: 'directory', children: new Map(), modifiedMs: now() });
      dir.modifiedMs = now();
      onChange();
    },
    stat(path): FileStat | undefined {
      const node = find(path);
      if (!node) return undefined;
      return node.kind === 'file'
        ? { kind: 'file', size: node.content.length, modifiedMs: node.modifiedMs }
        : { kind: 'directory', size: node.children.size, modifiedMs: node.modifiedMs };
    },
    list(path) {
      const node = find(path);
      if (node?.kind !== 'directory') return undefined;
      return [...node.children.keys()].sort();
    },
    snapshot() {
      const out: FsSnapshot = {};
      const walk = (dir: DirectoryNode, prefix: string) => {
        for (const [name, node] of dir.children) {
          const path = `${prefix}/${name}`;
          if (node.kind === 'file') {
            out[path] = { content: node.content, modifiedMs: node.modifiedMs };
          } else {
            out[path] = { content: null, modifiedMs: node.modifiedMs };
            walk(node, path);
          }
        }
      };
      walk(root, '');
      return out;
    },
    usedBytes: () => used,
  };

  // Parents sort before their children, so each entry's directory exists when it is added.
  for (const path of Object.keys(initial).sort()) {
    const { content, modifiedMs } = initial[path]!;
    const dir = parentOf(path);
    const name = basename(path);
    if (content === null) {
      if (!dir.children.has(name)) dir.children.set(name, { kind: 'directory', children: new Map(), modifiedMs });
    } else {
      dir.children.set(name, { kind: 'file', content, modifiedMs });
      used += content.length;
    }
  }
  for (const dir of [HOME, ENVIRONMENT_DIR]) ensureDirectory(fs, dir);
  return fs;
}

/** `mkdir -p`: creates each missing directory on the way; fails on a file in the way. */
export function ensureDirectory(fs: TerminalFs, path: string): void {
  let current = '';
  for (const part of segments(path)) {
    current += `/${part}`;
    const stat = fs.stat(current);
    if (!stat) fs.mkdir(current);
    else if (stat.kind !== 'directory') throw new FsError('ENOTDIR', current);
  }
}

const DB_NAME = 'cicdlab-terminal';
const STORE = 'files';
const KEY = 'home';
/** Saves are batched: `git clone` writes hundreds of files in one go. */
const SAVE_DELAY_MS = 300;

/**
 * The terminal's files, as the browser last saved them (clones and uncommitted edits survive a reload).
 * Without IndexedDB (a private window that refuses it) the files live only as long as the page.
 */
export async function openTerminalFs(): Promise<TerminalFs> {
  const db =
    typeof indexedDB === 'undefined'
      ? undefined
      : await openDB(DB_NAME, 1, { upgrade: (d) => d.createObjectStore(STORE) }).catch(() => undefined);
  const saved = (await db?.get(STORE, KEY).catch(() => undefined)) as FsSnapshot | undefined;
  let pending: ReturnType<typeof setTimeout> | undefined;
  // Files are stamped with the simulated clock, like the commits made from them.
  const simulatedNow = () => {
    const clock = engineStore.getState().clock;
    return clock ? clock.startEpochMs + clock.now : Date.now();
  };
  const fs = createMemoryFs(
    saved ?? {},
    () => {
      if (!db || pending !== undefined) return;
      pending = setTimeout(() => {
        pending = undefined;
        void db.put(STORE, fs.snapshot(), KEY);
      }, SAVE_DELAY_MS);
    },
    simulatedNow,
  );
  return fs;
}
