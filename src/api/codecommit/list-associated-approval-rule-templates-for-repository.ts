import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export const listAssociatedApprovalRuleTemplatesForRepository = (repositoryName: string) =>
  awsCall<{ approvalRuleTemplateNames: string[] }>(codecommit, 'ListAssociatedApprovalRuleTemplatesForRepository', {
    repositoryName,
  }).then((o) => o.approvalRuleTemplateNames);

export const listAssociatedApprovalRuleTemplatesQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: codecommitKeys.repositoryTemplates(repositoryName),
    queryFn: () => listAssociatedApprovalRuleTemplatesForRepository(repositoryName),
  });

export const useRepositoryTemplates = (repositoryName: string) =>
  useQuery(listAssociatedApprovalRuleTemplatesQueryOptions(repositoryName));
