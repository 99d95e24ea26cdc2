/** IAM as far as the simulation needs it: who calls, and the explicit denies that stop them. */
export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  Version: string;
  Statement: PolicyStatement[];
}

export interface IamUser {
  userName: string;
  userId: string;
  accessKeyId: string;
  policies: PolicyDocument[];
}

export interface IamRole {
  roleName: string;
  roleId: string;
  /** Key of the session the console uses when acting as this role. */
  accessKeyId: string;
  policies: PolicyDocument[];
}

export interface IamState {
  users: Record<string, IamUser>;
  roles: Record<string, IamRole>;
  /** The user the console acts as unless told otherwise. */
  defaultUser: string;
}

/** The identity a call is made as. */
export interface Principal {
  arn: string;
  /** User name, or `RoleName/SessionName` for an assumed role. */
  name: string;
  policies: PolicyDocument[];
}

export const ROLE_SESSION_NAME = 'cicdlab';
export const DEFAULT_USER = 'cicdlab-user';
