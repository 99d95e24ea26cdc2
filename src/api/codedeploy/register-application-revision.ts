import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import type { RevisionLocation } from './control-types';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

export const registerApplicationRevision = (input: {
  applicationName: string;
  revision: RevisionLocation;
  description?: string;
}) => awsCall<object>(codedeploy, 'RegisterApplicationRevision', input);

export function useRegisterApplicationRevision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerApplicationRevision,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codedeployKeys.all }),
  });
}
