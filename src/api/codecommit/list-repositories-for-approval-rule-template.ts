import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export const listRepositoriesForApprovalRuleTemplate = (approvalRuleTemplateName: string) =>
  awsCall<{ repositoryNames: string[] }>(codecommit, 'ListRepositoriesForApprovalRuleTemplate', {
    approvalRuleTemplateName,
  }).then((o) => o.repositoryNames);

export const listRepositoriesForApprovalRuleTemplateQueryOptions = (name: string) =>
  queryOptions({
    queryKey: [...codecommitKeys.template(name), 'repositories'],
    queryFn: () => listRepositoriesForApprovalRuleTemplate(name),
  });

export const useTemplateRepositories = (name: string) =>
  useQuery(listRepositoriesForApprovalRuleTemplateQueryOptions(name));
