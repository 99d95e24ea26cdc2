import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { iamKeys } from './keys';
import { iam } from './service';

export interface IamRole {
  Path: string;
  RoleName: string;
  RoleId: string;
  Arn: string;
  CreateDate: number;
  /** Simulator extension: the key of the role session the console acts as. */
  AccessKeyId: string;
  /** Simulator extension: that session's ARN (`arn:aws:sts::…:assumed-role/<RoleName>/cicdlab`). */
  AssumedRoleArn: string;
}

interface ListRolesOutput {
  Roles: IamRole[];
  IsTruncated: boolean;
  Marker?: string;
}

/** Every role, following `Marker` through all pages. */
export async function listRoles(): Promise<IamRole[]> {
  const roles: IamRole[] = [];
  let marker: string | undefined;
  do {
    const page: ListRolesOutput = await awsCall(iam, 'ListRoles', marker ? { Marker: marker } : {});
    roles.push(...page.Roles);
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return roles;
}

export const listRolesQueryOptions = () =>
  queryOptions({ queryKey: iamKeys.roles(), queryFn: listRoles, staleTime: Infinity });

export const useIamRoles = () => useQuery(listRolesQueryOptions());
