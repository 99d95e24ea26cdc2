import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codedeployKeys } from './keys';
import { codedeploy } from './service';

/** Deletes the application with its deployment groups and registered revisions. */
export const deleteApplication = (applicationName: string) =>
  awsCall<object>(codedeploy, 'DeleteApplication', { applicationName });

export function useDeleteApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteApplication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: codedeployKeys.all }),
  });
}
