import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export interface OverridePullRequestApprovalRulesInput {
  pullRequestId: string;
  revisionId: string;
  /** OVERRIDE sets the rules aside for this revision; REVOKE puts them back. */
  overrideStatus: 'OVERRIDE' | 'REVOKE';
}

export const overridePullRequestApprovalRules = (input: OverridePullRequestApprovalRulesInput) =>
  awsCall<Record<string, never>>(codecommit, 'OverridePullRequestApprovalRules', input);

export function useOverridePullRequestApprovalRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: overridePullRequestApprovalRules,
    onSuccess: (_out, input) =>
      queryClient.invalidateQueries({ queryKey: codecommitKeys.pullRequest(input.pullRequestId) }),
  });
}
