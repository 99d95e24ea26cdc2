import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { secretsmanagerKeys } from './keys';
import { secretsmanager } from './service';

export const deleteSecret = (input: {
  SecretId: string;
  ForceDeleteWithoutRecovery?: boolean;
  RecoveryWindowInDays?: number;
}) => awsCall<{ ARN: string; Name: string }>(secretsmanager, 'DeleteSecret', input);

export function useDeleteSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSecret,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secretsmanagerKeys.all }),
  });
}
