import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { secretsmanagerKeys } from './keys';
import { secretsmanager } from './service';

export const putSecretValue = (input: { SecretId: string; SecretString: string }) =>
  awsCall<{ ARN: string; Name: string }>(secretsmanager, 'PutSecretValue', input);

export function usePutSecretValue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putSecretValue,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secretsmanagerKeys.all }),
  });
}
