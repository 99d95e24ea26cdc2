import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { listDeploymentTargets } from './list-deployment-targets';
import type { DeploymentTarget } from './deployment-types';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

/** Targets by ID (BatchGetDeploymentTargets takes at most 25 per call), in the order asked. */
export async function batchGetDeploymentTargets(
  deploymentId: string,
  targetIds: readonly string[],
): Promise<DeploymentTarget[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < targetIds.length; i += 25) chunks.push(targetIds.slice(i, i + 25));
  const answers = await Promise.all(
    chunks.map((ids) =>
      awsCall<{ deploymentTargets?: DeploymentTarget[] }>(codedeploy, 'BatchGetDeploymentTargets', {
        deploymentId,
        targetIds: ids,
      }),
    ),
  );
  return answers.flatMap((a) => a.deploymentTargets ?? []);
}

export const batchGetDeploymentTargetsQueryOptions = (deploymentId: string, targetIds: readonly string[]) =>
  queryOptions({
    queryKey: codedeployKeys.targets(deploymentId, targetIds),
    queryFn: () => batchGetDeploymentTargets(deploymentId, targetIds),
  });

/** All of a deployment's targets: ListDeploymentTargets, then BatchGetDeploymentTargets. */
export const allDeploymentTargetsQueryOptions = (deploymentId: string) =>
  queryOptions({
    queryKey: codedeployKeys.allTargets(deploymentId),
    queryFn: async () => batchGetDeploymentTargets(deploymentId, await listDeploymentTargets(deploymentId)),
  });

/** Keeps the previous answer while the refreshed one loads, so the timeline does not flash. */
export const useAllDeploymentTargets = (deploymentId: string | undefined) =>
  useQuery({
    ...allDeploymentTargetsQueryOptions(deploymentId ?? ''),
    enabled: deploymentId !== undefined,
    placeholderData: keepPreviousData,
  });
