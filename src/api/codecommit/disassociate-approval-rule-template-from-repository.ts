import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { TemplateRepositoryInput } from './associate-approval-rule-template-with-repository';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export const disassociateApprovalRuleTemplateFromRepository = (input: TemplateRepositoryInput) =>
  awsCall<object>(codecommit, 'DisassociateApprovalRuleTemplateFromRepository', input);

export function useDisassociateApprovalRuleTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disassociateApprovalRuleTemplateFromRepository,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codecommitKeys.all }),
  });
}
