import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export const deleteApprovalRuleTemplate = (approvalRuleTemplateName: string) =>
  awsCall<{ approvalRuleTemplateId?: string }>(codecommit, 'DeleteApprovalRuleTemplate', {
    approvalRuleTemplateName,
  });

export function useDeleteApprovalRuleTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteApprovalRuleTemplate,
    onSuccess: (_out, name) => {
      queryClient.removeQueries({ queryKey: codecommitKeys.template(name) });
      return queryClient.invalidateQueries({ queryKey: codecommitKeys.templates() });
    },
  });
}
