import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { ssmKeys } from './keys';
import { ssm } from './service';

export const deleteParameter = (name: string) => awsCall<object>(ssm, 'DeleteParameter', { Name: name });

export function useDeleteParameter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteParameter,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ssmKeys.all }),
  });
}
