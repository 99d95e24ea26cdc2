import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { DeploymentInfo } from './deployment-types';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

export const getDeployment = (deploymentId: string) =>
  awsCall<{ deploymentInfo: DeploymentInfo }>(codedeploy, 'GetDeployment', { deploymentId }).then(
    (o) => o.deploymentInfo,
  );

export const getDeploymentQueryOptions = (deploymentId: string) =>
  queryOptions({ queryKey: codedeployKeys.deployment(deploymentId), queryFn: () => getDeployment(deploymentId) });

/** One deployment; a missing ID surfaces as DeploymentDoesNotExistException. */
export const useDeployment = (deploymentId: string | undefined) =>
  useQuery({ ...getDeploymentQueryOptions(deploymentId ?? ''), enabled: deploymentId !== undefined });
