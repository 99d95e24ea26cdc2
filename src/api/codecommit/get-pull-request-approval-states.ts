import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { Approval } from './pull-request-types';
import { codecommit } from './service';

export const getPullRequestApprovalStates = (pullRequestId: string, revisionId: string) =>
  awsCall<{ approvals: Approval[] }>(codecommit, 'GetPullRequestApprovalStates', { pullRequestId, revisionId }).then(
    (o) => o.approvals,
  );

export const getPullRequestApprovalStatesQueryOptions = (pullRequestId: string, revisionId: string) =>
  queryOptions({
    queryKey: codecommitKeys.approvalStates(pullRequestId, revisionId),
    queryFn: () => getPullRequestApprovalStates(pullRequestId, revisionId),
  });

export const useApprovalStates = (pullRequestId: string, revisionId: string | undefined) =>
  useQuery({
    ...getPullRequestApprovalStatesQueryOptions(pullRequestId, revisionId ?? ''),
    enabled: revisionId !== undefined,
  });
