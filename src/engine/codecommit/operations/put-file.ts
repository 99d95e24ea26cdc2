import { byteLength, decodeContent } from '../content';
import { optionalString, requiredString } from '../../core/input';
import type { Operation } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import { moveBranch, writeChanges } from '../commits';
import { codecommitErrors as errors } from '../errors';
import { blobId as blobIdOf } from '../git-objects';
import { FILE_MAX_BYTES } from '../names';
import { authorizeCall } from '../authorize';
import { commitParent } from '../branch-tip';
import { requireRepository } from '../repository';
import { filesAt, requirePath } from '../resolve';

/** Adds or replaces one file on a branch in a new commit, as `aws codecommit put-file` does. */
export const PutFile: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const { branchName, parent } = commitParent(repo, input);
  authorizeCall(ctx, 'PutFile', repo.repositoryName, branchName);
  const encoded = requiredString(input, 'fileContent', errors.fileContentRequired);
  const filePath = requirePath(requiredString(input, 'filePath', errors.pathRequired));
  if (filePath === '') throw errors.pathRequired();
  const content = decodeContent(encoded);
  const size = byteLength(content);
  if (size > FILE_MAX_BYTES) throw errors.fileContentSizeLimitExceeded(size);

  const existing = parent === undefined ? undefined : filesAt(repo, parent).get(filePath);
  const executable = optionalString(input, 'fileMode') === 'EXECUTABLE';
  if (existing && blobIdOf(content) === existing.id && (existing.mode === '100755') === executable) {
    throw errors.sameFileContent(filePath);
  }

  const commitId = writeChanges(repo.objects, {
    parent,
    changes: [{ path: filePath, content, executable }],
    message: optionalString(input, 'commitMessage') ?? `${existing ? 'Edited' : 'Added'} ${filePath}`,
    author: {
      name: optionalString(input, 'name') ?? 'cicdlab-user',
      email: optionalString(input, 'email') ?? 'cicdlab-user@example.com',
    },
    epochSeconds: epochSecondsAt(ctx.world.startEpochMs, ctx.now),
  });
  moveBranch(ctx, repo, branchName, commitId);
  const commit = repo.objects.commits[commitId];
  const blobId = filesAt(repo, commitId).get(filePath)?.id;
  return { commitId, blobId, treeId: commit?.tree };
};
