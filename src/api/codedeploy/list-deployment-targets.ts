import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

/** Every target ID of a deployment, following nextToken. */
export async function listDeploymentTargets(deploymentId: string): Promise<string[]> {
  const ids: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await awsCall<{ targetIds?: string[]; nextToken?: string }>(codedeploy, 'ListDeploymentTargets', {
      deploymentId,
      nextToken,
    });
    ids.push(...(page.targetIds ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return ids;
}

export const listDeploymentTargetsQueryOptions = (deploymentId: string) =>
  queryOptions({
    queryKey: codedeployKeys.targetIds(deploymentId),
    queryFn: () => listDeploymentTargets(deploymentId),
  });

export const useDeploymentTargetIds = (deploymentId: string | undefined) =>
  useQuery({ ...listDeploymentTargetsQueryOptions(deploymentId ?? ''), enabled: deploymentId !== undefined });
