import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { DeploymentStatus } from './deployment-types';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

export interface DeploymentFilter {
  applicationName?: string;
  deploymentGroupName?: string;
  includeOnlyStatuses?: DeploymentStatus[];
}

/** Every deployment ID matching the filter, following nextToken (the service answers newest first). */
export async function listDeployments(filter: DeploymentFilter): Promise<string[]> {
  const ids: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await awsCall<{ deployments?: string[]; nextToken?: string }>(codedeploy, 'ListDeployments', {
      ...filter,
      nextToken,
    });
    ids.push(...(page.deployments ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return ids;
}

export const listDeploymentsQueryOptions = (filter: DeploymentFilter) =>
  queryOptions({ queryKey: codedeployKeys.deploymentIds(filter), queryFn: () => listDeployments(filter) });

export const useDeploymentIds = (filter: DeploymentFilter, enabled = true) =>
  useQuery({ ...listDeploymentsQueryOptions(filter), enabled });
