import { getOwn } from '../core/records';
import { codecommitErrors as errors } from './errors';
import { flattenTree, type CommitObject, type ObjectId, type TreeEntry } from './git-objects';
import { normalizePath } from './names';
import type { Repository } from './state';

/** A commit specifier is a branch name or a full commit ID; absent means the default branch. */
export function resolveCommit(repo: Repository, specifier: string | undefined): { id: ObjectId; commit: CommitObject } {
  const name = specifier ?? repo.defaultBranch;
  const id = name === undefined ? undefined : (getOwn(repo.branches, name) ?? name);
  const commit = id === undefined ? undefined : getOwn(repo.objects.commits, id);
  if (id === undefined || commit === undefined) throw errors.commitDoesNotExist(specifier ?? 'HEAD');
  return { id, commit };
}

export function requirePath(path: string): string {
  const normalized = normalizePath(path);
  if (normalized === undefined) throw errors.invalidPath(path);
  return normalized;
}

/** The tree entry at `path` inside `treeId` (the root itself for an empty path). */
export function entryAt(repo: Repository, treeId: ObjectId, path: string): TreeEntry | undefined {
  if (path === '') return { name: '', mode: '040000', id: treeId };
  let current: TreeEntry | undefined = { name: '', mode: '040000', id: treeId };
  for (const part of path.split('/')) {
    if (current?.mode !== '040000') return undefined;
    current = (getOwn(repo.objects.trees, current.id) ?? []).find((e) => e.name === part);
  }
  return current;
}

export const fileMode = (mode: TreeEntry['mode']) => (mode === '100755' ? 'EXECUTABLE' : 'NORMAL');

export function filesAt(repo: Repository, commitId: ObjectId): Map<string, TreeEntry> {
  const commit = getOwn(repo.objects.commits, commitId);
  return commit === undefined ? new Map() : flattenTree(repo.objects, commit.tree);
}
