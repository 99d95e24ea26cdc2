import { AwsError } from '../core/aws-error';
import { optionalInteger, optionalString } from '../core/input';
import type { Operation, SimContext } from '../core/simulation';
import { epochSecondsAt } from '../core/time';
import { rolePrincipal } from './principals';

const MAX_ITEMS = 1000;

const iamErrors = {
  validation: (message: string) => new AwsError('ValidationError', message),
};

/** `PathPrefix`, `Marker` and `MaxItems`, which IAM's list operations share. */
function listOptions(input: Record<string, unknown>) {
  const pathPrefix = optionalString(input, 'PathPrefix') ?? '/';
  if (!pathPrefix.startsWith('/')) {
    throw iamErrors.validation(
      `1 validation error detected: Value '${pathPrefix}' at 'pathPrefix' failed to satisfy constraint: Member must start with '/'`,
    );
  }
  const maxItems = optionalInteger(input, 'MaxItems') ?? 100;
  if (maxItems < 1 || maxItems > MAX_ITEMS) {
    throw iamErrors.validation(
      `1 validation error detected: Value '${maxItems}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and ${MAX_ITEMS}`,
    );
  }
  const marker = optionalString(input, 'Marker');
  const start = marker === undefined ? 0 : Number(marker);
  if (!Number.isSafeInteger(start) || start < 0) throw iamErrors.validation('Invalid Marker.');
  return { pathPrefix, maxItems, start };
}

function page<T>(items: T[], key: string, { maxItems, start }: ReturnType<typeof listOptions>) {
  const truncated = start + maxItems < items.length;
  return {
    [key]: items.slice(start, start + maxItems),
    IsTruncated: truncated,
    ...(truncated && { Marker: String(start + maxItems) }),
  };
}

/** Simulated principals exist from the moment the world begins. */
const createDate = (ctx: SimContext) => epochSecondsAt(ctx.world.startEpochMs, 0);

/**
 * IAM ListUsers. Every simulated user has the path `/`. `AccessKeyId` is a simulator extension:
 * the key the console signs with to act as that user (real IAM lists keys with ListAccessKeys).
 * `DefaultUserName`, also an extension, names the user a request without credentials acts as.
 */
export const ListUsers: Operation = (ctx, input) => {
  const options = listOptions(input);
  const { accountId, iam } = ctx.world.account;
  const users = Object.values(iam.users)
    .sort((a, b) => a.userName.localeCompare(b.userName))
    .filter(() => '/'.startsWith(options.pathPrefix))
    .map((u) => ({
      Path: '/',
      UserName: u.userName,
      UserId: u.userId,
      Arn: `arn:aws:iam::${accountId}:user/${u.userName}`,
      CreateDate: createDate(ctx),
      AccessKeyId: u.accessKeyId,
    }));
  return { ...page(users, 'Users', options), DefaultUserName: iam.defaultUser };
};

/**
 * IAM ListRoles. `AccessKeyId` (extension) is the key of the session the console uses when acting
 * as the role; `AssumedRoleArn` (extension) is that session's ARN, which approvals record.
 */
export const ListRoles: Operation = (ctx, input) => {
  const options = listOptions(input);
  const { accountId, iam } = ctx.world.account;
  const roles = Object.values(iam.roles)
    .sort((a, b) => a.roleName.localeCompare(b.roleName))
    .filter(() => '/'.startsWith(options.pathPrefix))
    .map((r) => ({
      Path: '/',
      RoleName: r.roleName,
      RoleId: r.roleId,
      Arn: `arn:aws:iam::${accountId}:role/${r.roleName}`,
      CreateDate: createDate(ctx),
      AccessKeyId: r.accessKeyId,
      AssumedRoleArn: rolePrincipal(ctx.world, r.roleName).arn,
    }));
  return page(roles, 'Roles', options);
};
