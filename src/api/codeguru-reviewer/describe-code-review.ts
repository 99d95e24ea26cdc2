import { queryOptions, useQuery } from '@tanstack/react-query';
import { AwsApiError } from '../aws-call';
import { restJsonCall } from '../rest-json-call';
import { codeguruReviewerKeys } from './keys';
import { codeguruReviewer } from './service';
import type { CodeReview } from './wire-types';

export const describeCodeReview = (codeReviewArn: string) =>
  restJsonCall<{ CodeReview: CodeReview }>(codeguruReviewer, 'DescribeCodeReview', {
    CodeReviewArn: codeReviewArn,
  }).then((o) => o.CodeReview);

export const describeCodeReviewQueryOptions = (codeReviewArn: string) =>
  queryOptions({
    queryKey: codeguruReviewerKeys.codeReview(codeReviewArn),
    queryFn: () => describeCodeReview(codeReviewArn),
    retry: (count, error) => !(error instanceof AwsApiError) && count < 2,
  });

export const useCodeReview = (codeReviewArn: string) => useQuery(describeCodeReviewQueryOptions(codeReviewArn));
