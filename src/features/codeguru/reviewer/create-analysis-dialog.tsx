import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateCodeReview } from '../../../api/codeguru-reviewer/create-code-review';
import { REVIEWER_ERROR_EXPLANATIONS } from '../../../api/codeguru-reviewer/service';
import type { RepositoryAssociation } from '../../../api/codeguru-reviewer/wire-types';
import { useBranches } from '../../../api/codecommit/list-branches';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../../../components/error-callout';
import { SelectField, TextField } from '../../../components/form-field';
import { codeReviewPath } from './paths';

/** CreateCodeReview: a full repository analysis of one branch of an associated repository. */
export function CreateAnalysisDialog({
  associations,
  onClose,
}: {
  associations: readonly RepositoryAssociation[];
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const create = useCreateCodeReview();
  const ready = associations.filter((a) => a.State === 'Associated');
  const [arn, setArn] = useState(ready[0]?.AssociationArn ?? '');
  const association = ready.find((a) => a.AssociationArn === arn);
  const branches = useBranches(association?.Name ?? '');
  const [branch, setBranch] = useState('');
  const branchNames = branches.data ?? [];
  const chosenBranch = branch || (branchNames.includes('main') ? 'main' : (branchNames[0] ?? ''));
  const [name, setName] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, associationArn: arn, branchName: chosenBranch },
      { onSuccess: (review) => void navigate(codeReviewPath(review.CodeReviewArn)) },
    );
  };
  // A refusal about the name is shown under the name field; anything else below the form.
  const atName = create.error instanceof Error && create.error.message.includes("at 'name'");
  if (ready.length === 0) {
    return (
      <Dialog title="Create repository analysis" onClose={onClose}>
        <p>No repository is Associated yet. Associate one and wait until its state is Associated.</p>
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Close
          </button>
        </DialogActions>
      </Dialog>
    );
  }
  return (
    <Dialog title="Create repository analysis" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          A full analysis reads every Java and Python file at the head of the branch, not only what changed.
        </p>
        <SelectField
          label="Associated repository"
          value={arn}
          onChange={setArn}
          options={ready.map((a) => [a.AssociationArn, a.Name] as const)}
        />
        <SelectField
          label="Source branch"
          value={chosenBranch}
          onChange={setBranch}
          options={branchNames.map((b) => [b, b] as const)}
          hint={branches.isPending ? 'Reading branches…' : undefined}
        />
        <TextField
          label="Code review name"
          value={name}
          onChange={setName}
          hint="1-100 letters, digits, - and _; unique for the repository."
          placeholder={`${association?.Name ?? 'repository'}-full-analysis`}
          error={
            atName ? (
              <ErrorCallout error={create.error} explanations={REVIEWER_ERROR_EXPLANATIONS} compact />
            ) : undefined
          }
        />
        {create.error && !atName && <ErrorCallout error={create.error} explanations={REVIEWER_ERROR_EXPLANATIONS} />}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={create.isPending}>
            Create repository analysis
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
