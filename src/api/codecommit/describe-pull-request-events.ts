import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { PullRequestEvent } from './pull-request-types';
import { codecommit } from './service';

interface DescribePullRequestEventsOutput {
  pullRequestEvents: PullRequestEvent[];
  nextToken?: string;
}

/** The pull request's activity, oldest first, following `nextToken` through all pages. */
export async function describePullRequestEvents(pullRequestId: string): Promise<PullRequestEvent[]> {
  const all: PullRequestEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page: DescribePullRequestEventsOutput = await awsCall(codecommit, 'DescribePullRequestEvents', {
      pullRequestId,
      ...(nextToken && { nextToken }),
    });
    all.push(...page.pullRequestEvents);
    nextToken = page.nextToken;
  } while (nextToken);
  return all;
}

export const describePullRequestEventsQueryOptions = (pullRequestId: string) =>
  queryOptions({
    queryKey: codecommitKeys.pullRequestEvents(pullRequestId),
    queryFn: () => describePullRequestEvents(pullRequestId),
  });

export const usePullRequestEvents = (pullRequestId: string) =>
  useQuery(describePullRequestEventsQueryOptions(pullRequestId));
