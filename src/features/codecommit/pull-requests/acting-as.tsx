import { useIamRoles } from '../../../api/iam/list-roles';
import { useIamUsers } from '../../../api/iam/list-users';
import { useIdentityStore } from '../../../stores/identity-store';

export interface ActingAs {
  /** `ana`, or `CodeCommitReview (role)`. */
  label: string;
  /** The ARN the services record for this identity (user ARN or assumed-role session ARN). */
  arn: string | undefined;
}

/** Who the console's requests are signed as right now ("Acting as" in the top bar). */
export function useActingAs(): ActingAs {
  const identity = useIdentityStore((s) => s.identity);
  const users = useIamUsers();
  const roles = useIamRoles();
  if (identity?.kind === 'role') {
    return {
      label: `${identity.name} (role)`,
      arn: roles.data?.find((r) => r.RoleName === identity.name)?.AssumedRoleArn,
    };
  }
  const name = identity?.name ?? users.data?.defaultUserName ?? 'the default user';
  return { label: name, arn: users.data?.users.find((u) => u.UserName === name)?.Arn };
}

/** A line under a form or button row saying who will perform the action. */
export function ActingAsNote({ action = 'This action' }: { action?: string }) {
  const { label } = useActingAs();
  return (
    <p className="text-xs text-zinc-600 dark:text-zinc-400">
      {action} runs as <span className="font-semibold text-zinc-800 dark:text-zinc-200">{label}</span> (change it with
      “Acting as” in the top bar).
    </p>
  );
}
