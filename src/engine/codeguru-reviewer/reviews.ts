import { postPullRequestComment, readPullRequest, readRevision, type SourceRevision } from '../codecommit/public';
import type { SimEvent } from '../core/events';
import { getOwn, setOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import { SECOND } from '../core/time';
import { analyse, recommendationId } from './analysis';
import { reviewerState, SOURCE } from './model';
import type { CodeReview, Recommendation, RepositoryAssociation, ReviewedSource } from './state';

export const CODE_REVIEW_FINISHED = 'codeguru-reviewer.code-review-finished';

/** Simulated review time: 90 s to clone and set up, then 10 s for every started 100 metered lines of code. */
export const REVIEW_SETUP = 90 * SECOND;
export const REVIEW_PER_100_LINES = 10 * SECOND;
export const reviewDuration = (meteredLines: number) =>
  REVIEW_SETUP + Math.ceil(meteredLines / 100) * REVIEW_PER_100_LINES;

/** Who CodeGuru Reviewer's comments on pull requests are by: its service-linked role. */
export const reviewerPrincipalArn = (accountId: string) =>
  `arn:aws:sts::${accountId}:assumed-role/AWSServiceRoleForAmazonCodeGuruReviewer/CodeGuruReviewer`;

export const STATE_REASON = {
  pending: 'CodeGuru Reviewer is analyzing the source code.',
  completed: 'CodeGuru Reviewer successfully completed the code review.',
  noBranch: (branch: string, repo: string) =>
    `CodeGuru Reviewer could not find the branch ${branch} in repository ${repo}.`,
  disassociated: 'The repository association was removed before the code review finished.',
  noSource: (repo: string) => `CodeGuru Reviewer could not read the reviewed commits of repository ${repo}.`,
};

/** The revisions a review reads: what it reviews and, for a pull request, what it compares with. */
function revisionsOf(ctx: SimContext, review: CodeReview): { head?: SourceRevision; base?: SourceRevision } {
  const { source } = review;
  if (source.kind === 'RepositoryHead') {
    return {
      head: source.Commit === undefined ? undefined : readRevision(ctx.world, review.RepositoryName, source.Commit),
    };
  }
  return {
    head: readRevision(ctx.world, review.RepositoryName, source.SourceCommit),
    base: readRevision(ctx.world, review.RepositoryName, source.comparedWith),
  };
}

function reviewChanged(ctx: SimContext, review: CodeReview): void {
  ctx.emit({
    source: SOURCE,
    detailType: 'CodeGuru Reviewer Code Review State Change',
    resources: [review.CodeReviewArn, review.AssociationArn],
    detail: {
      codeReviewArn: review.CodeReviewArn,
      name: review.Name,
      type: review.Type,
      repositoryName: review.RepositoryName,
      ...(review.PullRequestId !== undefined && { pullRequestId: review.PullRequestId }),
      state: review.State,
      stateReason: review.StateReason,
      ...(review.Metrics && { findingsCount: review.Metrics.FindingsCount }),
    },
  });
}

/** Records a Pending code review and schedules its end; the delay grows with the lines it will analyse. */
export function startCodeReview(
  ctx: SimContext,
  association: RepositoryAssociation,
  fields: {
    Name: string;
    Type: CodeReview['Type'];
    source: ReviewedSource;
    PullRequestId?: string;
    Requester: string;
    ClientRequestToken?: string;
  },
): CodeReview {
  const id = ctx.uuid().replace(/-/g, '').slice(0, 16);
  const review: CodeReview = {
    Name: fields.Name,
    CodeReviewArn: ctx.arn(
      'codeguru-reviewer',
      `association:${association.AssociationId}:code-review:${fields.Type}-${id}`,
    ),
    RepositoryName: association.Name,
    Owner: association.Owner,
    ProviderType: 'CodeCommit',
    State: 'Pending',
    StateReason: STATE_REASON.pending,
    CreatedTimeStamp: ctx.now,
    LastUpdatedTimeStamp: ctx.now,
    Type: fields.Type,
    ...(fields.PullRequestId !== undefined && { PullRequestId: fields.PullRequestId }),
    source: fields.source,
    AssociationArn: association.AssociationArn,
    AnalysisTypes: ['Security', 'CodeQuality'],
    Requester: fields.Requester,
    ...(fields.ClientRequestToken !== undefined && { ClientRequestToken: fields.ClientRequestToken }),
    Recommendations: [],
    Feedback: [],
  };
  setOwn(reviewerState(ctx).codeReviews, review.CodeReviewArn, review);
  const { head, base } = revisionsOf(ctx, review);
  const lines = head ? analyse(head, base).metrics.MeteredLinesOfCodeCount : 0;
  ctx.schedule(reviewDuration(lines), CODE_REVIEW_FINISHED, { CodeReviewArn: review.CodeReviewArn });
  reviewChanged(ctx, review);
  return review;
}

function fail(ctx: SimContext, review: CodeReview, reason: string): void {
  review.State = 'Failed';
  review.StateReason = reason;
  review.LastUpdatedTimeStamp = ctx.now;
  reviewChanged(ctx, review);
}

/** The comment CodeGuru Reviewer posts on the pull request for one recommendation. */
export function commentText(r: Recommendation): string {
  return `${r.Description}\n\nSeverity: ${r.Severity} · Category: ${r.RecommendationCategory} · Rule: ${r.RuleMetadata.RuleName} (${r.RuleMetadata.RuleId})\n\nPosted by Amazon CodeGuru Reviewer. Give feedback on this recommendation in the CodeGuru Reviewer console (Recommendation ID ${r.RecommendationId}).`;
}

/** Pending → Completed with its recommendations (posted on the pull request), or Failed. */
export function codeReviewFinished(ctx: SimContext, payload: { CodeReviewArn: string }): void {
  const review = getOwn(reviewerState(ctx).codeReviews, payload.CodeReviewArn);
  if (!review || review.State !== 'Pending') return;
  const association = Object.values(reviewerState(ctx).associations).find(
    (a) => a.AssociationArn === review.AssociationArn,
  );
  if (!association || association.State !== 'Associated') return fail(ctx, review, STATE_REASON.disassociated);
  const { source } = review;
  const { head, base } = revisionsOf(ctx, review);
  if (!head) {
    return fail(
      ctx,
      review,
      source.kind === 'RepositoryHead'
        ? STATE_REASON.noBranch(source.BranchName, review.RepositoryName)
        : STATE_REASON.noSource(review.RepositoryName),
    );
  }
  const result = analyse(head, base);
  review.Recommendations = result.recommendations.map((r) => ({
    RecommendationId: recommendationId(review.CodeReviewArn, r),
    ...r,
  }));
  review.Metrics = result.metrics;
  review.ConfigFileState = result.configFileState;
  review.State = 'Completed';
  review.StateReason = STATE_REASON.completed;
  review.LastUpdatedTimeStamp = ctx.now;
  reviewChanged(ctx, review);
  if (source.kind !== 'CommitDiff' || review.PullRequestId === undefined) return;
  for (const r of review.Recommendations) {
    postPullRequestComment(ctx, reviewerPrincipalArn(ctx.world.account.accountId), {
      pullRequestId: review.PullRequestId,
      beforeCommitId: source.DestinationCommit,
      afterCommitId: source.SourceCommit,
      filePath: r.FilePath,
      filePosition: r.StartLine,
      content: commentText(r),
    });
  }
}

const REVIEWED_EVENTS = new Set(['pullRequestCreated', 'pullRequestSourceBranchUpdated']);

/**
 * A pull request opened, or its source branch updated, in an associated CodeCommit repository starts an
 * incremental (PullRequest) code review. A later revision is compared with the revision reviewed before, so only
 * its new changes are commented on.
 */
export function onPullRequestEvent(ctx: SimContext, event: SimEvent): void {
  if (event.source !== 'aws.codecommit' || event.detailType !== 'CodeCommit Pull Request State Change') return;
  const { detail } = event;
  if (!REVIEWED_EVENTS.has(String(detail.event))) return;
  const pullRequestId = String(detail.pullRequestId);
  const pr = readPullRequest(ctx.world, pullRequestId);
  if (!pr) return;
  const association = Object.values(reviewerState(ctx).associations).find(
    (a) => a.Name === pr.repositoryName && a.State === 'Associated',
  );
  if (!association) return;
  const previous = Object.values(reviewerState(ctx).codeReviews)
    .filter((r) => r.PullRequestId === pullRequestId && r.RepositoryName === pr.repositoryName)
    .at(-1);
  const reviewedBefore = previous?.source.kind === 'CommitDiff' ? previous.source.SourceCommit : undefined;
  startCodeReview(ctx, association, {
    Name: `${pr.repositoryName}-PR-${pullRequestId}-${pr.sourceCommit.slice(0, 12)}`.slice(0, 100),
    Type: 'PullRequest',
    PullRequestId: pullRequestId,
    Requester: String(detail.callerUserArn ?? detail.author ?? ''),
    source: {
      kind: 'CommitDiff',
      SourceCommit: pr.sourceCommit,
      DestinationCommit: pr.destinationCommit,
      ...(pr.mergeBase !== undefined && { MergeBaseCommit: pr.mergeBase }),
      comparedWith: reviewedBefore ?? pr.mergeBase ?? pr.destinationCommit,
    },
  });
}
