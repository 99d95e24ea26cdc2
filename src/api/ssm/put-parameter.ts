import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { ssmKeys } from './keys';
import { ssm } from './service';
import type { ParameterType } from './types';

export interface PutParameterInput {
  Name: string;
  Value: string;
  Type?: ParameterType;
  Description?: string;
  Overwrite?: boolean;
}

export const putParameter = (input: PutParameterInput) =>
  awsCall<{ Version: number; Tier: string }>(ssm, 'PutParameter', input);

export function usePutParameter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putParameter,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ssmKeys.all }),
  });
}
