import { getOwn, setOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import {
  flattenTree,
  writeBlob,
  writeCommit,
  writeTreeFromFiles,
  type ObjectId,
  type ObjectStore,
  type Signature,
} from './git-objects';
import type { BlobContent } from './content';
import { referenceChanged, type ReferenceChange } from './reference-changed';
import { repositoryArn } from './repository';
import type { Repository } from './state';

export interface FileChange {
  path: string;
  /** New content; absent means delete the file. */
  content?: BlobContent;
  executable?: boolean;
}

export interface NewCommit {
  parent: ObjectId | undefined;
  changes: readonly FileChange[];
  message: string;
  author: Omit<Signature, 'epochSeconds'>;
  epochSeconds: number;
}

/** Writes the blobs, trees and commit for a set of file changes on top of `parent`. */
export function writeChanges(store: ObjectStore, commit: NewCommit): ObjectId {
  const parentTree = commit.parent === undefined ? undefined : store.commits[commit.parent]?.tree;
  const files = parentTree === undefined ? new Map() : flattenTree(store, parentTree);
  for (const change of commit.changes) {
    if (change.content === undefined) {
      files.delete(change.path);
    } else {
      const id = writeBlob(store, change.content);
      files.set(change.path, { name: change.path, mode: change.executable ? '100755' : '100644', id });
    }
  }
  const signature = { ...commit.author, epochSeconds: commit.epochSeconds };
  return writeCommit(store, {
    tree: writeTreeFromFiles(store, files),
    parents: commit.parent === undefined ? [] : [commit.parent],
    author: signature,
    committer: signature,
    message: commit.message,
  });
}

/** A `CodeCommit Repository State Change` event for a branch. */
export function referenceEvent(
  ctx: SimContext,
  repo: Repository,
  event: ReferenceChange,
  branch: string,
  commits: { commitId?: ObjectId; oldCommitId?: ObjectId },
) {
  return {
    source: 'aws.codecommit',
    detailType: 'CodeCommit Repository State Change',
    resources: [repositoryArn(ctx, repo.repositoryName)],
    detail: {
      event,
      repositoryName: repo.repositoryName,
      repositoryId: repo.repositoryId,
      referenceType: 'branch',
      referenceName: branch,
      referenceFullName: `refs/heads/${branch}`,
      ...commits,
    },
  };
}

/**
 * Points a branch at a commit and emits the event pushing it would (referenceCreated or
 * referenceUpdated). The first branch becomes the default.
 */
export function moveBranch(ctx: SimContext, repo: Repository, branch: string, commitId: ObjectId): void {
  const oldCommitId = getOwn(repo.branches, branch);
  setOwn(repo.branches, branch, commitId);
  repo.defaultBranch ??= branch;
  repo.lastModifiedDate = ctx.now;
  const event = oldCommitId === undefined ? 'referenceCreated' : 'referenceUpdated';
  const commits = { commitId, ...(oldCommitId !== undefined && { oldCommitId }) };
  ctx.emit(referenceEvent(ctx, repo, event, branch, commits));
  referenceChanged(ctx, repo, branch, event, commits);
}
