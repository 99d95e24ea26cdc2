import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { DeploymentGroupInfo } from './control-types';
import { controlKeys } from './control-keys';
import { codedeploy } from './service';

export async function batchGetDeploymentGroups(
  applicationName: string,
  names: readonly string[],
): Promise<DeploymentGroupInfo[]> {
  if (names.length === 0) return [];
  const out = await awsCall<{ deploymentGroupsInfo?: DeploymentGroupInfo[] }>(codedeploy, 'BatchGetDeploymentGroups', {
    applicationName,
    deploymentGroupNames: names,
  });
  return out.deploymentGroupsInfo ?? [];
}

export const batchGetDeploymentGroupsQueryOptions = (applicationName: string, names: readonly string[]) =>
  queryOptions({
    queryKey: controlKeys.groups(applicationName, names),
    queryFn: () => batchGetDeploymentGroups(applicationName, names),
  });

export const useDeploymentGroups = (applicationName: string, names: readonly string[] | undefined) =>
  useQuery({ ...batchGetDeploymentGroupsQueryOptions(applicationName, names ?? []), enabled: names !== undefined });
