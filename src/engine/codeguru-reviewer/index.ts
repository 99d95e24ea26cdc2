import type { ServiceModule, TimerHandler } from '../core/simulation';
import {
  ASSOCIATION_SETTLED,
  AssociateRepository,
  associationSettled,
  DescribeRepositoryAssociation,
  DisassociateRepository,
  ListRepositoryAssociations,
} from './operations/associations';
import { CreateCodeReview, DescribeCodeReview, ListCodeReviews, ListRecommendations } from './operations/code-reviews';
import {
  DescribeRecommendationFeedback,
  ListRecommendationFeedback,
  PutRecommendationFeedback,
} from './operations/feedback';
import { CODE_REVIEW_FINISHED, codeReviewFinished, onPullRequestEvent } from './reviews';

/**
 * CodeGuru Reviewer: repository associations with CodeCommit, code reviews (a pull request's diff, or a branch on
 * demand) run by the fixed detector set of detectors/, recommendations posted on pull requests, and feedback.
 */
export const codeguruReviewer: ServiceModule = {
  service: 'codeguru-reviewer',
  operations: {
    AssociateRepository,
    DescribeRepositoryAssociation,
    ListRepositoryAssociations,
    DisassociateRepository,
    CreateCodeReview,
    DescribeCodeReview,
    ListCodeReviews,
    ListRecommendations,
    PutRecommendationFeedback,
    DescribeRecommendationFeedback,
    ListRecommendationFeedback,
  },
  timers: {
    [ASSOCIATION_SETTLED]: associationSettled as TimerHandler,
    [CODE_REVIEW_FINISHED]: codeReviewFinished as TimerHandler,
  },
  onEvent: onPullRequestEvent,
};
