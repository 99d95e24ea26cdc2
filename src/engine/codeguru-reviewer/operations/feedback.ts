import type { Operation, SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import { reviewerErrors as errors } from '../errors';
import { listFilter, page, requireCodeReview } from '../model';
import type { CodeReview, Reaction, RecommendationFeedback } from '../state';

const REACTIONS: readonly Reaction[] = ['ThumbsUp', 'ThumbsDown'];

function reviewOf(ctx: SimContext, input: Record<string, unknown>): CodeReview {
  const arn = input.CodeReviewArn;
  if (typeof arn !== 'string' || arn === '') throw errors.constraint(arn, 'codeReviewArn', 'Member must not be null');
  return requireCodeReview(ctx, arn);
}

function recommendationIdOf(input: Record<string, unknown>): string {
  const id = input.RecommendationId;
  if (typeof id !== 'string' || id.length < 1 || id.length > 64)
    throw errors.constraint(id, 'recommendationId', 'Member must have length between 1 and 64');
  return id;
}

const feedbackWire = (ctx: SimContext, review: CodeReview, f: RecommendationFeedback) => ({
  CodeReviewArn: review.CodeReviewArn,
  RecommendationId: f.RecommendationId,
  Reactions: f.Reactions,
  UserId: f.UserId,
  CreatedTimeStamp: epochSecondsAt(ctx.world.startEpochMs, f.CreatedTimeStamp),
  LastUpdatedTimeStamp: epochSecondsAt(ctx.world.startEpochMs, f.LastUpdatedTimeStamp),
});

/** Stores the caller's reaction to one recommendation; an empty list clears it. One reaction per user. */
export const PutRecommendationFeedback: Operation = (ctx, input) => {
  const review = reviewOf(ctx, input);
  const id = recommendationIdOf(input);
  const reactions = input.Reactions;
  if (!Array.isArray(reactions) || reactions.length > 1)
    throw errors.constraint(reactions, 'reactions', 'Member must have length less than or equal to 1');
  for (const r of reactions) {
    if (!REACTIONS.includes(r as Reaction))
      throw errors.constraint(r, 'reactions', `Member must satisfy enum value set: [${REACTIONS.join(', ')}]`);
  }
  if (!review.Recommendations.some((r) => r.RecommendationId === id))
    throw errors.recommendationNotFound(id, review.CodeReviewArn);
  const user = ctx.caller.arn;
  const existing = review.Feedback.find((f) => f.RecommendationId === id && f.UserId === user);
  if (existing) {
    existing.Reactions = reactions as Reaction[];
    existing.LastUpdatedTimeStamp = ctx.now;
  } else {
    review.Feedback.push({
      RecommendationId: id,
      UserId: user,
      Reactions: reactions as Reaction[],
      CreatedTimeStamp: ctx.now,
      LastUpdatedTimeStamp: ctx.now,
    });
  }
  return {};
};

export const DescribeRecommendationFeedback: Operation = (ctx, input) => {
  const review = reviewOf(ctx, input);
  const id = recommendationIdOf(input);
  const user = typeof input.UserId === 'string' && input.UserId !== '' ? input.UserId : ctx.caller.arn;
  const feedback = review.Feedback.find((f) => f.RecommendationId === id && f.UserId === user);
  if (!feedback) throw errors.feedbackNotFound(id, user);
  return { RecommendationFeedback: feedbackWire(ctx, review, feedback) };
};

export const ListRecommendationFeedback: Operation = (ctx, input) => {
  const review = reviewOf(ctx, input);
  const users = listFilter(input, 'UserIds', 'userIds');
  const ids = listFilter(input, 'RecommendationIds', 'recommendationIds');
  const matching = review.Feedback.filter((f) => (!users || users(f.UserId)) && (!ids || ids(f.RecommendationId)));
  const { items, NextToken } = page(matching, input, 100);
  return {
    RecommendationFeedbackSummaries: items.map((f) => ({
      RecommendationId: f.RecommendationId,
      Reactions: f.Reactions,
      UserId: f.UserId,
    })),
    ...(NextToken !== undefined && { NextToken }),
  };
};
