import { AwsError } from '../core/aws-error';
import { getOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import type { World } from '../world';
import { blobBytes, byteLength, blobText } from './content';
import { flattenTree, type ObjectId, type Signature } from './git-objects';
import { PostCommentForPullRequest } from './operations/comments';
import type { Repository } from './state';

/** What a reader of a revision gets instead of a binary file's bytes; names the blob, so a changed file reads differently. */
export const binaryFileNote = (blobId: ObjectId, size: number) =>
  `[binary file, ${size} bytes, blob ${blobId}: not interpreted by the simulated build]\n`;

const BINARY_NOTE = /^\[binary file, (\d+) bytes, blob ([0-9a-f]{40}): not interpreted by the simulated build\]\n$/;

/**
 * The bytes a binary file's note stands for, when `text` is exactly such a note: a file the build left alone
 * is uploaded (zipped into an artifact) as the bytes it was committed with, not as the note.
 */
export function bytesOfBinaryNote(world: World, text: string): Uint8Array | undefined {
  const match = BINARY_NOTE.exec(text);
  if (!match) return undefined;
  for (const repo of Object.values(world.account.codecommit.repositories)) {
    const blob = getOwn(repo.objects.blobs, match[2]!);
    if (blob !== undefined && typeof blob !== 'string') return blobBytes(blob);
  }
  return undefined;
}

/**
 * What other services (a build's DOWNLOAD_SOURCE, a pipeline's source action) may read of a
 * repository: the files of a revision, the way a clone would see them. Nothing here writes.
 */
export interface SourceRevision {
  repositoryName: string;
  commitId: ObjectId;
  /**
   * Path → UTF-8 content. A binary file is present with a one-line note in place of its bytes
   * (`binaryFileNote`): builds see it in the workspace but their simulated tools do not interpret it.
   */
  files: Map<string, string>;
  cloneUrlHttp: string;
}

/** A branch name or full commit ID; absent means the default branch. Undefined when nothing matches. */
export function readRevision(world: World, repositoryName: string, specifier?: string): SourceRevision | undefined {
  const repo: Repository | undefined = getOwn(world.account.codecommit.repositories, repositoryName);
  if (!repo) return undefined;
  const name = specifier ?? repo.defaultBranch;
  const commitId = name === undefined ? undefined : (getOwn(repo.branches, name) ?? name);
  const commit = commitId === undefined ? undefined : getOwn(repo.objects.commits, commitId);
  if (commitId === undefined || !commit) return undefined;
  const files = new Map<string, string>();
  for (const [path, entry] of flattenTree(repo.objects, commit.tree)) {
    const blob = getOwn(repo.objects.blobs, entry.id) ?? '';
    files.set(path, blobText(blob) ?? binaryFileNote(entry.id, byteLength(blob)));
  }
  return {
    repositoryName,
    commitId,
    files,
    cloneUrlHttp: `https://git-codecommit.${world.account.region}.amazonaws.com/v1/repos/${repositoryName}`,
  };
}

/**
 * A commit's message, signatures and parents, read-only (a pipeline's source action reports them as output
 * variables; a trigger's file-path filter compares a commit with its parent).
 */
export function readCommit(
  world: World,
  repositoryName: string,
  commitId: ObjectId,
): Readonly<{ message: string; author: Signature; committer: Signature; parents: readonly ObjectId[] }> | undefined {
  const repo = getOwn(world.account.codecommit.repositories, repositoryName);
  return repo && getOwn(repo.objects.commits, commitId);
}

/** The commits a pull request compares, read-only (CodeGuru Reviewer reviews its diff). */
export function readPullRequest(
  world: World,
  pullRequestId: string,
):
  | Readonly<{ repositoryName: string; sourceCommit: ObjectId; destinationCommit: ObjectId; mergeBase?: ObjectId }>
  | undefined {
  const pr = getOwn(world.account.codecommit.pullRequests, pullRequestId);
  return pr && { ...pr.target };
}

/**
 * Posts a comment at a line of a file of a pull request's source commit, as another service's principal (CodeGuru
 * Reviewer posts its recommendations so): the same rules and `CodeCommit Comment on Pull Request` event as
 * PostCommentForPullRequest. Returns the comment's ID, or undefined when the pull request or file is gone.
 */
export function postPullRequestComment(
  ctx: SimContext,
  authorArn: string,
  comment: {
    pullRequestId: string;
    beforeCommitId: ObjectId;
    afterCommitId: ObjectId;
    filePath: string;
    filePosition: number;
    content: string;
  },
): string | undefined {
  const pr = getOwn(ctx.world.account.codecommit.pullRequests, comment.pullRequestId);
  if (!pr) return undefined;
  const asAuthor: SimContext = {
    ...ctx,
    caller: { arn: authorArn, name: authorArn.split('/').slice(1).join('/'), policies: [] },
  };
  try {
    const output = PostCommentForPullRequest(asAuthor, {
      pullRequestId: comment.pullRequestId,
      repositoryName: pr.target.repositoryName,
      beforeCommitId: comment.beforeCommitId,
      afterCommitId: comment.afterCommitId,
      content: comment.content,
      location: { filePath: comment.filePath, filePosition: comment.filePosition, relativeFileVersion: 'AFTER' },
    }) as { comment: { commentId: string } };
    return output.comment.commentId;
  } catch (e) {
    if (e instanceof AwsError) return undefined;
    throw e;
  }
}

export const repositoryExists = (world: World, repositoryName: string) =>
  getOwn(world.account.codecommit.repositories, repositoryName) !== undefined;
