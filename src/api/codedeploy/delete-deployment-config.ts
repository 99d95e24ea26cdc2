import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

export const deleteDeploymentConfig = (deploymentConfigName: string) =>
  awsCall<object>(codedeploy, 'DeleteDeploymentConfig', { deploymentConfigName });

export function useDeleteDeploymentConfig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDeploymentConfig,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codedeployKeys.all }),
  });
}
