import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

export const deleteDeploymentGroup = (input: { applicationName: string; deploymentGroupName: string }) =>
  awsCall<{ hooksNotCleanedUp?: unknown[] }>(codedeploy, 'DeleteDeploymentGroup', input);

export function useDeleteDeploymentGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDeploymentGroup,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codedeployKeys.all }),
  });
}
