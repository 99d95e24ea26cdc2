import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { Evaluation } from './pull-request-types';
import { codecommit } from './service';

export const evaluatePullRequestApprovalRules = (pullRequestId: string, revisionId: string) =>
  awsCall<{ evaluation: Evaluation & { revisionId: string } }>(codecommit, 'EvaluatePullRequestApprovalRules', {
    pullRequestId,
    revisionId,
  }).then((o) => o.evaluation);

export const evaluatePullRequestApprovalRulesQueryOptions = (pullRequestId: string, revisionId: string) =>
  queryOptions({
    queryKey: codecommitKeys.approvalEvaluation(pullRequestId, revisionId),
    queryFn: () => evaluatePullRequestApprovalRules(pullRequestId, revisionId),
  });

export const useApprovalEvaluation = (pullRequestId: string, revisionId: string | undefined) =>
  useQuery({
    ...evaluatePullRequestApprovalRulesQueryOptions(pullRequestId, revisionId ?? ''),
    enabled: revisionId !== undefined,
  });
