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
import { ApprovalsNeededField, RuleContentPreview } from './rule-form-parts';

/** CreatePullRequestApprovalRule from a form: name, number of approvals (console default 1), pool. */
export function CreateApprovalRuleDialog({ pr, onClose }: { pr: PullRequest; onClose: () => void }) {
  const nameId = useId();
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
        <ApprovalsNeededField value={count} onChange={setCount} />
        <PoolMembersEditor members={members} onChange={setMembers} />
        <RuleContentPreview summary="Rule content JSON" content={content} />
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
