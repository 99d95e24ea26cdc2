import { SIMULATOR_SOURCE } from '../core/events';
import type { SimContext } from '../core/simulation';
import { isoAt } from '../core/time';
import type { ObjectId } from './git-objects';
import { mergeBase } from './merge';
import { markMerged, pullRequestChanged } from './pull-requests/model';
import type { PullRequest, Repository } from './state';

export type ReferenceChange = 'referenceCreated' | 'referenceUpdated' | 'referenceDeleted';

const TRIGGER_EVENT: Record<ReferenceChange, string> = {
  referenceCreated: 'createReference',
  referenceUpdated: 'updateReference',
  referenceDeleted: 'deleteReference',
};

/**
 * What a branch moving does beyond the branch itself: open pull requests follow their source
 * and destination branches (a new source revision resets approvals; a destination fast-forwarded
 * to the source tip merges the pull request), and repository triggers fire.
 */
export function referenceChanged(
  ctx: SimContext,
  repo: Repository,
  branch: string,
  change: ReferenceChange,
  commits: { commitId?: ObjectId; oldCommitId?: ObjectId },
): void {
  const ref = `refs/heads/${branch}`;
  const open = Object.values(ctx.world.account.codecommit.pullRequests).filter(
    (pr) => pr.pullRequestStatus === 'OPEN' && pr.target.repositoryName === repo.repositoryName,
  );
  if (commits.commitId !== undefined) {
    for (const pr of open.filter((p) => p.target.sourceReference === ref)) sourceMoved(ctx, repo, pr, commits.commitId);
    for (const pr of open.filter((p) => p.target.destinationReference === ref))
      destinationMoved(ctx, repo, pr, commits.commitId);
  }
  fireTriggers(ctx, repo, branch, change, commits.commitId ?? commits.oldCommitId);
}

function sourceMoved(ctx: SimContext, repo: Repository, pr: PullRequest, commitId: ObjectId): void {
  const before = pr.target.sourceCommit;
  pr.target.sourceCommit = commitId;
  pr.target.mergeBase = mergeBase(repo, commitId, pr.target.destinationCommit);
  pr.revisionId = ctx.uuid().replace(/-/g, '') + ctx.uuid().replace(/-/g, '');
  pullRequestChanged(ctx, pr, 'pullRequestSourceBranchUpdated', 'PULL_REQUEST_SOURCE_REFERENCE_UPDATED', {
    metadata: {
      pullRequestSourceReferenceUpdatedEventMetadata: {
        repositoryName: repo.repositoryName,
        beforeCommitId: before,
        afterCommitId: commitId,
        mergeBase: pr.target.mergeBase,
      },
    },
  });
}

function destinationMoved(ctx: SimContext, repo: Repository, pr: PullRequest, commitId: ObjectId): void {
  pr.target.destinationCommit = commitId;
  pr.target.mergeBase = mergeBase(repo, pr.target.sourceCommit, commitId);
  if (commitId !== pr.target.sourceCommit) return;
  // A push that fast-forwards the destination to the source tip merges the pull request.
  markMerged(ctx, pr, commitId, 'FAST_FORWARD_MERGE');
}

/**
 * Repository triggers notify SNS topics and Lambda functions, not EventBridge; the simulator shows
 * each delivery as a `Repository Trigger Invoked` event carrying the payload the target receives.
 */
function fireTriggers(
  ctx: SimContext,
  repo: Repository,
  branch: string,
  change: ReferenceChange,
  commit: ObjectId | undefined,
): void {
  const { region } = ctx.world.account;
  repo.triggers.forEach((trigger) => {
    const wanted = trigger.events.includes('all') || trigger.events.includes(TRIGGER_EVENT[change] as never);
    if (!wanted || (trigger.branches.length > 0 && !trigger.branches.includes(branch))) return;
    ctx.emit({
      source: SIMULATOR_SOURCE,
      detailType: 'Repository Trigger Invoked',
      resources: [ctx.arn('codecommit', repo.repositoryName), trigger.destinationArn],
      detail: {
        triggerName: trigger.name,
        destinationArn: trigger.destinationArn,
        payload: {
          Records: [
            {
              awsRegion: region,
              codecommit: {
                references: [
                  {
                    commit,
                    ref: `refs/heads/${branch}`,
                    ...(change === 'referenceCreated' && { created: true }),
                    ...(change === 'referenceDeleted' && { deleted: true }),
                  },
                ],
              },
              ...(trigger.customData !== undefined && { customData: trigger.customData }),
              eventId: ctx.uuid(),
              eventName: 'ReferenceChanges',
              eventPartNumber: 1,
              eventSource: 'aws:codecommit',
              eventSourceARN: ctx.arn('codecommit', repo.repositoryName),
              eventTime: isoAt(ctx.world.startEpochMs, ctx.now).replace('Z', '+0000'),
              eventTotalParts: 1,
              eventTriggerConfigId: repo.triggersConfigurationId,
              eventTriggerName: trigger.name,
              eventVersion: '1.0',
              userIdentityARN: ctx.caller.arn,
            },
          ],
        },
      },
    });
  });
}
