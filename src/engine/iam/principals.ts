import { sha1 } from '@noble/hashes/legacy.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { base32 } from '@scure/base';
import { getOwn } from '../core/records';
import type { World } from '../world';
import { ROLE_SESSION_NAME, type IamState, type Principal } from './state';

/** A stable, AWS-shaped access key ID for a simulated user (`AKIA...`) or role session (`ASIA...`). */
export function accessKeyIdFor(kind: 'user' | 'role', name: string): string {
  const digits = base32.encode(sha1(utf8ToBytes(`${kind}:${name}`))).slice(0, 16);
  return `${kind === 'user' ? 'AKIA' : 'ASIA'}${digits}`;
}

export function userPrincipal(world: World, userName: string): Principal {
  const user = getOwn(world.account.iam.users, userName);
  return {
    arn: `arn:aws:iam::${world.account.accountId}:user/${userName}`,
    name: userName,
    policies: user?.policies ?? [],
  };
}

export function rolePrincipal(world: World, roleName: string): Principal {
  const role = getOwn(world.account.iam.roles, roleName);
  return {
    arn: `arn:aws:sts::${world.account.accountId}:assumed-role/${roleName}/${ROLE_SESSION_NAME}`,
    name: `${roleName}/${ROLE_SESSION_NAME}`,
    policies: role?.policies ?? [],
  };
}

/**
 * Who a call with this access key is made as. The simulator is lenient where AWS is not: an
 * unknown key (such as an SDK's dummy credentials) acts as the account's default user.
 */
export function resolvePrincipal(world: World, accessKeyId: string | undefined): Principal {
  const iam: IamState = world.account.iam;
  if (accessKeyId !== undefined) {
    const user = Object.values(iam.users).find((u) => u.accessKeyId === accessKeyId);
    if (user) return userPrincipal(world, user.userName);
    const role = Object.values(iam.roles).find((r) => r.accessKeyId === accessKeyId);
    if (role) return rolePrincipal(world, role.roleName);
  }
  return userPrincipal(world, iam.defaultUser);
}
