import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export interface TemplateRepositoryInput {
  approvalRuleTemplateName: string;
  repositoryName: string;
}

export const associateApprovalRuleTemplateWithRepository = (input: TemplateRepositoryInput) =>
  awsCall<object>(codecommit, 'AssociateApprovalRuleTemplateWithRepository', input);

export function useAssociateApprovalRuleTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: associateApprovalRuleTemplateWithRepository,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codecommitKeys.all }),
  });
}
