import { merge as diff3 } from 'node-diff3';
import { getOwn } from '../core/records';
import { blobText } from './content';
import { flattenTree, writeBlob, type ObjectId, type TreeEntry } from './git-objects';
import type { Repository } from './state';

export type ConflictDetailLevel = 'FILE_LEVEL' | 'LINE_LEVEL';
export type ConflictResolutionStrategy = 'NONE' | 'ACCEPT_SOURCE' | 'ACCEPT_DESTINATION' | 'AUTOMERGE';
type ChangeType = 'A' | 'M' | 'D';

export interface FileConflict {
  filePath: string;
  numberOfConflicts: number;
  mergeOperations: { source?: ChangeType; destination?: ChangeType };
}

/** All ancestors of a commit, itself included. */
function ancestors(repo: Repository, id: ObjectId): Set<ObjectId> {
  const seen = new Set<ObjectId>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop() as ObjectId;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(getOwn(repo.objects.commits, next)?.parents ?? []));
  }
  return seen;
}

export const isAncestor = (repo: Repository, ancestor: ObjectId, of: ObjectId) => ancestors(repo, of).has(ancestor);

/** The nearest common ancestor, searching breadth-first from `b` (git's merge base for simple histories). */
export function mergeBase(repo: Repository, a: ObjectId, b: ObjectId): ObjectId | undefined {
  const ofA = ancestors(repo, a);
  const queue = [b];
  const seen = new Set<ObjectId>();
  while (queue.length > 0) {
    const next = queue.shift() as ObjectId;
    if (ofA.has(next)) return next;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(getOwn(repo.objects.commits, next)?.parents ?? []));
  }
  return undefined;
}

const filesOf = (repo: Repository, commit: ObjectId | undefined) => {
  const tree = commit === undefined ? undefined : getOwn(repo.objects.commits, commit)?.tree;
  return tree === undefined ? new Map<string, TreeEntry>() : flattenTree(repo.objects, tree);
};

const same = (x: TreeEntry | undefined, y: TreeEntry | undefined) => x?.id === y?.id && x?.mode === y?.mode;

const change = (base: TreeEntry | undefined, side: TreeEntry | undefined): ChangeType | undefined =>
  same(base, side) ? undefined : base === undefined ? 'A' : side === undefined ? 'D' : 'M';

/**
 * A three-way merge of two commits' files against their merge base. A file changed differently
 * on both sides is a conflict unless the strategy picks a side, or (line level) the changes touch
 * different lines. Conflicts are reported, never resolved silently.
 */
export function mergeCommits(
  repo: Repository,
  source: ObjectId,
  destination: ObjectId,
  level: ConflictDetailLevel,
  strategy: ConflictResolutionStrategy,
): { baseCommitId: ObjectId | undefined; files: Map<string, TreeEntry>; conflicts: FileConflict[] } {
  const baseCommitId = mergeBase(repo, source, destination);
  const [base, src, dst] = [filesOf(repo, baseCommitId), filesOf(repo, source), filesOf(repo, destination)];
  const files = new Map<string, TreeEntry>();
  const conflicts: FileConflict[] = [];
  const put = (path: string, entry: TreeEntry | undefined) => {
    if (entry) files.set(path, entry);
  };
  for (const path of [...new Set([...base.keys(), ...src.keys(), ...dst.keys()])].sort()) {
    const [b, s, d] = [base.get(path), src.get(path), dst.get(path)];
    if (same(s, d) || same(b, d)) put(path, s);
    else if (same(b, s)) put(path, d);
    else if (strategy === 'ACCEPT_SOURCE') put(path, s);
    else if (strategy === 'ACCEPT_DESTINATION') put(path, d);
    else {
      const lineMerged = level === 'LINE_LEVEL' || strategy === 'AUTOMERGE' ? mergeLines(repo, b, s, d) : undefined;
      if (lineMerged && !lineMerged.conflict) {
        put(path, { name: path, mode: (s as TreeEntry).mode, id: writeBlob(repo.objects, lineMerged.text) });
      } else {
        conflicts.push({
          filePath: path,
          numberOfConflicts: lineMerged?.conflicts ?? 1,
          mergeOperations: { source: change(b, s), destination: change(b, d) },
        });
        put(path, d);
      }
    }
  }
  return { baseCommitId, files, conflicts };
}

function mergeLines(repo: Repository, b: TreeEntry | undefined, s: TreeEntry | undefined, d: TreeEntry | undefined) {
  if (!s || !d) return undefined;
  const text = (e: TreeEntry | undefined) => (e ? blobText(getOwn(repo.objects.blobs, e.id) ?? '') : '');
  const [sourceText, baseText, destinationText] = [text(s), text(b), text(d)];
  // Binary files have no lines to merge: changed on both sides, they conflict as whole files, as in git.
  if (sourceText === undefined || baseText === undefined || destinationText === undefined) return undefined;
  const lines = (t: string) => t.split('\n');
  const result = diff3(lines(sourceText), lines(baseText), lines(destinationText), { excludeFalseConflicts: true });
  const conflicts = result.result.filter((line) => line.startsWith('<<<<<<<')).length;
  return { conflict: result.conflict, conflicts, text: result.result.join('\n') };
}
