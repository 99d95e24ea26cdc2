import { blobBytes, blobFromBytes, type BlobContent } from '../../../engine/codecommit/content';
import {
  blobId,
  flattenTree,
  writeBlob,
  type ObjectId,
  type ObjectStore,
  type TreeEntry,
} from '../../../engine/codecommit/git-objects';
import type { TerminalFs } from '../command';
import { dirname, normalizePath } from '../workspace/fs';
import { parseConfig, serializeConfig, type GitConfig } from './config';

/**
 * A clone's `.git` directory. Unlike real git it keeps JSON, not loose objects and packs: `objects.json`
 * (commits, trees, blobs hashed exactly as git hashes them, so IDs match CodeCommit's), `index.json`,
 * `refs.json`; `HEAD` and `config` are git's own text formats.
 */
export interface IndexEntry {
  id: ObjectId;
  mode: TreeEntry['mode'];
}

export interface Refs {
  heads: Record<string, ObjectId>;
  /** Remote name → branch → commit, as the last fetch or push saw them. */
  remotes: Record<string, Record<string, ObjectId>>;
}

export class GitError extends Error {
  /** Git exits with 128 for fatal errors, 1 for refused operations. */
  readonly status: number;
  constructor(message: string, status = 128) {
    super(message);
    this.status = status;
  }
}

export const notARepository = () =>
  new GitError('fatal: not a git repository (or any of the parent directories): .git');

export class Repository {
  readonly fs: TerminalFs;
  /** The working tree's root (the folder holding `.git`). */
  readonly root: string;
  objects: ObjectStore;
  index: Map<string, IndexEntry>;
  refs: Refs;
  config: GitConfig;

  private constructor(fs: TerminalFs, root: string) {
    this.fs = fs;
    this.root = root;
    const json = <T>(name: string, fallback: T): T => {
      const text = fs.readText(`${root}/.git/${name}`);
      return text === undefined ? fallback : (JSON.parse(text) as T);
    };
    this.objects = json<ObjectStore>('objects.json', { blobs: {}, trees: {}, commits: {} });
    this.index = new Map(Object.entries(json<Record<string, IndexEntry>>('index.json', {})));
    this.refs = json<Refs>('refs.json', { heads: {}, remotes: {} });
    this.config = parseConfig(fs.readText(`${root}/.git/config`) ?? '');
  }

  /** The repository whose working tree holds `cwd`, or the error git gives outside one. */
  static find(fs: TerminalFs, cwd: string): Repository {
    let dir = normalizePath(cwd);
    for (;;) {
      if (fs.stat(`${dir}/.git`)?.kind === 'directory') return new Repository(fs, dir);
      if (dir === '/') throw notARepository();
      dir = dirname(dir);
    }
  }

  static init(fs: TerminalFs, root: string, branch: string, config: GitConfig): Repository {
    if (!fs.stat(root)) fs.mkdir(root);
    fs.mkdir(`${root}/.git`);
    fs.write(`${root}/.git/HEAD`, `ref: refs/heads/${branch}\n`);
    const repo = new Repository(fs, root);
    repo.config = config;
    repo.save();
    return repo;
  }

  save(): void {
    const git = `${this.root}/.git`;
    this.fs.write(`${git}/objects.json`, JSON.stringify(this.objects));
    this.fs.write(`${git}/index.json`, JSON.stringify(Object.fromEntries([...this.index].sort())));
    this.fs.write(`${git}/refs.json`, JSON.stringify(this.refs));
    this.fs.write(`${git}/config`, serializeConfig(this.config));
  }

  /** The branch HEAD names, or undefined when HEAD is detached. */
  currentBranch(): string | undefined {
    const head = this.fs.readText(`${this.root}/.git/HEAD`) ?? '';
    return /^ref: refs\/heads\/(.+)\n?$/.exec(head)?.[1];
  }

  setHead(branchOrCommit: string, detached = false): void {
    this.fs.write(`${this.root}/.git/HEAD`, detached ? `${branchOrCommit}\n` : `ref: refs/heads/${branchOrCommit}\n`);
  }

  /** HEAD's commit; undefined on an unborn branch. */
  headCommit(): ObjectId | undefined {
    const branch = this.currentBranch();
    if (branch !== undefined) return this.refs.heads[branch];
    return (this.fs.readText(`${this.root}/.git/HEAD`) ?? '').trim() || undefined;
  }

  /** `main`, `origin/main`, `HEAD`, `HEAD~2`, a full or abbreviated commit ID. */
  resolve(revision: string): ObjectId | undefined {
    const ancestry = /^(.*?)((?:[~^]\d*)*)$/.exec(revision);
    const base = ancestry?.[1] ?? revision;
    let id: ObjectId | undefined;
    if (base === 'HEAD' || base === '@') id = this.headCommit();
    else if (this.refs.heads[base] !== undefined) id = this.refs.heads[base];
    else if (/^[^/]+\/.+$/.test(base) && base.split('/')[0]! in this.refs.remotes) {
      const [remote, ...rest] = base.split('/');
      id = this.refs.remotes[remote!]?.[rest.join('/')];
    } else if (/^[0-9a-f]{4,40}$/.test(base)) {
      const matches = Object.keys(this.objects.commits).filter((c) => c.startsWith(base));
      id = matches.length === 1 ? matches[0] : undefined;
    }
    for (const step of (ancestry?.[2] ?? '').match(/[~^]\d*/g) ?? []) {
      if (id === undefined) return undefined;
      const n = step.length > 1 ? Number(step.slice(1)) : 1;
      if (step[0] === '^') id = n === 0 ? id : this.objects.commits[id]?.parents[n - 1];
      else for (let i = 0; i < n && id !== undefined; i++) id = this.objects.commits[id]?.parents[0];
    }
    return id;
  }

  /** Path → entry of a commit's tree (empty for none). */
  filesOf(commitId: ObjectId | undefined): Map<string, TreeEntry> {
    const commit = commitId === undefined ? undefined : this.objects.commits[commitId];
    return commit ? flattenTree(this.objects, commit.tree) : new Map();
  }

  blob(id: ObjectId): BlobContent | undefined {
    return this.objects.blobs[id];
  }

  blobBytes(id: ObjectId): Uint8Array {
    const blob = this.objects.blobs[id];
    return blob === undefined ? new Uint8Array() : blobBytes(blob);
  }

  /** Stores a working-tree file's bytes as a blob and returns its ID. */
  storeFile(bytes: Uint8Array): ObjectId {
    return writeBlob(this.objects, blobFromBytes(bytes));
  }

  /** Every file of the working tree (relative paths), `.git` left out. */
  workingFiles(): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    const walk = (dir: string, prefix: string) => {
      for (const name of this.fs.list(dir) ?? []) {
        if (prefix === '' && name === '.git') continue;
        const path = `${dir}/${name}`;
        if (this.fs.stat(path)?.kind === 'directory') walk(path, `${prefix}${name}/`);
        else out.set(`${prefix}${name}`, this.fs.read(path) ?? new Uint8Array());
      }
    };
    walk(this.root, '');
    return out;
  }

  /** Blob IDs of the working tree's files, hashed as `git hash-object` would. */
  workingIds(): Map<string, ObjectId> {
    return new Map([...this.workingFiles()].map(([path, bytes]) => [path, blobId(blobFromBytes(bytes))]));
  }

  absolute(relative: string): string {
    return `${this.root}/${relative}`;
  }

  /** A path relative to the root, from an absolute one; undefined when it is outside the working tree. */
  relative(absolute: string): string | undefined {
    const path = normalizePath(absolute);
    if (path === this.root) return '';
    return path.startsWith(`${this.root}/`) ? path.slice(this.root.length + 1) : undefined;
  }

  /** Writes a file of a commit into the working tree, creating its folders. */
  checkoutFile(path: string, id: ObjectId): void {
    const parts = path.split('/');
    let dir = this.root;
    for (const part of parts.slice(0, -1)) {
      dir = `${dir}/${part}`;
      if (this.fs.stat(dir)?.kind !== 'directory') {
        if (this.fs.stat(dir)) this.fs.remove(dir);
        this.fs.mkdir(dir);
      }
    }
    this.fs.write(this.absolute(path), this.blobBytes(id));
  }

  /** Removes a file from the working tree, and any folders it leaves empty (git keeps no empty folders). */
  removeFile(path: string): void {
    if (this.fs.stat(this.absolute(path))) this.fs.remove(this.absolute(path), true);
    let dir = dirname(this.absolute(path));
    while (dir !== this.root && dir.startsWith(this.root) && (this.fs.list(dir) ?? ['x']).length === 0) {
      this.fs.remove(dir);
      dir = dirname(dir);
    }
  }

  /** Commits reachable from `tips`, the tips included. */
  ancestors(tips: Iterable<ObjectId | undefined>): Set<ObjectId> {
    const seen = new Set<ObjectId>();
    const queue = [...tips].filter((t): t is ObjectId => t !== undefined);
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (seen.has(id) || !this.objects.commits[id]) continue;
      seen.add(id);
      queue.push(...this.objects.commits[id].parents);
    }
    return seen;
  }

  /** The upstream of a branch (`origin/main`) from its `branch.<name>` config. */
  upstream(branch: string): { remote: string; branch: string } | undefined {
    const remote = this.config.get(`branch.${branch}.remote`);
    const merge = this.config.get(`branch.${branch}.merge`);
    if (remote === undefined || merge === undefined) return undefined;
    return { remote, branch: merge.replace(/^refs\/heads\//, '') };
  }
}

export const short = (id: ObjectId) => id.slice(0, 7);
