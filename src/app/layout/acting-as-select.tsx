import { useEffect, useId } from 'react';
import { useIamRoles } from '../../api/iam/list-roles';
import { useIamUsers } from '../../api/iam/list-users';
import { useIdentityStore } from '../../stores/identity-store';

const valueOf = (kind: 'user' | 'role', name: string) => `${kind}:${name}`;

/**
 * "Acting as": the simulated user or assumed role every console request is signed as. The
 * account's default user sends no credentials; a saved choice the current world does not have
 * falls back to it.
 */
export function ActingAsSelect() {
  const id = useId();
  const users = useIamUsers();
  const roles = useIamRoles();
  const identity = useIdentityStore((s) => s.identity);
  const actAs = useIdentityStore((s) => s.actAs);
  const defaultUser = users.data?.defaultUserName;

  useEffect(() => {
    if (!identity || !users.data || !roles.data) return;
    const known =
      identity.kind === 'user'
        ? users.data.users.some((u) => u.UserName === identity.name && u.AccessKeyId === identity.accessKeyId)
        : roles.data.some((r) => r.RoleName === identity.name && r.AccessKeyId === identity.accessKeyId);
    if (!known) actAs(undefined);
  }, [identity, users.data, roles.data, actAs]);

  const onChange = (value: string) => {
    const [kind, ...rest] = value.split(':');
    const name = rest.join(':');
    if (kind === 'user') {
      const user = users.data?.users.find((u) => u.UserName === name);
      actAs(!user || name === defaultUser ? undefined : { kind: 'user', name, accessKeyId: user.AccessKeyId });
    } else {
      const role = roles.data?.find((r) => r.RoleName === name);
      if (role) actAs({ kind: 'role', name, accessKeyId: role.AccessKeyId });
    }
  };

  const current = identity ? valueOf(identity.kind, identity.name) : valueOf('user', defaultUser ?? '');
  const loading = !users.data || !roles.data;

  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="whitespace-nowrap text-zinc-400">
        Acting as
      </label>
      <select
        id={id}
        value={loading ? '' : current}
        disabled={loading}
        onChange={(e) => onChange(e.target.value)}
        title="Every request the console makes is signed as this IAM identity"
        className="max-w-48 rounded-md border border-zinc-600 bg-zinc-800 px-2 py-1 text-xs text-white disabled:opacity-60"
      >
        {loading && <option value="">{users.isError || roles.isError ? 'IAM unavailable' : '…'}</option>}
        {users.data && (
          <optgroup label="IAM users">
            {users.data.users.map((u) => (
              <option key={u.UserName} value={valueOf('user', u.UserName)}>
                {u.UserName === defaultUser ? `${u.UserName} (default)` : u.UserName}
              </option>
            ))}
          </optgroup>
        )}
        {roles.data && roles.data.length > 0 && (
          <optgroup label="Assumed roles">
            {roles.data.map((r) => (
              <option key={r.RoleName} value={valueOf('role', r.RoleName)}>
                {`${r.RoleName} (role)`}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
