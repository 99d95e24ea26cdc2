import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { associateApprovalRuleTemplateWithRepository } from '../../../api/codecommit/associate-approval-rule-template-with-repository';
import { useCreateApprovalRuleTemplate } from '../../../api/codecommit/create-approval-rule-template';
import { useRepositories } from '../../../api/codecommit/list-repositories';
import { useIamUsers } from '../../../api/iam/list-users';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { errorText } from '../../../components/error-text';
import { useStatusStore } from '../../../stores/status-store';
import { ErrorLine } from '../diff/error-line';
import { ActingAsNote } from '../pull-requests/acting-as';
import { PoolMembersEditor, accountOfArn, toMembers, type MemberDraft } from '../pull-requests/pool-members-editor';
import { buildRuleContent, toReference } from '../pull-requests/rule-content';
import { ApprovalsNeededField, RuleContentPreview } from '../pull-requests/rule-form-parts';
import { templatePath } from '../paths';

/**
 * CreateApprovalRuleTemplate from a form (name, description, approvals needed, pool, destination
 * branches), then AssociateApprovalRuleTemplateWithRepository for each repository ticked.
 */
export function CreateTemplateDialog({ onClose }: { onClose: () => void }) {
  const ids = { name: useId(), description: useId(), branches: useId() };
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [count, setCount] = useState('1');
  const [branches, setBranches] = useState('main');
  const [members, setMembers] = useState<MemberDraft[]>([]);
  const [repositories, setRepositories] = useState<string[]>([]);
  const create = useCreateApprovalRuleTemplate();
  const allRepositories = useRepositories();
  const users = useIamUsers();
  const navigate = useNavigate();
  const account = accountOfArn(users.data?.users[0]?.Arn ?? '');
  const destinationReferences = branches
    .split(/[\n,]/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map(toReference);
  const content = buildRuleContent({
    numberOfApprovalsNeeded: Number(count),
    members: toMembers(members, account),
    destinationReferences,
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      {
        approvalRuleTemplateName: name,
        approvalRuleTemplateContent: content,
        ...(description !== '' && { approvalRuleTemplateDescription: description }),
      },
      {
        onSuccess: async () => {
          let note = '';
          try {
            for (const repositoryName of repositories) {
              await associateApprovalRuleTemplateWithRepository({ approvalRuleTemplateName: name, repositoryName });
            }
          } catch (e) {
            note = `; associating it failed: ${errorText(e)}`;
          }
          useStatusStore.getState().show(`Created approval rule template ${name}${note}`);
          void navigate(templatePath(name));
        },
      },
    );
  };

  return (
    <Dialog title="Create approval rule template" onClose={onClose} size="wide">
      <form onSubmit={submit} className="space-y-4">
        <div>
          <label htmlFor={ids.name} className="mb-1 block font-semibold">
            Approval rule template name
          </label>
          <input
            id={ids.name}
            data-autofocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            className={`${inputClass} w-full`}
          />
        </div>
        <div>
          <label htmlFor={ids.description} className="mb-1 block font-semibold">
            Description <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
          </label>
          <textarea
            id={ids.description}
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            className={`${inputClass} w-full`}
          />
        </div>
        <ApprovalsNeededField value={count} onChange={setCount} />
        <PoolMembersEditor members={members} onChange={setMembers} />
        <div>
          <label htmlFor={ids.branches} className="mb-1 block font-semibold">
            Branch filters (destination branches)
          </label>
          <textarea
            id={ids.branches}
            rows={2}
            value={branches}
            onChange={(e) => setBranches(e.target.value)}
            spellCheck={false}
            className={`${inputClass} w-full font-mono`}
          />
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            One per line or comma-separated; <code>main</code> becomes <code>refs/heads/main</code>, <code>*</code>{' '}
            wildcards allowed. Empty: the template applies to pull requests into any branch.
          </p>
        </div>
        <fieldset>
          <legend className="mb-1 font-semibold">Associated repositories</legend>
          {allRepositories.data?.length === 0 && <p className="text-sm text-zinc-600">No repositories yet.</p>}
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {allRepositories.data?.map((r) => (
              <label key={r.repositoryName} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={repositories.includes(r.repositoryName)}
                  onChange={(e) =>
                    setRepositories((list) =>
                      e.target.checked ? [...list, r.repositoryName] : list.filter((x) => x !== r.repositoryName),
                    )
                  }
                />
                {r.repositoryName}
              </label>
            ))}
          </div>
        </fieldset>
        <RuleContentPreview summary="Template content JSON" content={content} />
        {create.isError && <ErrorLine error={create.error} />}
        <ActingAsNote action="Creating the template" />
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={create.isPending}>
            Create template
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
