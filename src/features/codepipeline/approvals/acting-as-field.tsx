import { useIamRoles } from '../../../api/iam/list-roles';
import { useIamUsers } from '../../../api/iam/list-users';
import { SelectField } from '../../../components/form-field';
import { useIdentityStore } from '../../../stores/identity-store';

/**
 * Who answers the approval: the console's "Acting as" identity, switchable here (the choice holds for the whole
 * console, as if it had been made in the top bar). PutApprovalResult records this identity as the approver.
 */
export function ActingAsField() {
  const users = useIamUsers();
  const roles = useIamRoles();
  const identity = useIdentityStore((s) => s.identity);
  const actAs = useIdentityStore((s) => s.actAs);
  const defaultUser = users.data?.defaultUserName ?? '';
  const current = identity ? `${identity.kind}:${identity.name}` : `user:${defaultUser}`;
  const options = [
    ...(users.data?.users ?? []).map(
      (u) => [`user:${u.UserName}`, u.UserName === defaultUser ? `${u.UserName} (default user)` : u.UserName] as const,
    ),
    ...(roles.data ?? []).map((r) => [`role:${r.RoleName}`, `${r.RoleName} (role)`] as const),
  ];
  const onChange = (value: string) => {
    const [kind, ...rest] = value.split(':');
    const name = rest.join(':');
    const user = kind === 'user' ? users.data?.users.find((u) => u.UserName === name) : undefined;
    const role = kind === 'role' ? roles.data?.find((r) => r.RoleName === name) : undefined;
    if (user) actAs(name === defaultUser ? undefined : { kind: 'user', name, accessKeyId: user.AccessKeyId });
    else if (role) actAs({ kind: 'role', name, accessKeyId: role.AccessKeyId });
  };
  if (options.length === 0)
    return (
      <p className="text-sm">
        Acting as <span className="font-semibold">{identity?.name ?? 'the default user'}</span>
      </p>
    );
  return (
    <SelectField
      label="Acting as"
      value={current}
      onChange={onChange}
      options={options}
      hint="The approval is recorded as answered by this IAM identity; switching here switches it for the whole console."
    />
  );
}
