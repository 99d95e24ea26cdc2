import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { secretsmanagerKeys } from './keys';
import { secretsmanager } from './service';

export interface SecretValue {
  ARN: string;
  Name: string;
  VersionId: string;
  SecretString?: string;
  VersionStages?: string[];
}

/** The AWSCURRENT value: only asked for when the user reveals or edits it. */
export const getSecretValue = (secretId: string) =>
  awsCall<SecretValue>(secretsmanager, 'GetSecretValue', { SecretId: secretId });

export const getSecretValueQueryOptions = (secretId: string) =>
  queryOptions({ queryKey: secretsmanagerKeys.value(secretId), queryFn: () => getSecretValue(secretId), staleTime: 0 });

export const useSecretValue = (secretId: string, enabled: boolean) =>
  useQuery({ ...getSecretValueQueryOptions(secretId), enabled });
