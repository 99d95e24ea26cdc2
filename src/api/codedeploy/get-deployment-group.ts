import { queryOptions, useQuery } from '@tanstack/react-query';
import { AwsApiError, awsCall } from '../aws-call';
import type { DeploymentGroupInfo } from './control-types';
import { controlKeys } from './control-keys';
import { codedeploy } from './service';

export const getDeploymentGroup = (applicationName: string, deploymentGroupName: string) =>
  awsCall<{ deploymentGroupInfo: DeploymentGroupInfo }>(codedeploy, 'GetDeploymentGroup', {
    applicationName,
    deploymentGroupName,
  }).then((o) => o.deploymentGroupInfo);

export const getDeploymentGroupQueryOptions = (applicationName: string, deploymentGroupName: string) =>
  queryOptions({
    queryKey: [...controlKeys.groups(applicationName, [deploymentGroupName]), 'get'],
    queryFn: () => getDeploymentGroup(applicationName, deploymentGroupName),
    retry: (count, error) => !(error instanceof AwsApiError) && count < 2,
  });

export const useDeploymentGroup = (applicationName: string, deploymentGroupName: string) =>
  useQuery(getDeploymentGroupQueryOptions(applicationName, deploymentGroupName));
