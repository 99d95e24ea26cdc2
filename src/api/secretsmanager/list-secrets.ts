import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { secretsmanagerKeys } from './keys';
import { secretsmanager } from './service';

export interface SecretListEntry {
  ARN: string;
  Name: string;
  Description?: string;
  LastChangedDate?: number;
  CreatedDate?: number;
  DeletedDate?: number;
}

/** Every secret (those scheduled for deletion too, marked by `DeletedDate`), sorted by name. */
export async function listSecrets(): Promise<SecretListEntry[]> {
  const all: SecretListEntry[] = [];
  let NextToken: string | undefined;
  do {
    const page: { SecretList?: SecretListEntry[]; NextToken?: string } = await awsCall(secretsmanager, 'ListSecrets', {
      IncludePlannedDeletion: true,
      ...(NextToken && { NextToken }),
    });
    all.push(...(page.SecretList ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return all.sort((a, b) => a.Name.localeCompare(b.Name));
}

export const listSecretsQueryOptions = () =>
  queryOptions({ queryKey: secretsmanagerKeys.secrets(), queryFn: listSecrets });

export const useSecrets = () => useQuery(listSecretsQueryOptions());
