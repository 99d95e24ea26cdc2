import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { controlKeys } from './control-keys';
import { codedeploy } from './service';

/** Every deployment group name of an application, following `nextToken`. */
export async function listDeploymentGroups(applicationName: string): Promise<string[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page: { deploymentGroups?: string[]; nextToken?: string } = await awsCall(
      codedeploy,
      'ListDeploymentGroups',
      { applicationName, ...(nextToken && { nextToken }) },
    );
    names.push(...(page.deploymentGroups ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return names.sort();
}

export const listDeploymentGroupsQueryOptions = (applicationName: string) =>
  queryOptions({
    queryKey: controlKeys.groupNames(applicationName),
    queryFn: () => listDeploymentGroups(applicationName),
  });

export const useDeploymentGroupNames = (applicationName: string | undefined) =>
  useQuery({ ...listDeploymentGroupsQueryOptions(applicationName ?? ''), enabled: !!applicationName });
