import { optionalString, requiredString } from '../core/input';
import { getOwn } from '../core/records';
import { codecommitErrors as errors } from './errors';
import type { ObjectId } from './git-objects';
import { isValidBranchName } from './names';
import type { Repository } from './state';

/**
 * The parent a new commit on `branchName` builds on, checked the way CodeCommit checks it: on a
 * branch that exists, `parentCommitId` must be its tip (else someone committed first); a new
 * branch starts from the given parent; only an empty repository may commit without one.
 */
export function commitParent(
  repo: Repository,
  input: Record<string, unknown>,
): { branchName: string; parent: ObjectId | undefined } {
  const branchName = requiredString(input, 'branchName', errors.branchNameRequired);
  if (!isValidBranchName(branchName)) throw errors.invalidBranchName(branchName);
  const tip = getOwn(repo.branches, branchName);
  const parentCommitId = optionalString(input, 'parentCommitId');
  const repositoryIsEmpty = Object.keys(repo.branches).length === 0;
  if (parentCommitId === undefined && !repositoryIsEmpty) throw errors.parentCommitIdRequired(branchName);
  if (tip !== undefined && parentCommitId !== tip) throw errors.parentCommitIdOutdated(parentCommitId ?? '', tip);
  if (parentCommitId !== undefined && !getOwn(repo.objects.commits, parentCommitId)) {
    throw errors.parentCommitDoesNotExist(parentCommitId);
  }
  return { branchName, parent: parentCommitId };
}
