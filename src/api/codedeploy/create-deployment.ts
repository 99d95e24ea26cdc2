import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { AutoRollbackConfiguration, RevisionLocation } from './deployment-types';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

export interface CreateDeploymentInput {
  applicationName: string;
  deploymentGroupName: string;
  revision?: RevisionLocation;
  deploymentConfigName?: string;
  description?: string;
  ignoreApplicationStopFailures?: boolean;
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  fileExistsBehavior?: 'DISALLOW' | 'OVERWRITE' | 'RETAIN';
}

export const createDeployment = (input: CreateDeploymentInput) =>
  awsCall<{ deploymentId: string }>(codedeploy, 'CreateDeployment', input).then((o) => o.deploymentId);

export function useCreateDeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDeployment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codedeployKeys.all }),
  });
}
