import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { PullRequest } from './pull-request-types';
import { codecommit } from './service';

export const getPullRequest = (pullRequestId: string) =>
  awsCall<{ pullRequest: PullRequest }>(codecommit, 'GetPullRequest', { pullRequestId }).then((o) => o.pullRequest);

export const getPullRequestQueryOptions = (pullRequestId: string) =>
  queryOptions({ queryKey: codecommitKeys.pullRequest(pullRequestId), queryFn: () => getPullRequest(pullRequestId) });

export const usePullRequest = (pullRequestId: string) => useQuery(getPullRequestQueryOptions(pullRequestId));
