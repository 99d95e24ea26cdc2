import { AwsError } from '../../core/aws-error';
import { requiredString } from '../../core/input';
import { getOwn } from '../../core/records';
import type { SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import type { Principal } from '../../iam/state';
import { repositoryArn } from '../repository';
import type { MergeOption, PullRequest } from '../state';
import { inPool, parseRuleContent } from './approval-rule-content';

export const prErrors = {
  idRequired: () =>
    new AwsError('PullRequestIdRequiredException', 'A pull request ID is required, but none was provided.'),
  invalidId: (id: string) =>
    new AwsError(
      'InvalidPullRequestIdException',
      `The pull request ID '${id}' is not valid: pull request IDs are numbers.`,
    ),
  doesNotExist: (id: string) => new AwsError('PullRequestDoesNotExistException', `Pull request ${id} does not exist.`),
  alreadyClosed: (id: string) =>
    new AwsError('PullRequestAlreadyClosedException', `Pull request ${id} is already closed.`),
  revisionRequired: () =>
    new AwsError('RevisionIdRequiredException', 'A revision ID is required, but was not provided.'),
  revisionNotCurrent: (id: string) =>
    new AwsError(
      'RevisionNotCurrentException',
      `Revision ${id} is not the current revision of the pull request: its source branch changed since. Refresh and try again.`,
    ),
};

/** Reads `pullRequestId` and returns that pull request, or the service's error. */
export function requirePullRequest(ctx: SimContext, input: Record<string, unknown>): PullRequest {
  const id = requiredString(input, 'pullRequestId', prErrors.idRequired);
  if (!/^[1-9]\d*$/.test(id)) throw prErrors.invalidId(id);
  const pr = getOwn(ctx.world.account.codecommit.pullRequests, id);
  if (!pr) throw prErrors.doesNotExist(id);
  return pr;
}

export function requireCurrentRevision(pr: PullRequest, input: Record<string, unknown>): void {
  const revisionId = requiredString(input, 'revisionId', prErrors.revisionRequired);
  if (revisionId !== pr.revisionId) throw prErrors.revisionNotCurrent(revisionId);
}

export function requireOpen(pr: PullRequest): void {
  if (pr.pullRequestStatus !== 'OPEN') throw prErrors.alreadyClosed(pr.pullRequestId);
}

/** `arn:aws:iam::1:user/ana` → `ana`; `arn:aws:sts::1:assumed-role/Role/session` → `Role/session`. */
export function principalOfArn(arn: string): Principal {
  const name = arn.replace(/^arn:aws:(iam|sts)::\d{12}:(user|assumed-role)\//, '');
  return { arn, name, policies: [] };
}

export interface Evaluation {
  approved: boolean;
  overridden: boolean;
  approvalRulesSatisfied: string[];
  approvalRulesNotSatisfied: string[];
}

/** Which rules the current revision's approvals satisfy (EvaluatePullRequestApprovalRules). */
export function evaluate(ctx: SimContext, pr: PullRequest): Evaluation {
  const approvers = Object.entries(pr.approvals)
    .filter(([, revision]) => revision === pr.revisionId)
    .map(([arn]) => principalOfArn(arn));
  const satisfied: string[] = [];
  const notSatisfied: string[] = [];
  for (const rule of pr.approvalRules) {
    const content = parseRuleContent(rule.approvalRuleContent);
    if (typeof content === 'string') continue;
    const pool = content.approvalPoolMembers;
    const count = approvers.filter(
      (a) => pool.length === 0 || pool.some((m) => inPool(m, a, ctx.world.account.accountId)),
    ).length;
    (count >= content.numberOfApprovalsNeeded ? satisfied : notSatisfied).push(rule.approvalRuleName);
  }
  const overridden = pr.override?.revisionId === pr.revisionId;
  return {
    approved: overridden || notSatisfied.length === 0,
    overridden,
    approvalRulesSatisfied: satisfied,
    approvalRulesNotSatisfied: notSatisfied,
  };
}

const seconds = (ctx: SimContext, t: number) => epochSecondsAt(ctx.world.startEpochMs, t);

/** The `PullRequest` structure the API returns. */
export function pullRequestWire(ctx: SimContext, pr: PullRequest) {
  const t = pr.target;
  return {
    pullRequestId: pr.pullRequestId,
    title: pr.title,
    ...(pr.description !== undefined && { description: pr.description }),
    lastActivityDate: seconds(ctx, pr.lastActivityDate),
    creationDate: seconds(ctx, pr.creationDate),
    pullRequestStatus: pr.pullRequestStatus,
    authorArn: pr.authorArn,
    pullRequestTargets: [
      {
        repositoryName: t.repositoryName,
        sourceReference: t.sourceReference,
        destinationReference: t.destinationReference,
        destinationCommit: t.destinationCommit,
        sourceCommit: t.sourceCommit,
        ...(t.mergeBase !== undefined && { mergeBase: t.mergeBase }),
        mergeMetadata: t.mergeMetadata,
      },
    ],
    ...(pr.clientRequestToken !== undefined && { clientRequestToken: pr.clientRequestToken }),
    revisionId: pr.revisionId,
    approvalRules: pr.approvalRules.map((r) => ({
      ...r,
      creationDate: seconds(ctx, r.creationDate),
      lastModifiedDate: seconds(ctx, r.lastModifiedDate),
    })),
  };
}

/** Java's Date#toString, which CodeCommit's event details use: `Mon Jan 05 09:03:00 UTC 2026`. */
function javaDate(ctx: SimContext, t: number): string {
  const d = new Date(ctx.world.startEpochMs + t);
  const [weekday, month, day, year, time] = d.toUTCString().replace(',', '').split(' ').filter(Boolean);
  return `${weekday} ${month} ${day} ${time} UTC ${year}`;
}

export type PullRequestEventName =
  | 'pullRequestCreated'
  | 'pullRequestSourceBranchUpdated'
  | 'pullRequestStatusChanged'
  | 'pullRequestMergeStatusUpdated'
  | 'pullRequestApprovalRuleCreated'
  | 'pullRequestApprovalRuleOverridden'
  | 'pullRequestApprovalStateChanged';

/**
 * Records the activity on the pull request and emits its `CodeCommit Pull Request State Change`
 * event, with the detail fields of aws-facts §4.4.
 */
export function pullRequestChanged(
  ctx: SimContext,
  pr: PullRequest,
  event: PullRequestEventName,
  activityType: string,
  extras: { detail?: Record<string, unknown>; metadata?: Record<string, unknown>; actor?: string } = {},
): void {
  const actor = extras.actor ?? ctx.caller.arn;
  pr.lastActivityDate = ctx.now;
  pr.activity.push({
    eventDate: ctx.now,
    pullRequestEventType: activityType,
    actorArn: actor,
    metadata: extras.metadata ?? {},
  });
  const t = pr.target;
  const { region } = ctx.world.account;
  ctx.emit({
    source: 'aws.codecommit',
    detailType: 'CodeCommit Pull Request State Change',
    resources: [repositoryArn(ctx, t.repositoryName)],
    detail: {
      event,
      author: pr.authorArn,
      callerUserArn: actor,
      creationDate: javaDate(ctx, pr.creationDate),
      lastModifiedDate: javaDate(ctx, ctx.now),
      ...(pr.description !== undefined && { description: pr.description }),
      title: pr.title,
      destinationCommit: t.destinationCommit,
      destinationReference: t.destinationReference,
      sourceCommit: t.sourceCommit,
      sourceReference: t.sourceReference,
      isMerged: t.mergeMetadata.isMerged ? 'True' : 'False',
      pullRequestId: pr.pullRequestId,
      pullRequestStatus: pr.pullRequestStatus === 'OPEN' ? 'Open' : 'Closed',
      repositoryNames: [t.repositoryName],
      revisionId: pr.revisionId,
      ...extras.detail,
      notificationBody: `A pull request event occurred in the following AWS CodeCommit repository: ${t.repositoryName}. User: ${actor}. Event: ${activityType}. Pull request name: ${pr.pullRequestId}. The title of the pull request is: ${pr.title}. For more information, go to the AWS CodeCommit console https://${region}.console.aws.amazon.com/codesuite/codecommit/repositories/${t.repositoryName}/pull-requests/${pr.pullRequestId}?region=${region}.`,
    },
  });
}

/** Closes a pull request as merged and says so, as the service does after any merge. */
export function markMerged(
  ctx: SimContext,
  pr: PullRequest,
  mergeCommitId: string,
  option: MergeOption,
  actor = ctx.caller.arn,
): void {
  pr.pullRequestStatus = 'CLOSED';
  pr.target.mergeMetadata = { isMerged: true, mergedBy: actor, mergeCommitId, mergeOption: option };
  pullRequestChanged(ctx, pr, 'pullRequestMergeStatusUpdated', 'PULL_REQUEST_MERGE_STATE_CHANGED', {
    actor,
    detail: { mergeOption: option },
    metadata: {
      pullRequestMergedStateChangedEventMetadata: {
        repositoryName: pr.target.repositoryName,
        destinationReference: pr.target.destinationReference,
        mergeMetadata: pr.target.mergeMetadata,
      },
    },
  });
}
