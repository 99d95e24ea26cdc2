import { readRevision } from '../../codecommit/public';
import type { Operation } from '../../core/simulation';
import { reviewerErrors as errors } from '../errors';
import {
  codeReviewSummaryWire,
  codeReviewWire,
  listFilter,
  page,
  requireAssociation,
  requireCodeReview,
  reviewerState,
} from '../model';
import { startCodeReview } from '../reviews';

const NAME = /^[a-zA-Z0-9-_]*$/;
const TYPES = ['PullRequest', 'RepositoryAnalysis'] as const;

/** CreateCodeReview: a full repository analysis of the head of one branch (the only type the API creates). */
export const CreateCodeReview: Operation = (ctx, input) => {
  const name = input.Name;
  if (typeof name !== 'string' || name.length < 1 || name.length > 100 || !NAME.test(name))
    throw errors.constraint(
      name,
      'name',
      'Member must have length between 1 and 100 and satisfy regular expression pattern: [a-zA-Z0-9-_]*',
    );
  const arn = input.RepositoryAssociationArn;
  if (typeof arn !== 'string' || arn === '')
    throw errors.constraint(arn, 'repositoryAssociationArn', 'Member must not be null');
  const type = input.Type as Record<string, unknown> | undefined;
  const analysis = type?.RepositoryAnalysis as Record<string, unknown> | undefined;
  if (!analysis) throw errors.constraint(undefined, 'type.repositoryAnalysis', 'Member must not be null');
  const head = analysis.RepositoryHead as Record<string, unknown> | undefined;
  const branch = head?.BranchName;
  if (typeof branch !== 'string' || branch.length < 1 || branch.length > 256)
    throw errors.constraint(
      branch,
      'type.repositoryAnalysis.repositoryHead.branchName',
      'Member must have length between 1 and 256',
    );
  const association = requireAssociation(ctx, arn);
  if (association.State !== 'Associated') throw errors.notAssociated(arn, association.State);
  const token = typeof input.ClientRequestToken === 'string' ? input.ClientRequestToken : undefined;
  const same = Object.values(reviewerState(ctx).codeReviews).find(
    (r) => r.AssociationArn === arn && r.Type === 'RepositoryAnalysis' && r.Name === name,
  );
  if (same) {
    if (token !== undefined && same.ClientRequestToken === token) return { CodeReview: codeReviewWire(ctx, same) };
    throw errors.codeReviewExists(name);
  }
  const commit = readRevision(ctx.world, association.Name, branch)?.commitId;
  const review = startCodeReview(ctx, association, {
    Name: name,
    Type: 'RepositoryAnalysis',
    source: { kind: 'RepositoryHead', BranchName: branch, ...(commit !== undefined && { Commit: commit }) },
    Requester: ctx.caller.arn,
    ...(token !== undefined && { ClientRequestToken: token }),
  });
  return { CodeReview: codeReviewWire(ctx, review) };
};

const requiredReviewArn = (input: Record<string, unknown>) => {
  const arn = input.CodeReviewArn;
  if (typeof arn !== 'string' || arn === '') throw errors.constraint(arn, 'codeReviewArn', 'Member must not be null');
  return arn;
};

export const DescribeCodeReview: Operation = (ctx, input) => ({
  CodeReview: codeReviewWire(ctx, requireCodeReview(ctx, requiredReviewArn(input))),
});

export const ListCodeReviews: Operation = (ctx, input) => {
  const type = input.Type;
  if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type))
    throw errors.constraint(type, 'type', `Member must satisfy enum value set: [${TYPES.join(', ')}]`);
  const providers = listFilter(input, 'ProviderTypes', 'providerTypes', [
    'CodeCommit',
    'GitHub',
    'Bitbucket',
    'GitHubEnterpriseServer',
    'S3Bucket',
  ]);
  const states = listFilter(input, 'States', 'states', ['Completed', 'Pending', 'Failed', 'Deleting']);
  const repositories = listFilter(input, 'RepositoryNames', 'repositoryNames');
  // Newest first, as the console and the API list them.
  const matching = Object.values(reviewerState(ctx).codeReviews)
    .filter(
      (r) =>
        r.Type === type &&
        (!providers || providers(r.ProviderType)) &&
        (!states || states(r.State)) &&
        (!repositories || repositories(r.RepositoryName)),
    )
    .reverse();
  const { items, NextToken } = page(matching, input, 100);
  return {
    CodeReviewSummaries: items.map((r) => codeReviewSummaryWire(ctx, r)),
    ...(NextToken !== undefined && { NextToken }),
  };
};

export const ListRecommendations: Operation = (ctx, input) => {
  const review = requireCodeReview(ctx, requiredReviewArn(input));
  const { items, NextToken } = page(review.Recommendations, input, 300);
  return {
    RecommendationSummaries: items.map((r) => ({
      FilePath: r.FilePath,
      RecommendationId: r.RecommendationId,
      StartLine: r.StartLine,
      EndLine: r.EndLine,
      Description: r.Description,
      RecommendationCategory: r.RecommendationCategory,
      RuleMetadata: r.RuleMetadata,
      Severity: r.Severity,
    })),
    ...(NextToken !== undefined && { NextToken }),
  };
};
