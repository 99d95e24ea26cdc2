import { queryOptions, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeguruReviewerKeys } from './keys';
import { codeguruReviewer } from './service';
import type { RecommendationSummary } from './wire-types';

/** Every recommendation of a code review, following `NextToken`. */
export async function listRecommendations(codeReviewArn: string): Promise<RecommendationSummary[]> {
  const all: RecommendationSummary[] = [];
  let NextToken: string | undefined;
  do {
    const page = await restJsonCall<{ RecommendationSummaries?: RecommendationSummary[]; NextToken?: string }>(
      codeguruReviewer,
      'ListRecommendations',
      { CodeReviewArn: codeReviewArn, NextToken },
    );
    all.push(...(page.RecommendationSummaries ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return all;
}

export const listRecommendationsQueryOptions = (codeReviewArn: string) =>
  queryOptions({
    queryKey: codeguruReviewerKeys.recommendations(codeReviewArn),
    queryFn: () => listRecommendations(codeReviewArn),
  });

export const useRecommendations = (codeReviewArn: string, enabled = true) =>
  useQuery({ ...listRecommendationsQueryOptions(codeReviewArn), enabled });
