/** Query keys for CodeGuru Reviewer data; events of `aws.codeguru-reviewer` invalidate everything under `all`. */
export const codeguruReviewerKeys = {
  all: ['codeguru-reviewer'] as const,
  associations: () => [...codeguruReviewerKeys.all, 'associations'] as const,
  association: (arn: string) => [...codeguruReviewerKeys.all, 'association', arn] as const,
  codeReviews: (type: string) => [...codeguruReviewerKeys.all, 'code-reviews', type] as const,
  codeReview: (arn: string) => [...codeguruReviewerKeys.all, 'code-review', arn] as const,
  recommendations: (arn: string) => [...codeguruReviewerKeys.all, 'recommendations', arn] as const,
  feedback: (arn: string) => [...codeguruReviewerKeys.all, 'feedback', arn] as const,
};
