import { optionalString, requiredString } from '../../core/input';
import { getOwn } from '../../core/records';
import type { Operation } from '../../core/simulation';
import { codecommitErrors as errors } from '../errors';
import { isValidBranchName } from '../names';
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
