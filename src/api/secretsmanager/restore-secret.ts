import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { secretsmanagerKeys } from './keys';
import { secretsmanager } from './service';

export const restoreSecret = (input: { SecretId: string }) =>
  awsCall<{ ARN: string; Name: string }>(secretsmanager, 'RestoreSecret', input);

export function useRestoreSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreSecret,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secretsmanagerKeys.all }),
  });
}
