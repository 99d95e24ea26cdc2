import { useIamRoles } from '../../../api/iam/list-roles';
import { useIamUsers } from '../../../api/iam/list-users';
import { useIdentityStore } from '../../../stores/identity-store';

/** The ARN and name the console's requests are made as ("Acting as"): feedback is stored per user. */
export function useCaller(): { arn: string | undefined; label: string } {
  const identity = useIdentityStore((s) => s.identity);
  const users = useIamUsers();
  const roles = useIamRoles();
  if (identity?.kind === 'role')
    return {
      arn: roles.data?.find((r) => r.RoleName === identity.name)?.AssumedRoleArn,
      label: `${identity.name} (role)`,
    };
  const name = identity?.name ?? users.data?.defaultUserName ?? 'the default user';
  return { arn: users.data?.users.find((u) => u.UserName === name)?.Arn, label: name };
}
