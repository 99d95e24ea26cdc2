import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export interface OverrideState {
  overridden: boolean;
  /** ARN of who overrode the rules, when they are overridden. */
  overrider?: string;
}

export const getPullRequestOverrideState = (pullRequestId: string, revisionId: string) =>
  awsCall<OverrideState>(codecommit, 'GetPullRequestOverrideState', { pullRequestId, revisionId });

export const getPullRequestOverrideStateQueryOptions = (pullRequestId: string, revisionId: string) =>
  queryOptions({
    queryKey: codecommitKeys.overrideState(pullRequestId, revisionId),
    queryFn: () => getPullRequestOverrideState(pullRequestId, revisionId),
  });

export const useOverrideState = (pullRequestId: string, revisionId: string | undefined) =>
  useQuery({
    ...getPullRequestOverrideStateQueryOptions(pullRequestId, revisionId ?? ''),
    enabled: revisionId !== undefined,
  });
