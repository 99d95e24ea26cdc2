import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { getApprovalRuleTemplateQueryOptions } from './get-approval-rule-template';
import { codecommitKeys } from './keys';
import type { ApprovalRuleTemplate } from './pull-request-types';
import { codecommit } from './service';

interface ListApprovalRuleTemplatesOutput {
  approvalRuleTemplateNames: string[];
  nextToken?: string;
}

/** Every template name in the Region, following `nextToken` through all pages. */
export async function listApprovalRuleTemplates(): Promise<string[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page: ListApprovalRuleTemplatesOutput = await awsCall(
      codecommit,
      'ListApprovalRuleTemplates',
      nextToken ? { nextToken } : {},
    );
    names.push(...page.approvalRuleTemplateNames);
    nextToken = page.nextToken;
  } while (nextToken);
  return names;
}

/** ListApprovalRuleTemplates returns names only; each template is read with GetApprovalRuleTemplate. */
export async function listApprovalRuleTemplateDetails(queryClient: QueryClient): Promise<ApprovalRuleTemplate[]> {
  const names = await listApprovalRuleTemplates();
  return Promise.all(names.map((n) => queryClient.fetchQuery(getApprovalRuleTemplateQueryOptions(n))));
}

export const listApprovalRuleTemplatesQueryOptions = (queryClient: QueryClient) =>
  queryOptions({
    queryKey: [...codecommitKeys.templates(), 'list'],
    queryFn: () => listApprovalRuleTemplateDetails(queryClient),
  });

export function useApprovalRuleTemplates() {
  return useQuery(listApprovalRuleTemplatesQueryOptions(useQueryClient()));
}
