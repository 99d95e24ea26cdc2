import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { controlKeys } from './control-keys';
import { codedeploy } from './service';

/** Every configuration name, predefined and custom, following `nextToken`. */
export async function listDeploymentConfigs(): Promise<string[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page: { deploymentConfigsList?: string[]; nextToken?: string } = await awsCall(
      codedeploy,
      'ListDeploymentConfigs',
      nextToken ? { nextToken } : {},
    );
    names.push(...(page.deploymentConfigsList ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return names;
}

export const listDeploymentConfigsQueryOptions = () =>
  queryOptions({ queryKey: controlKeys.configNames(), queryFn: listDeploymentConfigs });

export const useDeploymentConfigNames = () => useQuery(listDeploymentConfigsQueryOptions());
