import { queryOptions, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeguruReviewerKeys } from './keys';
import { codeguruReviewer } from './service';
import type { CodeReviewSummary, CodeReviewType } from './wire-types';

/** Every code review of one type, newest first, following `NextToken`. */
export async function listCodeReviews(type: CodeReviewType): Promise<CodeReviewSummary[]> {
  const all: CodeReviewSummary[] = [];
  let NextToken: string | undefined;
  do {
    const page = await restJsonCall<{ CodeReviewSummaries?: CodeReviewSummary[]; NextToken?: string }>(
      codeguruReviewer,
      'ListCodeReviews',
      { Type: type, NextToken },
    );
    all.push(...(page.CodeReviewSummaries ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return all;
}

export const listCodeReviewsQueryOptions = (type: CodeReviewType) =>
  queryOptions({ queryKey: codeguruReviewerKeys.codeReviews(type), queryFn: () => listCodeReviews(type) });

export const useCodeReviews = (type: CodeReviewType) => useQuery(listCodeReviewsQueryOptions(type));
