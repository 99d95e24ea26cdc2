import { useId, useState } from 'react';
import { useCreatePullRequestApprovalRule } from '../../../api/codecommit/create-pull-request-approval-rule';
import type { PullRequest } from '../../../api/codecommit/pull-request-types';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { useStatusStore } from '../../../stores/status-store';
import { ErrorLine } from '../diff/error-line';
import { ActingAsNote } from './acting-as';
import { PoolMembersEditor, accountOfArn, toMembers, type MemberDraft } from './pool-members-editor';
import { buildRuleContent } from './rule-content';

/** CreatePullRequestApprovalRule from a form: name, number of approvals (console default 1), pool. */
export function CreateApprovalRuleDialog({ pr, onClose }: { pr: PullRequest; onClose: () => void }) {
  const nameId = useId();
  const countId = useId();
  const [name, setName] = useState('');
  const [count, setCount] = useState('1');
  const [members, setMembers] = useState<MemberDraft[]>([]);
  const create = useCreatePullRequestApprovalRule();
  const content = buildRuleContent({
    numberOfApprovalsNeeded: Number(count),
    members: toMembers(members, accountOfArn(pr.authorArn)),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      { pullRequestId: pr.pullRequestId, approvalRuleName: name, approvalRuleContent: content },
      {
        onSuccess: () => {
          useStatusStore.getState().show(`Created approval rule ${name}`);
          onClose();
        },
      },
    );
  };

  return (
    <Dialog title="Create approval rule" onClose={onClose} size="wide">
      <form onSubmit={submit} className="space-y-4">
        <div>
          <label htmlFor={nameId} className="mb-1 block font-semibold">
            Approval rule name
          </label>
          <input
            id={nameId}
            data-autofocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            className={`${inputClass} w-full`}
          />
        </div>
        <div>
          <label htmlFor={countId} className="mb-1 block font-semibold">
            Number of approvals needed
          </label>
          <input
            id={countId}
            type="number"
            min={1}
            value={count}
            onChange={(e) => setCount(e.target.value)}
            className={`${inputClass} w-24`}
          />
        </div>
        <PoolMembersEditor members={members} onChange={setMembers} />
        <details>
          <summary className="cursor-pointer text-sm font-semibold">Rule content JSON</summary>
          <pre className="mt-2 overflow-x-auto rounded-lg bg-zinc-50 p-3 font-mono text-xs dark:bg-zinc-950">
            {JSON.stringify(JSON.parse(content), null, 2)}
          </pre>
        </details>
        {create.isError && <ErrorLine error={create.error} />}
        <ActingAsNote action="Creating the rule" />
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={create.isPending}>
            Create approval rule
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
