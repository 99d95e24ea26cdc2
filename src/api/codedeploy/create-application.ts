import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { ComputePlatform } from './control-types';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

export const createApplication = (input: { applicationName: string; computePlatform: ComputePlatform }) =>
  awsCall<{ applicationId: string }>(codedeploy, 'CreateApplication', input);

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApplication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codedeployKeys.all }),
  });
}
