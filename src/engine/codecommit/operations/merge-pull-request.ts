import { AwsError } from '../../core/aws-error';
import { optionalString, requiredString } from '../../core/input';
import { getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import { authorizeCall } from '../authorize';
import { moveBranch } from '../commits';
import { codecommitErrors as errors } from '../errors';
import { writeCommit, writeTreeFromFiles, type CommitObject } from '../git-objects';
import {
  isAncestor,
  mergeCommits,
  type ConflictDetailLevel,
  type ConflictResolutionStrategy,
  type FileConflict,
} from '../merge';
import { evaluate, markMerged, pullRequestWire, requireOpen, requirePullRequest } from '../pull-requests/model';
import { requireRepository } from '../repository';
import { resolveCommit } from '../resolve';
import type { MergeOption, PullRequest, Repository } from '../state';

const mergeErrors = {
  rulesNotSatisfied: (names: string[]) =>
    new AwsError(
      'PullRequestApprovalRulesNotSatisfiedException',
      `The pull request cannot be merged because one or more approval rules applied to the pull request have conditions that have not been met: ${names.join(', ')}.`,
    ),
  manualMergeRequired: (why: string) =>
    new AwsError(
      'ManualMergeRequiredException',
      `The pull request cannot be merged automatically into the destination branch. You must manually merge the branches and resolve any conflicts. ${why}`,
    ),
  tipOfSourceDifferent: () =>
    new AwsError(
      'TipOfSourceReferenceIsDifferentException',
      'The tip of the source branch in the destination repository does not match the tip of the source branch specified in your request. The pull request might have been updated. Make sure that you have the latest changes.',
    ),
  repositoryNotAssociated: () =>
    new AwsError(
      'RepositoryNotAssociatedWithPullRequestException',
      'The repository is not associated with the pull request.',
    ),
  invalidLevel: (v: string) =>
    new AwsError(
      'InvalidConflictDetailLevelException',
      `The conflict detail level '${v}' is not valid. Valid values: FILE_LEVEL, LINE_LEVEL.`,
    ),
  invalidStrategy: (v: string) =>
    new AwsError(
      'InvalidConflictResolutionStrategyException',
      `The conflict resolution strategy '${v}' is not valid. Valid values: NONE, ACCEPT_SOURCE, ACCEPT_DESTINATION, AUTOMERGE.`,
    ),
};

const describeConflicts = (conflicts: FileConflict[]) =>
  `Conflicting files: ${conflicts.map((c) => c.filePath).join(', ')}.`;

function options(input: Record<string, unknown>) {
  const level = optionalString(input, 'conflictDetailLevel') ?? 'FILE_LEVEL';
  if (level !== 'FILE_LEVEL' && level !== 'LINE_LEVEL') throw mergeErrors.invalidLevel(level);
  const strategy = optionalString(input, 'conflictResolutionStrategy') ?? 'NONE';
  if (!['NONE', 'ACCEPT_SOURCE', 'ACCEPT_DESTINATION', 'AUTOMERGE'].includes(strategy))
    throw mergeErrors.invalidStrategy(strategy);
  return { level: level as ConflictDetailLevel, strategy: strategy as ConflictResolutionStrategy };
}

/** Everything every merge checks, in the order the service checks it. */
function prepare(ctx: SimContext, input: Record<string, unknown>, operation: string) {
  const pr = requirePullRequest(ctx, input);
  const repo = requireRepository(ctx, input);
  if (repo.repositoryName !== pr.target.repositoryName) throw mergeErrors.repositoryNotAssociated();
  requireOpen(pr);
  const sourceCommitId = optionalString(input, 'sourceCommitId');
  if (sourceCommitId !== undefined && sourceCommitId !== pr.target.sourceCommit)
    throw mergeErrors.tipOfSourceDifferent();
  const destination = pr.target.destinationReference.replace(/^refs\/heads\//, '');
  authorizeCall(ctx, operation, repo.repositoryName, destination);
  const evaluation = evaluate(ctx, pr);
  if (!evaluation.approved) throw mergeErrors.rulesNotSatisfied(evaluation.approvalRulesNotSatisfied);
  const destinationTip = getOwn(repo.branches, destination);
  if (destinationTip === undefined) throw errors.branchDoesNotExist(destination);
  return { pr, repo, destination, destinationTip };
}

function finish(
  ctx: SimContext,
  pr: PullRequest,
  repo: Repository,
  destination: string,
  commitId: string,
  option: MergeOption,
) {
  // Closed before the branch moves, so moving it does not also count as a fast-forward by push.
  pr.pullRequestStatus = 'CLOSED';
  moveBranch(ctx, repo, destination, commitId);
  markMerged(ctx, pr, commitId, option);
  return { pullRequest: pullRequestWire(ctx, pr) };
}

export const MergePullRequestByFastForward: Operation = (ctx, input) => {
  const { pr, repo, destination, destinationTip } = prepare(ctx, input, 'MergePullRequestByFastForward');
  const source = pr.target.sourceCommit;
  if (!isAncestor(repo, destinationTip, source)) {
    throw mergeErrors.manualMergeRequired(
      `The destination branch has commits that are not in the source branch, so it cannot be fast-forwarded.`,
    );
  }
  return finish(ctx, pr, repo, destination, source, 'FAST_FORWARD_MERGE');
};

function mergeCommit(
  ctx: SimContext,
  input: Record<string, unknown>,
  operation: string,
  option: 'SQUASH_MERGE' | 'THREE_WAY_MERGE',
) {
  const { level, strategy } = options(input);
  const { pr, repo, destination, destinationTip } = prepare(ctx, input, operation);
  const source = pr.target.sourceCommit;
  const merged = mergeCommits(repo, source, destinationTip, level, strategy);
  if (merged.conflicts.length > 0) throw mergeErrors.manualMergeRequired(describeConflicts(merged.conflicts));
  const sourceMessages = collectMessages(repo, source, merged.baseCommitId);
  const author = {
    name: optionalString(input, 'authorName') ?? ctx.caller.name,
    email: optionalString(input, 'email') ?? `${ctx.caller.name.replace(/\//g, '.')}@example.com`,
    epochSeconds: epochSecondsAt(ctx.world.startEpochMs, ctx.now),
  };
  const message =
    optionalString(input, 'commitMessage') ??
    (option === 'SQUASH_MERGE' ? sourceMessages.join('\n') : `Merge pull request #${pr.pullRequestId}: ${pr.title}`);
  const commitId = writeCommit(repo.objects, {
    tree: writeTreeFromFiles(repo.objects, merged.files),
    parents: option === 'SQUASH_MERGE' ? [destinationTip] : [destinationTip, source],
    author,
    committer: author,
    message,
  });
  return finish(ctx, pr, repo, destination, commitId, option);
}

/** Messages of the source commits not yet in the destination, oldest first (the squash message). */
function collectMessages(repo: Repository, tip: string, base: string | undefined): string[] {
  const messages: string[] = [];
  for (let id: string | undefined = tip; id !== undefined && id !== base;) {
    const commit: CommitObject | undefined = getOwn(repo.objects.commits, id);
    if (!commit) break;
    messages.unshift(commit.message.trim());
    id = commit.parents[0];
  }
  return messages;
}

export const MergePullRequestBySquash: Operation = (ctx, input) =>
  mergeCommit(ctx, input, 'MergePullRequestBySquash', 'SQUASH_MERGE');
export const MergePullRequestByThreeWay: Operation = (ctx, input) =>
  mergeCommit(ctx, input, 'MergePullRequestByThreeWay', 'THREE_WAY_MERGE');

/** What a merge of two commits would do, file by file, before anyone tries it. */
export const GetMergeConflicts: Operation = (ctx, input) => {
  const repo = requireRepository(ctx, input);
  const required = () => new AwsError('CommitRequiredException', 'A commit was not specified.');
  const destination = resolveCommit(repo, requiredString(input, 'destinationCommitSpecifier', required));
  const source = resolveCommit(repo, requiredString(input, 'sourceCommitSpecifier', required));
  const mergeOption = requiredString(
    input,
    'mergeOption',
    () => new AwsError('MergeOptionRequiredException', 'A merge option or stategy is required, but none was provided.'),
  );
  if (!['FAST_FORWARD_MERGE', 'SQUASH_MERGE', 'THREE_WAY_MERGE'].includes(mergeOption)) {
    throw new AwsError(
      'InvalidMergeOptionException',
      `The merge option '${mergeOption}' is not valid. Valid values: FAST_FORWARD_MERGE, SQUASH_MERGE, THREE_WAY_MERGE.`,
    );
  }
  const { level, strategy } = options(input);
  const merged = mergeCommits(repo, source.id, destination.id, level, strategy);
  const mergeable =
    mergeOption === 'FAST_FORWARD_MERGE' ? isAncestor(repo, destination.id, source.id) : merged.conflicts.length === 0;
  return {
    mergeable,
    destinationCommitId: destination.id,
    sourceCommitId: source.id,
    ...(merged.baseCommitId !== undefined && { baseCommitId: merged.baseCommitId }),
    conflictMetadataList: merged.conflicts.map((c) => ({
      filePath: c.filePath,
      numberOfConflicts: c.numberOfConflicts,
      isBinaryFile: { source: false, destination: false, base: false },
      contentConflict: true,
      fileModeConflict: false,
      objectTypeConflict: false,
      mergeOperations: c.mergeOperations,
    })),
  };
};
