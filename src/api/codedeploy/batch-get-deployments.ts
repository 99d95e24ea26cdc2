import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { AwsApiError, awsCall } from '../aws-call';
import type { DeploymentInfo } from './deployment-types';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

/** Deployments by ID, in the order asked (BatchGetDeployments takes at most 25). */
export async function batchGetDeployments(ids: readonly string[]): Promise<DeploymentInfo[]> {
  if (ids.length === 0) return [];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 25) chunks.push(ids.slice(i, i + 25));
  const answers = await Promise.all(
    chunks.map((deploymentIds) =>
      awsCall<{ deploymentsInfo?: DeploymentInfo[] }>(codedeploy, 'BatchGetDeployments', { deploymentIds }),
    ),
  );
  const byId = new Map(answers.flatMap((a) => a.deploymentsInfo ?? []).map((d) => [d.deploymentId, d]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export const batchGetDeploymentsQueryOptions = (ids: readonly string[]) =>
  queryOptions({ queryKey: codedeployKeys.deployments(ids), queryFn: () => batchGetDeployments(ids) });

/** Keeps the previous answer while a longer list loads, so tables and lanes do not flash. */
export const useDeployments = (ids: readonly string[] | undefined) =>
  useQuery({
    ...batchGetDeploymentsQueryOptions(ids ?? []),
    enabled: ids !== undefined,
    placeholderData: keepPreviousData,
  });

export const useDeploymentOrNotFound = (id: string) =>
  useQuery({
    ...batchGetDeploymentsQueryOptions([id]),
    select: (deployments) => {
      const deployment = deployments[0];
      if (!deployment)
        throw new AwsApiError('DeploymentDoesNotExistException', `The deployment ${id} could not be found.`, 400);
      return deployment;
    },
  });
