import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { ComputePlatform, MinimumHealthyHostsType, TrafficRoutingConfig } from './control-types';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

export interface CreateDeploymentConfigInput {
  deploymentConfigName: string;
  computePlatform: ComputePlatform;
  minimumHealthyHosts?: { type: MinimumHealthyHostsType; value: number };
  trafficRoutingConfig?: TrafficRoutingConfig;
}

export const createDeploymentConfig = (input: CreateDeploymentConfigInput) =>
  awsCall<{ deploymentConfigId: string }>(codedeploy, 'CreateDeploymentConfig', input);

export function useCreateDeploymentConfig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDeploymentConfig,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codedeployKeys.all }),
  });
}
