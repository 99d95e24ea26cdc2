import { queryOptions, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeguruReviewerKeys } from './keys';
import { codeguruReviewer } from './service';
import type { RecommendationFeedbackSummary } from './wire-types';

/** Everyone's reactions to the recommendations of a code review, following `NextToken`. */
export async function listRecommendationFeedback(codeReviewArn: string): Promise<RecommendationFeedbackSummary[]> {
  const all: RecommendationFeedbackSummary[] = [];
  let NextToken: string | undefined;
  do {
    const page = await restJsonCall<{
      RecommendationFeedbackSummaries?: RecommendationFeedbackSummary[];
      NextToken?: string;
    }>(codeguruReviewer, 'ListRecommendationFeedback', { CodeReviewArn: codeReviewArn, NextToken });
    all.push(...(page.RecommendationFeedbackSummaries ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return all;
}

export const listRecommendationFeedbackQueryOptions = (codeReviewArn: string) =>
  queryOptions({
    queryKey: codeguruReviewerKeys.feedback(codeReviewArn),
    queryFn: () => listRecommendationFeedback(codeReviewArn),
  });

export const useRecommendationFeedback = (codeReviewArn: string, enabled = true) =>
  useQuery({ ...listRecommendationFeedbackQueryOptions(codeReviewArn), enabled });
