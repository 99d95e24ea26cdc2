import { getOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import { epochSecondsAt } from '../core/time';
import { reviewerErrors as errors } from './errors';
import type { CodeGuruReviewerState, CodeReview, RepositoryAssociation } from './state';

export const SOURCE = 'aws.codeguru-reviewer';

export const reviewerState = (ctx: SimContext): CodeGuruReviewerState => ctx.world.account.codeguruReviewer;

const seconds = (ctx: SimContext, t: number) => epochSecondsAt(ctx.world.startEpochMs, t);

/** `arn:aws:codeguru-reviewer:<region>:<account>:association:<id>` → the association, or NotFoundException. */
export function requireAssociation(ctx: SimContext, arn: string): RepositoryAssociation {
  const id = /^arn:aws[^:]*:codeguru-reviewer:[^:]*:\d{12}:association:([\w-]+)$/.exec(arn)?.[1];
  const association = id === undefined ? undefined : getOwn(reviewerState(ctx).associations, id);
  if (!association || association.AssociationArn !== arn) throw errors.associationNotFound(arn);
  return association;
}

export function requireCodeReview(ctx: SimContext, arn: string): CodeReview {
  const review = getOwn(reviewerState(ctx).codeReviews, arn);
  if (!review) throw errors.codeReviewNotFound(arn);
  return review;
}

export function associationWire(ctx: SimContext, a: RepositoryAssociation) {
  return {
    AssociationId: a.AssociationId,
    AssociationArn: a.AssociationArn,
    Name: a.Name,
    Owner: a.Owner,
    ProviderType: a.ProviderType,
    State: a.State,
    StateReason: a.StateReason,
    LastUpdatedTimeStamp: seconds(ctx, a.LastUpdatedTimeStamp),
    CreatedTimeStamp: seconds(ctx, a.CreatedTimeStamp),
    KMSKeyDetails: { EncryptionOption: 'AWS_OWNED_CMK' },
  };
}

export function associationSummaryWire(ctx: SimContext, a: RepositoryAssociation) {
  return {
    AssociationArn: a.AssociationArn,
    LastUpdatedTimeStamp: seconds(ctx, a.LastUpdatedTimeStamp),
    AssociationId: a.AssociationId,
    Name: a.Name,
    Owner: a.Owner,
    ProviderType: a.ProviderType,
    State: a.State,
  };
}

function sourceCodeTypeWire(r: CodeReview) {
  const { source } = r;
  const requestMetadata = {
    RequestId: r.CodeReviewArn.split(':').pop(),
    Requester: r.Requester,
    EventInfo:
      r.Type === 'PullRequest' ? { Name: 'pull_request', State: 'opened' } : { Name: 'on_demand', State: 'requested' },
    VendorName: 'CodeCommit',
  };
  if (source.kind === 'CommitDiff') {
    const { SourceCommit, DestinationCommit, MergeBaseCommit } = source;
    return {
      CommitDiff: { SourceCommit, DestinationCommit, ...(MergeBaseCommit !== undefined && { MergeBaseCommit }) },
      RequestMetadata: requestMetadata,
    };
  }
  return { RepositoryHead: { BranchName: source.BranchName }, RequestMetadata: requestMetadata };
}

export function codeReviewWire(ctx: SimContext, r: CodeReview) {
  return {
    Name: r.Name,
    CodeReviewArn: r.CodeReviewArn,
    RepositoryName: r.RepositoryName,
    Owner: r.Owner,
    ProviderType: r.ProviderType,
    State: r.State,
    StateReason: r.StateReason,
    CreatedTimeStamp: seconds(ctx, r.CreatedTimeStamp),
    LastUpdatedTimeStamp: seconds(ctx, r.LastUpdatedTimeStamp),
    Type: r.Type,
    ...(r.PullRequestId !== undefined && { PullRequestId: r.PullRequestId }),
    SourceCodeType: sourceCodeTypeWire(r),
    AssociationArn: r.AssociationArn,
    ...(r.Metrics && { Metrics: r.Metrics }),
    AnalysisTypes: r.AnalysisTypes,
    ...(r.ConfigFileState !== undefined && { ConfigFileState: r.ConfigFileState }),
  };
}

export function codeReviewSummaryWire(ctx: SimContext, r: CodeReview) {
  return {
    Name: r.Name,
    CodeReviewArn: r.CodeReviewArn,
    RepositoryName: r.RepositoryName,
    Owner: r.Owner,
    ProviderType: r.ProviderType,
    State: r.State,
    CreatedTimeStamp: seconds(ctx, r.CreatedTimeStamp),
    LastUpdatedTimeStamp: seconds(ctx, r.LastUpdatedTimeStamp),
    Type: r.Type,
    ...(r.PullRequestId !== undefined && { PullRequestId: r.PullRequestId }),
    ...(r.Metrics && { MetricsSummary: r.Metrics }),
    SourceCodeType: sourceCodeTypeWire(r),
  };
}

/** One page of `items` from `NextToken` (an offset this service handed out), `MaxResults` in [1, max]. */
export function page<T>(
  items: readonly T[],
  input: Record<string, unknown>,
  max: number,
): { items: T[]; NextToken?: string } {
  const maxResults = input.MaxResults ?? max;
  if (typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 1 || maxResults > max)
    throw errors.constraint(maxResults, 'maxResults', `Member must have value between 1 and ${max}`);
  const token = input.NextToken;
  let start = 0;
  if (token !== undefined && token !== null) {
    if (typeof token !== 'string' || !/^\d+$/.test(token) || Number(token) > items.length)
      throw errors.invalidNextToken(String(token));
    start = Number(token);
  }
  const end = start + maxResults;
  return { items: items.slice(start, end), ...(end < items.length && { NextToken: String(end) }) };
}

/** A list filter from the query string: absent means everything; a value outside `allowed` is refused. */
export function listFilter(
  input: Record<string, unknown>,
  member: string,
  at: string,
  allowed?: readonly string[],
): ((value: string) => boolean) | undefined {
  const raw = input[member];
  if (raw === undefined || raw === null) return undefined;
  const values = Array.isArray(raw) ? raw : [raw];
  for (const v of values) {
    if (typeof v !== 'string' || (allowed && !allowed.includes(v)))
      throw errors.constraint(v, at, `Member must satisfy enum value set: [${(allowed ?? []).join(', ')}]`);
  }
  return (value) => values.includes(value);
}
