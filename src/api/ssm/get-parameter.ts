import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { ssmKeys } from './keys';
import { ssm } from './service';
import type { ParameterType } from './types';

export interface ParameterValue {
  Name: string;
  Type: ParameterType;
  Value: string;
  Version: number;
}

/** A parameter's current value, SecureStrings decrypted: only asked for when the user reveals or edits it. */
export const getParameter = (name: string) =>
  awsCall<{ Parameter: ParameterValue }>(ssm, 'GetParameter', { Name: name, WithDecryption: true }).then(
    (o) => o.Parameter,
  );

export const getParameterQueryOptions = (name: string) =>
  queryOptions({ queryKey: ssmKeys.value(name), queryFn: () => getParameter(name), staleTime: 0 });

export const useParameterValue = (name: string, enabled: boolean) =>
  useQuery({ ...getParameterQueryOptions(name), enabled });
