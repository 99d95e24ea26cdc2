import { AwsError } from '../../core/aws-error';
import { optionalString, requiredString } from '../../core/input';
import { getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import { authorizeCall } from '../authorize';
import { commitParent } from '../branch-tip';
import { moveBranch, writeChanges, type FileChange } from '../commits';
import { byteLength, decodeContent, type BlobContent } from '../content';
import { codecommitErrors as errors } from '../errors';
import { blobId, type ObjectId, type TreeEntry } from '../git-objects';
import { FILE_MAX_BYTES } from '../names';
import { requireRepository } from '../repository';
import { fileMode, filesAt, requirePath } from '../resolve';
import type { Repository } from '../state';

const MAX_FILE_ENTRIES = 100;

function entries(input: Record<string, unknown>, field: string): Record<string, unknown>[] {
  const value = input[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((e) => typeof e !== 'object' || e === null)) {
    throw new AwsError('SerializationException', `Field ${field} must be a list of objects.`);
  }
  return value as Record<string, unknown>[];
}

function signature(ctx: SimContext, input: Record<string, unknown>, nameField: string) {
  return {
    author: {
      name: optionalString(input, nameField) ?? 'cicdlab-user',
      email: optionalString(input, 'email') ?? 'cicdlab-user@example.com',
    },
    epochSeconds: epochSecondsAt(ctx.world.startEpochMs, ctx.now),
  };
}

/** Commits the changes and answers with what each file became, as CreateCommit reports it. */
function commitChanges(
  ctx: SimContext,
  repo: Repository,
  branchName: string,
  parent: ObjectId | undefined,
  changes: FileChange[],
  message: string,
  who: ReturnType<typeof signature>,
) {
  const before = parent === undefined ? new Map<string, TreeEntry>() : filesAt(repo, parent);
  const unchanged = changes.every((c) => {
    const old = before.get(c.path);
    if (c.content === undefined) return old === undefined;
    return old !== undefined && blobId(c.content) === old.id && (old.mode === '100755') === !!c.executable;
  });
  if (unchanged) throw errors.noChange();
  const commitId = writeChanges(repo.objects, { parent, changes, message, ...who });
  moveBranch(ctx, repo, branchName, commitId);
  const after = filesAt(repo, commitId);
  const describe = (path: string, entry: TreeEntry | undefined) => ({
    absolutePath: path,
    blobId: entry?.id,
    fileMode: entry ? fileMode(entry.mode) : undefined,
  });
  return {
    commitId,
    treeId: repo.objects.commits[commitId]?.tree,
    filesAdded: changes
      .filter((c) => c.content !== undefined && !before.has(c.path))
      .map((c) => describe(c.path, after.get(c.path))),
    filesUpdated: changes
      .filter((c) => c.content !== undefined && before.has(c.path))
      .map((c) => describe(c.path, after.get(c.path))),
    filesDeleted: changes.filter((c) => c.content === undefined).map((c) => describe(c.path, before.get(c.path))),
  };
}

/** Several file changes in one commit: puts (content or a copy/move of another file) and deletes. */
export const CreateCommit: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const { branchName, parent } = commitParent(repo, input);
  authorizeCall(ctx, 'CreateCommit', repo.repositoryName, branchName);
  const puts = entries(input, 'putFiles');
  const deletes = entries(input, 'deleteFiles');
  if (puts.length + deletes.length === 0) throw errors.fileEntryRequired();
  if (puts.length + deletes.length > MAX_FILE_ENTRIES)
    throw errors.maximumFileEntriesExceeded(puts.length + deletes.length);
  const files = parent === undefined ? new Map<string, TreeEntry>() : filesAt(repo, parent);
  const seen = new Set<string>();
  const claim = (path: string) => {
    if (seen.has(path)) throw errors.fileEntryConflict(path);
    seen.add(path);
  };
  const changes: FileChange[] = [];
  for (const put of puts) {
    const path = requirePath(requiredString(put, 'filePath', errors.pathRequired));
    claim(path);
    const source = put.sourceFile as Record<string, unknown> | undefined;
    let content: BlobContent;
    if (source !== undefined) {
      const from = requirePath(requiredString(source, 'filePath', errors.pathRequired));
      const entry = files.get(from);
      if (!entry) throw errors.fileDoesNotExist(from);
      content = getOwn(repo.objects.blobs, entry.id) ?? '';
      if (source.isMove === true) {
        claim(from);
        changes.push({ path: from });
      }
    } else {
      content = decodeContent(requiredString(put, 'fileContent', errors.fileContentRequired));
    }
    const size = byteLength(content);
    if (size > FILE_MAX_BYTES) throw errors.fileContentSizeLimitExceeded(size);
    changes.push({ path, content, executable: optionalString(put, 'fileMode') === 'EXECUTABLE' });
  }
  for (const del of deletes) {
    const path = requirePath(requiredString(del, 'filePath', errors.pathRequired));
    claim(path);
    if (!files.has(path)) throw errors.fileToDeleteDoesNotExist(path);
    changes.push({ path });
  }
  const message = optionalString(input, 'commitMessage') ?? '';
  return commitChanges(ctx, repo, branchName, parent, changes, message, signature(ctx, input, 'authorName'));
};

export const DeleteFile: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const { branchName, parent } = commitParent(repo, input);
  authorizeCall(ctx, 'DeleteFile', repo.repositoryName, branchName);
  const filePath = requirePath(requiredString(input, 'filePath', errors.pathRequired));
  const entry = parent === undefined ? undefined : filesAt(repo, parent).get(filePath);
  if (!entry) throw errors.fileToDeleteDoesNotExist(filePath);
  const message = optionalString(input, 'commitMessage') ?? `Deleted ${filePath}`;
  const result = commitChanges(
    ctx,
    repo,
    branchName,
    parent,
    [{ path: filePath }],
    message,
    signature(ctx, input, 'name'),
  );
  return { commitId: result.commitId, blobId: entry.id, treeId: result.treeId, filePath };
};
