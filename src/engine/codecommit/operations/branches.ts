import { optionalString, requiredString } from '../../core/input';
import { deleteOwn, getOwn } from '../../core/records';
import type { Operation } from '../../core/simulation';
import { codecommitErrors as errors } from '../errors';
import { isValidBranchName } from '../names';
import { authorizeCall } from '../authorize';
import { moveBranch, referenceEvent } from '../commits';
import { referenceChanged } from '../reference-changed';
import { requireRepository } from '../repository';

export const GetBranch: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const branchName = requiredString(input, 'branchName', errors.branchNameRequired);
  if (!isValidBranchName(branchName)) throw errors.invalidBranchName(branchName);
  const commitId = getOwn(repo.branches, branchName);
  if (commitId === undefined) throw errors.branchDoesNotExist(branchName);
  return { branch: { branchName, commitId } };
};

export const ListBranches: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  if (optionalString(input, 'nextToken') !== undefined) throw errors.invalidContinuationToken();
  return { branches: Object.keys(repo.branches).sort() };
};

function requireBranchName(input: Record<string, unknown>, field = 'branchName'): string {
  const name = requiredString(input, field, errors.branchNameRequired);
  if (!isValidBranchName(name)) throw errors.invalidBranchName(name);
  return name;
}

export const CreateBranch: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const branchName = requireBranchName(input);
  const commitId = requiredString(input, 'commitId', errors.commitIdRequired);
  if (getOwn(repo.branches, branchName) !== undefined) throw errors.branchNameExists(branchName);
  authorizeCall(ctx, 'CreateBranch', repo.repositoryName, branchName);
  if (!/^[0-9a-f]{40}$/.test(commitId)) throw errors.invalidCommitId(commitId);
  if (!getOwn(repo.objects.commits, commitId)) throw errors.commitDoesNotExist(commitId);
  moveBranch(ctx, repo, branchName, commitId);
  return {};
};

export const DeleteBranch: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const branchName = requireBranchName(input);
  const commitId = getOwn(repo.branches, branchName);
  if (commitId === undefined) return {};
  if (repo.defaultBranch === branchName) throw errors.defaultBranchCannotBeDeleted(branchName);
  authorizeCall(ctx, 'DeleteBranch', repo.repositoryName, branchName);
  deleteOwn(repo.branches, branchName);
  repo.lastModifiedDate = ctx.now;
  ctx.emit(referenceEvent(ctx, repo, 'referenceDeleted', branchName, { oldCommitId: commitId }));
  referenceChanged(ctx, repo, branchName, 'referenceDeleted', { oldCommitId: commitId });
  return { deletedBranch: { branchName, commitId } };
};

export const UpdateDefaultBranch: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const branchName = requireBranchName(input, 'defaultBranchName');
  if (getOwn(repo.branches, branchName) === undefined) throw errors.branchDoesNotExist(branchName);
  repo.defaultBranch = branchName;
  repo.lastModifiedDate = ctx.now;
  return {};
};
