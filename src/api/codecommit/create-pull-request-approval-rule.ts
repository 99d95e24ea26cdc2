import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { ApprovalRule } from './pull-request-types';
import { codecommit } from './service';

export interface CreatePullRequestApprovalRuleInput {
  pullRequestId: string;
  approvalRuleName: string;
  /** The rule content JSON (aws-facts §4.1). */
  approvalRuleContent: string;
}

export const createPullRequestApprovalRule = (input: CreatePullRequestApprovalRuleInput) =>
  awsCall<{ approvalRule: ApprovalRule }>(codecommit, 'CreatePullRequestApprovalRule', input).then(
    (o) => o.approvalRule,
  );

export function useCreatePullRequestApprovalRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPullRequestApprovalRule,
    onSuccess: (_out, input) =>
      queryClient.invalidateQueries({ queryKey: codecommitKeys.pullRequest(input.pullRequestId) }),
  });
}
