import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { ApprovalRuleTemplate } from './pull-request-types';
import { codecommit } from './service';

export const getApprovalRuleTemplate = (approvalRuleTemplateName: string) =>
  awsCall<{ approvalRuleTemplate: ApprovalRuleTemplate }>(codecommit, 'GetApprovalRuleTemplate', {
    approvalRuleTemplateName,
  }).then((o) => o.approvalRuleTemplate);

export const getApprovalRuleTemplateQueryOptions = (name: string) =>
  queryOptions({
    queryKey: [...codecommitKeys.template(name), 'detail'],
    queryFn: () => getApprovalRuleTemplate(name),
  });

export const useApprovalRuleTemplate = (name: string) => useQuery(getApprovalRuleTemplateQueryOptions(name));
