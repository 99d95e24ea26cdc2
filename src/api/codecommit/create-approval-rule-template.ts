import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { ApprovalRuleTemplate } from './pull-request-types';
import { codecommit } from './service';

export interface CreateApprovalRuleTemplateInput {
  approvalRuleTemplateName: string;
  approvalRuleTemplateContent: string;
  approvalRuleTemplateDescription?: string;
}

export const createApprovalRuleTemplate = (input: CreateApprovalRuleTemplateInput) =>
  awsCall<{ approvalRuleTemplate: ApprovalRuleTemplate }>(codecommit, 'CreateApprovalRuleTemplate', input).then(
    (o) => o.approvalRuleTemplate,
  );

export function useCreateApprovalRuleTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApprovalRuleTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codecommitKeys.templates() }),
  });
}
