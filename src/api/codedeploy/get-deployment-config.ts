import { queryOptions, useQueries } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { DeploymentConfigInfo } from './control-types';
import { controlKeys } from './control-keys';
import { codedeploy } from './service';

export const getDeploymentConfig = (deploymentConfigName: string) =>
  awsCall<{ deploymentConfigInfo: DeploymentConfigInfo }>(codedeploy, 'GetDeploymentConfig', {
    deploymentConfigName,
  }).then((o) => o.deploymentConfigInfo);

export const getDeploymentConfigQueryOptions = (name: string) =>
  queryOptions({ queryKey: controlKeys.config(name), queryFn: () => getDeploymentConfig(name) });

/** Several configurations (the service has no batch call for them); `data` once all have answered. */
export const useDeploymentConfigs = (names: readonly string[] | undefined) =>
  useQueries({
    queries: (names ?? []).map(getDeploymentConfigQueryOptions),
    combine: (results) => ({
      data: names && results.every((r) => r.data) ? results.map((r) => r.data as DeploymentConfigInfo) : undefined,
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
