import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { iamKeys } from './keys';
import { iam } from './service';

export interface IamUser {
  Path: string;
  UserName: string;
  UserId: string;
  Arn: string;
  CreateDate: number;
  /** Simulator extension: the key to sign with to act as this user. */
  AccessKeyId: string;
}

interface ListUsersOutput {
  Users: IamUser[];
  IsTruncated: boolean;
  Marker?: string;
  /** Simulator extension: who a request without credentials acts as. */
  DefaultUserName: string;
}

/** Every user, following `Marker` through all pages. */
export async function listUsers(): Promise<{ users: IamUser[]; defaultUserName: string }> {
  const users: IamUser[] = [];
  let marker: string | undefined;
  let page: ListUsersOutput;
  do {
    page = await awsCall(iam, 'ListUsers', marker ? { Marker: marker } : {});
    users.push(...page.Users);
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return { users, defaultUserName: page.DefaultUserName };
}

export const listUsersQueryOptions = () =>
  queryOptions({ queryKey: iamKeys.users(), queryFn: listUsers, staleTime: Infinity });

export const useIamUsers = () => useQuery(listUsersQueryOptions());
