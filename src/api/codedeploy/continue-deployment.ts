import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

/** READY_WAIT reroutes traffic now; TERMINATION_WAIT skips the rest of the wait before the original fleet goes. */
export const continueDeployment = (input: {
  deploymentId: string;
  deploymentWaitType: 'READY_WAIT' | 'TERMINATION_WAIT';
}) => awsCall<object>(codedeploy, 'ContinueDeployment', input);

export function useContinueDeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: continueDeployment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codedeployKeys.all }),
  });
}
