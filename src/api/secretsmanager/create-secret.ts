import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { secretsmanagerKeys } from './keys';
import { secretsmanager } from './service';

export const createSecret = (input: { Name: string; SecretString: string; Description?: string }) =>
  awsCall<{ ARN: string; Name: string }>(secretsmanager, 'CreateSecret', input);

export function useCreateSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSecret,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secretsmanagerKeys.all }),
  });
}
