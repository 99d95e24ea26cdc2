import { useMutation, useQueryClient } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeguruReviewerKeys } from './keys';
import { codeguruReviewer } from './service';
import type { Reaction } from './wire-types';

/** The acting identity's reaction to one recommendation; an empty list takes it back. */
export const putRecommendationFeedback = (input: {
  codeReviewArn: string;
  recommendationId: string;
  reactions: Reaction[];
}) =>
  restJsonCall<Record<string, never>>(codeguruReviewer, 'PutRecommendationFeedback', {
    CodeReviewArn: input.codeReviewArn,
    RecommendationId: input.recommendationId,
    Reactions: input.reactions,
  });

export function usePutRecommendationFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putRecommendationFeedback,
    onSuccess: (_, input) =>
      queryClient.invalidateQueries({ queryKey: codeguruReviewerKeys.feedback(input.codeReviewArn) }),
  });
}
