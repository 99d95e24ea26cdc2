import { useId, useState } from 'react';
import { getBranch } from '../../../api/codecommit/get-branch';
import { useCreateBranch } from '../../../api/codecommit/create-branch';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { useStatusStore } from '../../../stores/status-store';
import { ErrorLine } from '../diff/error-line';
import { RefPicker } from '../diff/ref-picker';
import { ActingAsNote } from '../pull-requests/acting-as';

interface CreateBranchDialogProps {
  repositoryName: string;
  branches: string[];
  defaultBranch?: string;
  onClose: () => void;
}

const COMMIT_ID = /^[0-9a-f]{40}$/;

/**
 * CreateBranch takes a commit ID; picking a branch reads its tip first (GetBranch), as the console
 * does. A refused name keeps what was typed and shows the service's error.
 */
export function CreateBranchDialog({ repositoryName, branches, defaultBranch, onClose }: CreateBranchDialogProps) {
  const nameId = useId();
  const commitId = useId();
  const [branchName, setBranchName] = useState('');
  const [from, setFrom] = useState(defaultBranch ?? branches[0] ?? '');
  const [commit, setCommit] = useState('');
  const [resolveError, setResolveError] = useState<unknown>();
  const create = useCreateBranch();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setResolveError(undefined);
    create.reset();
    let tip = commit.trim();
    if (tip === '') {
      try {
        tip = (await getBranch(repositoryName, from)).commitId;
      } catch (e) {
        setResolveError(e);
        return;
      }
    }
    create.mutate(
      { repositoryName, branchName, commitId: tip },
      {
        onSuccess: () => {
          useStatusStore.getState().show(`Created branch ${branchName}`);
          onClose();
        },
      },
    );
  };

  const error = resolveError ?? create.error;
  return (
    <Dialog title="Create branch" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} className="space-y-4">
        <div>
          <label htmlFor={nameId} className="mb-1 block font-semibold">
            Branch name
          </label>
          <input
            id={nameId}
            data-autofocus
            value={branchName}
            onChange={(e) => setBranchName(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} w-full`}
          />
        </div>
        <RefPicker
          label="Branch from"
          branches={branches}
          defaultBranch={defaultBranch}
          value={from}
          onChange={setFrom}
        />
        <div>
          <label htmlFor={commitId} className="mb-1 block text-xs font-semibold text-zinc-700 dark:text-zinc-300">
            Or a commit ID (full 40 characters; overrides the branch)
          </label>
          <input
            id={commitId}
            value={commit}
            onChange={(e) => setCommit(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={commit !== '' && !COMMIT_ID.test(commit.trim())}
            className={`${inputClass} w-full font-mono`}
          />
        </div>
        {error != null && <ErrorLine error={error} />}
        <ActingAsNote action="Creating the branch" />
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={create.isPending}>
            Create branch
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
