import { useId } from 'react';
import { useIamRoles } from '../../../api/iam/list-roles';
import { useIamUsers } from '../../../api/iam/list-users';
import { buttonClass, inputClass } from '../../../components/button-styles';

/** One row of the form: the member form chosen and what was typed (kept as typed until submit). */
export interface MemberDraft {
  form: 'approver' | 'arn';
  value: string;
}

interface PoolMembersEditorProps {
  members: MemberDraft[];
  onChange: (members: MemberDraft[]) => void;
}

/**
 * Approval pool members in both forms the service accepts (aws-facts §4.1): an IAM user name or
 * `RoleName/Session` (written `CodeCommitApprovers:<account>:<name>`), or a full IAM/STS ARN with
 * optional `*` wildcards. Names and ARNs of the simulated account are offered as suggestions.
 */
export function PoolMembersEditor({ members, onChange }: PoolMembersEditorProps) {
  const listId = useId();
  const arnListId = useId();
  const users = useIamUsers();
  const roles = useIamRoles();
  const names = [
    ...(users.data?.users.map((u) => u.UserName) ?? []),
    ...(roles.data?.map((r) => r.AssumedRoleArn.replace(/^.*:assumed-role\//, '')) ?? []),
  ];
  const arns = [
    ...(users.data?.users.map((u) => u.Arn) ?? []),
    ...(roles.data?.map((r) => r.AssumedRoleArn.replace(/[^/]+$/, '*')) ?? []),
  ];
  const update = (i: number, patch: Partial<MemberDraft>) =>
    onChange(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">Approval pool members</legend>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Who may approve. Leave the pool empty to let anyone with access approve.
      </p>
      {members.map((m, i) => (
        <div key={i} className="flex flex-wrap items-center gap-2">
          <select
            aria-label={`Member ${i + 1} type`}
            value={m.form}
            onChange={(e) => update(i, { form: e.target.value as MemberDraft['form'] })}
            className={inputClass}
          >
            <option value="approver">IAM user name or role session</option>
            <option value="arn">Fully qualified ARN</option>
          </select>
          <input
            aria-label={`Member ${i + 1} ${m.form === 'approver' ? 'name' : 'ARN'}`}
            value={m.value}
            list={m.form === 'approver' ? listId : arnListId}
            onChange={(e) => update(i, { value: e.target.value })}
            placeholder={m.form === 'approver' ? 'ben' : 'arn:aws:sts::123456789012:assumed-role/CodeCommitReview/*'}
            spellCheck={false}
            className={`${inputClass} min-w-64 flex-1 font-mono`}
          />
          <button
            type="button"
            className={buttonClass('normal', 'px-3 py-1 text-xs')}
            onClick={() => onChange(members.filter((_, j) => j !== i))}
          >
            Remove<span className="sr-only"> member {i + 1}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className={buttonClass('normal', 'px-3 py-1 text-xs')}
        onClick={() => onChange([...members, { form: 'approver', value: '' }])}
      >
        Add approval pool member
      </button>
      <datalist id={listId}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <datalist id={arnListId}>
        {arns.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
    </fieldset>
  );
}

/** Drafts as pool members; `CodeCommitApprovers:` names need the account they belong to. */
export const toMembers = (drafts: MemberDraft[], account: string) =>
  drafts
    .filter((d) => d.value.trim() !== '')
    .map((d) =>
      d.form === 'approver'
        ? { form: 'approver' as const, account, name: d.value.trim() }
        : { form: 'arn' as const, arn: d.value.trim() },
    );

/** `arn:aws:iam::123456789012:user/ana` → `123456789012`. */
export const accountOfArn = (arn: string) => /^arn:aws:[^:]*:[^:]*:(\d{12}):/.exec(arn)?.[1] ?? '';
