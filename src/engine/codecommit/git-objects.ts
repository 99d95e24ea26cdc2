import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { blobBytes, type BlobContent } from './content';

/**
 * Git's object model, hashed exactly as git hashes it, so a commit ID here is the ID `git` would
 * give the same content, author, time and parents.
 */
export type ObjectId = string;

export interface TreeEntry {
  name: string;
  /** `100644` regular file, `100755` executable, `040000` tree (git writes it as `40000`). */
  mode: '100644' | '100755' | '040000';
  id: ObjectId;
}

export interface Signature {
  name: string;
  email: string;
  /** Epoch seconds; CodeCommit commits are stamped in UTC. */
  epochSeconds: number;
}

export interface CommitObject {
  tree: ObjectId;
  parents: ObjectId[];
  author: Signature;
  committer: Signature;
  message: string;
}

/** One repository's object database: content-addressed, never rewritten. */
export interface ObjectStore {
  blobs: Record<ObjectId, BlobContent>;
  trees: Record<ObjectId, TreeEntry[]>;
  commits: Record<ObjectId, CommitObject>;
}

const hashObject = (type: string, body: Uint8Array): ObjectId =>
  bytesToHex(sha1(concatBytes(utf8ToBytes(`${type} ${body.length}\0`), body)));

/** The ID git gives these bytes (`git hash-object`). */
export const blobId = (content: BlobContent): ObjectId => hashObject('blob', blobBytes(content));

export function writeBlob(store: ObjectStore, content: BlobContent): ObjectId {
  const id = blobId(content);
  store.blobs[id] = content;
  return id;
}

/** Git orders tree entries by name, comparing a subtree's name as if it ended in `/`. */
const sortKey = (e: TreeEntry) => (e.mode === '040000' ? `${e.name}/` : e.name);

export function writeTree(store: ObjectStore, entries: TreeEntry[]): ObjectId {
  const sorted = [...entries].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const body = concatBytes(
    ...sorted.map((e) =>
      concatBytes(utf8ToBytes(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`), hexToBytes(e.id)),
    ),
  );
  const id = hashObject('tree', body);
  store.trees[id] = sorted;
  return id;
}

const signature = (s: Signature) => `${s.name} <${s.email}> ${Math.floor(s.epochSeconds)} +0000`;

export function writeCommit(store: ObjectStore, commit: CommitObject): ObjectId {
  const lines = [`tree ${commit.tree}`, ...commit.parents.map((p) => `parent ${p}`)];
  lines.push(`author ${signature(commit.author)}`, `committer ${signature(commit.committer)}`);
  const message = commit.message.endsWith('\n') ? commit.message : `${commit.message}\n`;
  const id = hashObject('commit', utf8ToBytes(`${lines.join('\n')}\n\n${message}`));
  store.commits[id] = commit;
  return id;
}

export const emptyStore = (): ObjectStore => ({ blobs: {}, trees: {}, commits: {} });

/** Files of a tree, flattened to `path → blob id` (paths without a leading slash). */
export function flattenTree(store: ObjectStore, treeId: ObjectId, prefix = ''): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  for (const entry of store.trees[treeId] ?? []) {
    const path = `${prefix}${entry.name}`;
    if (entry.mode === '040000') {
      for (const [p, e] of flattenTree(store, entry.id, `${path}/`)) out.set(p, e);
    } else {
      out.set(path, entry);
    }
  }
  return out;
}

/** Builds the nested trees for a set of files and returns the root tree's ID. */
export function writeTreeFromFiles(store: ObjectStore, files: ReadonlyMap<string, TreeEntry>): ObjectId {
  const root = new Map<string, TreeEntry | Map<string, unknown>>();
  for (const [path, entry] of files) {
    const parts = path.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      let sub = dir.get(part);
      if (!(sub instanceof Map)) {
        sub = new Map();
        dir.set(part, sub);
      }
      dir = sub as typeof root;
    }
    dir.set(parts[parts.length - 1] as string, entry);
  }
  const write = (dir: typeof root): ObjectId =>
    writeTree(
      store,
      [...dir].map(([name, value]) =>
        value instanceof Map
          ? { name, mode: '040000' as const, id: write(value as typeof root) }
          : { name, mode: value.mode, id: value.id },
      ),
    );
  return write(root);
}
