import type { ObjectId } from '../../../engine/codecommit/git-objects';
import type { Repository } from './repository';

export type ChangeKind = 'new file' | 'modified' | 'deleted';

export interface Change {
  path: string;
  kind: ChangeKind;
}

export interface WorkingState {
  /** HEAD → index: what `git commit` would record. */
  staged: Change[];
  /** Index → working tree. */
  unstaged: Change[];
  untracked: string[];
  workingIds: Map<string, ObjectId>;
}

export function compare(from: Map<string, { id: ObjectId }>, to: Map<string, { id: ObjectId }>): Change[] {
  const paths = [...new Set([...from.keys(), ...to.keys()])].sort();
  return paths.flatMap((path): Change[] => {
    const a = from.get(path);
    const b = to.get(path);
    if (!a) return [{ path, kind: 'new file' }];
    if (!b) return [{ path, kind: 'deleted' }];
    return a.id === b.id ? [] : [{ path, kind: 'modified' }];
  });
}

export function workingState(repo: Repository): WorkingState {
  const head = repo.filesOf(repo.headCommit());
  const workingIds = repo.workingIds();
  const work = new Map([...workingIds].map(([path, id]) => [path, { id }]));
  return {
    staged: compare(head, repo.index),
    unstaged: compare(repo.index, work).filter((c) => c.kind !== 'new file'),
    untracked: [...workingIds.keys()].filter((path) => !repo.index.has(path)).sort(),
    workingIds,
  };
}

/** The index as a tree-shaped map, for writing a commit's tree. */
export const indexFiles = (repo: Repository) =>
  new Map([...repo.index].map(([path, e]) => [path, { name: path, mode: e.mode, id: e.id }]));
