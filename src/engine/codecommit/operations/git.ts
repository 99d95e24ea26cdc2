import { z } from 'zod';
import { AwsError } from '../../core/aws-error';
import { deleteOwn, getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { authorize } from '../../iam/policy';
import { authorizeReference } from '../authorize';
import { moveBranch, referenceEvent } from '../commits';
import { decodeContent, encodeContent } from '../content';
import { codecommitErrors as errors } from '../errors';
import {
  writeBlob,
  writeCommit,
  writeTree,
  type CommitObject,
  type ObjectId,
  type ObjectStore,
  type TreeEntry,
} from '../git-objects';
import { isValidBranchName } from '../names';
import { referenceChanged } from '../reference-changed';
import { repositoryArn, requireRepository } from '../repository';
import type { Repository } from '../state';

/**
 * Git's smart HTTP transport as CodeCommit serves it (`git-upload-pack` for clone, fetch and pull;
 * `git-receive-pack` for push), in JSON instead of pack files: objects travel whole, blobs base64-encoded.
 * Not part of CodeCommit's API, so it answers on the simulator's own target (docs/terminal-git.md).
 */
export interface WirePack {
  commits: Record<ObjectId, CommitObject>;
  trees: Record<ObjectId, TreeEntry[]>;
  /** Blob ID → content, base64. */
  blobs: Record<ObjectId, string>;
}

const OBJECT_ID = /^[0-9a-f]{40}$/;
const objectId = z.string().regex(OBJECT_ID);
const signature = z.object({ name: z.string(), email: z.string(), epochSeconds: z.number().int().nonnegative() });
const packSchema = z.object({
  commits: z.record(
    objectId,
    z.object({
      tree: objectId,
      parents: z.array(objectId),
      author: signature,
      committer: signature,
      message: z.string(),
    }),
  ),
  trees: z.record(
    objectId,
    z.array(z.object({ name: z.string().min(1), mode: z.enum(['100644', '100755', '040000']), id: objectId })),
  ),
  blobs: z.record(objectId, z.string()),
});
const updatesSchema = z.array(
  z.object({
    referenceName: z.string().regex(/^refs\/heads\/.+/),
    oldCommitId: objectId.nullish(),
    newCommitId: objectId.nullish(),
  }),
);

const gitErrors = {
  invalidPack: (where: string) =>
    new AwsError('InvalidPackException', `The pushed objects are not valid at ${where}; nothing was written.`),
  objectIdMismatch: (given: ObjectId, actual: ObjectId) =>
    new AwsError(
      'InvalidPackException',
      `Object ${given} hashes to ${actual}: an object's ID must be the SHA-1 git gives its content.`,
    ),
  missingObject: (id: ObjectId, from: ObjectId) =>
    new AwsError(
      'MissingObjectException',
      `Object ${id} (named by ${from}) is neither in the push nor in the repository.`,
    ),
  referenceOutdated: (ref: string, expected: string, actual: string) =>
    new AwsError(
      'ReferenceOutdatedException',
      `${ref} is at ${actual}, not at ${expected}: someone pushed first. Fetch and try again.`,
    ),
};

const AUTH_FAILED_STATUS = 403;

/** Git's HTTP transport answers a denied request with 403 whatever the policy says; the message keeps IAM's reason. */
function authorizeGit(run: () => void): void {
  try {
    run();
  } catch (e) {
    if (e instanceof AwsError && e.type === 'AccessDeniedException') {
      throw new AwsError(e.type, e.message, AUTH_FAILED_STATUS);
    }
    throw e;
  }
}

/** Every object reachable from the given commits (commits, their trees, sub-trees and blobs). */
function reachable(store: ObjectStore, tips: Iterable<ObjectId>, stop: Set<ObjectId> = new Set()): Set<ObjectId> {
  const seen = new Set<ObjectId>();
  const visitTree = (id: ObjectId) => {
    if (seen.has(id) || stop.has(id)) return;
    seen.add(id);
    for (const entry of getOwn(store.trees, id) ?? []) {
      if (entry.mode === '040000') visitTree(entry.id);
      else if (!stop.has(entry.id)) seen.add(entry.id);
    }
  };
  const queue = [...tips];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id) || stop.has(id)) continue;
    const commit = getOwn(store.commits, id);
    if (!commit) continue;
    seen.add(id);
    visitTree(commit.tree);
    queue.push(...commit.parents);
  }
  return seen;
}

/** `git-upload-pack`: the branches, and the objects the client lacks (everything not reachable from what it has). */
export const GitPull: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  authorizeGit(() => authorize(ctx.caller, 'codecommit:GitPull', repositoryArn(ctx, repo.repositoryName)));
  const haves = z.array(objectId).optional().safeParse(input.haves);
  if (!haves.success) throw gitErrors.invalidPack('haves');
  const known = (haves.data ?? []).filter((id) => getOwn(repo.objects.commits, id) !== undefined);
  const have = reachable(repo.objects, known);
  const pack: WirePack = { commits: {}, trees: {}, blobs: {} };
  for (const id of reachable(repo.objects, Object.values(repo.branches), have)) {
    const commit = getOwn(repo.objects.commits, id);
    const tree = getOwn(repo.objects.trees, id);
    const blob = getOwn(repo.objects.blobs, id);
    if (commit) pack.commits[id] = commit;
    else if (tree) pack.trees[id] = tree;
    else if (blob !== undefined) pack.blobs[id] = encodeContent(blob);
  }
  return {
    ...(repo.defaultBranch !== undefined && { defaultBranch: repo.defaultBranch }),
    branches: { ...repo.branches },
    objects: pack,
  };
};

/** Hashes each pushed object as git does and refuses any whose ID does not match, or that names a missing object. */
function verifyPack(repo: Repository, pack: z.infer<typeof packSchema>): ObjectStore {
  const scratch: ObjectStore = { blobs: {}, trees: {}, commits: {} };
  for (const [id, encoded] of Object.entries(pack.blobs)) {
    const actual = writeBlob(scratch, decodeContent(encoded, `objects.blobs.${id}`));
    if (actual !== id) throw gitErrors.objectIdMismatch(id, actual);
  }
  for (const [id, entries] of Object.entries(pack.trees)) {
    const actual = writeTree(scratch, entries);
    if (actual !== id) throw gitErrors.objectIdMismatch(id, actual);
  }
  for (const [id, commit] of Object.entries(pack.commits)) {
    const actual = writeCommit(scratch, commit);
    if (actual !== id) throw gitErrors.objectIdMismatch(id, actual);
  }
  const has = (kind: keyof ObjectStore, id: ObjectId) =>
    Object.hasOwn(scratch[kind], id) || Object.hasOwn(repo.objects[kind], id);
  for (const [id, entries] of Object.entries(scratch.trees)) {
    for (const e of entries) {
      if (!has(e.mode === '040000' ? 'trees' : 'blobs', e.id)) throw gitErrors.missingObject(e.id, id);
    }
  }
  for (const [id, commit] of Object.entries(scratch.commits)) {
    if (!has('trees', commit.tree)) throw gitErrors.missingObject(commit.tree, id);
    for (const parent of commit.parents) if (!has('commits', parent)) throw gitErrors.missingObject(parent, id);
  }
  return scratch;
}

function deleteBranch(ctx: SimContext, repo: Repository, branch: string, oldCommitId: ObjectId) {
  deleteOwn(repo.branches, branch);
  repo.lastModifiedDate = ctx.now;
  ctx.emit(referenceEvent(ctx, repo, 'referenceDeleted', branch, { oldCommitId }));
  referenceChanged(ctx, repo, branch, 'referenceDeleted', { oldCommitId });
}

/**
 * `git-receive-pack`: stores the pushed objects and moves each branch, all or nothing. Each branch is
 * authorized as `codecommit:GitPush` with its `codecommit:References` (branch protection, aws-facts §4.3);
 * each moved branch emits the same Repository State Change as any other push, so pipelines start.
 */
export const GitPush: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const updates = updatesSchema.safeParse(input.updates);
  if (!updates.success) throw gitErrors.invalidPack(`updates.${updates.error.issues[0]?.path.join('.') ?? ''}`);
  const pack = packSchema.safeParse(input.objects ?? { commits: {}, trees: {}, blobs: {} });
  if (!pack.success) throw gitErrors.invalidPack(`objects.${pack.error.issues[0]?.path.join('.') ?? ''}`);
  const plan = updates.data.map((u) => {
    const branch = u.referenceName.slice('refs/heads/'.length);
    if (!isValidBranchName(branch)) throw errors.invalidBranchName(branch);
    return { branch, oldCommitId: u.oldCommitId ?? undefined, newCommitId: u.newCommitId ?? undefined };
  });
  for (const { branch } of plan) {
    authorizeGit(() => authorizeReference(ctx, ctx.caller, 'codecommit:GitPush', repo.repositoryName, branch));
  }
  const scratch = verifyPack(repo, pack.data);
  for (const { branch, oldCommitId, newCommitId } of plan) {
    const current = getOwn(repo.branches, branch);
    if (current !== oldCommitId) {
      throw gitErrors.referenceOutdated(`refs/heads/${branch}`, oldCommitId ?? 'nothing', current ?? 'nothing');
    }
    if (newCommitId === undefined) {
      if (repo.defaultBranch === branch) throw errors.defaultBranchCannotBeDeleted(branch);
    } else if (getOwn(scratch.commits, newCommitId) === undefined && !getOwn(repo.objects.commits, newCommitId)) {
      throw gitErrors.missingObject(newCommitId, `refs/heads/${branch}`);
    }
  }
  Object.assign(repo.objects.blobs, scratch.blobs);
  Object.assign(repo.objects.trees, scratch.trees);
  Object.assign(repo.objects.commits, scratch.commits);
  for (const { branch, oldCommitId, newCommitId } of plan) {
    if (newCommitId === undefined) {
      if (oldCommitId !== undefined) deleteBranch(ctx, repo, branch, oldCommitId);
    } else if (newCommitId !== oldCommitId) {
      moveBranch(ctx, repo, branch, newCommitId);
    }
  }
  return {
    updates: plan.map(({ branch, oldCommitId, newCommitId }) => ({
      referenceName: `refs/heads/${branch}`,
      ...(oldCommitId !== undefined && { oldCommitId }),
      ...(newCommitId !== undefined && { newCommitId }),
    })),
  };
};
