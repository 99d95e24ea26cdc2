import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

export interface StopDeploymentOutput {
  status?: 'Pending' | 'Succeeded';
  statusMessage?: string;
}

export const stopDeployment = (input: { deploymentId: string; autoRollbackEnabled: boolean }) =>
  awsCall<StopDeploymentOutput>(codedeploy, 'StopDeployment', input);

export function useStopDeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: stopDeployment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codedeployKeys.all }),
  });
}
