import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateRepository } from '../../api/codecommit/create-repository';
import { isValidRepositoryName } from '../../engine/codecommit/names';
import { buttonClass, inputClass } from '../../components/button-styles';
import { Dialog, DialogActions } from '../../components/dialog';
import { errorText } from '../../components/error-text';
import { repositoryPath } from './paths';

/**
 * Creates a repository. The naming rule is shown as a hint, but the service decides: whatever
 * it answers is shown as sent, and the form keeps what the user typed.
 */
export function CreateRepositoryDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const navigate = useNavigate();
  const create = useCreateRepository();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const nameLooksWrong = name !== '' && !isValidRepositoryName(name);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      { repositoryName: name, ...(description !== '' && { repositoryDescription: description }) },
      { onSuccess: (repo) => void navigate(repositoryPath(repo.repositoryName)) },
    );
  };

  return (
    <Dialog title="Create repository" onClose={onClose}>
      <form onSubmit={submit} className="space-y-5">
        <p className="text-zinc-600 dark:text-zinc-400">
          A repository stores the files and history of one project; pushes to it can start pipelines.
        </p>
        <div>
          <label htmlFor={`${id}-name`} className="mb-1 block font-semibold">
            Repository name
          </label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={`${id}-name-hint`}
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} w-full`}
          />
          <p id={`${id}-name-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            1–100 letters, digits, periods, underscores and dashes; must not end in .git. Names are case sensitive and
            unique in the account.
            {nameLooksWrong && (
              <span className="mt-1 block font-semibold text-amber-800 dark:text-amber-300">
                This name does not follow the rule, so CodeCommit will most likely refuse it.
              </span>
            )}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-description`} className="mb-1 block font-semibold">
            Description
          </label>
          <textarea
            id={`${id}-description`}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            rows={3}
            aria-describedby={`${id}-description-hint`}
            className={`${inputClass} w-full`}
          />
          <p id={`${id}-description-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            Optional, up to 1,000 characters.
          </p>
        </div>
        {create.isError && (
          <p
            role="alert"
            className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 font-mono text-xs break-words text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100"
          >
            {errorText(create.error)}
          </p>
        )}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={create.isPending}>
            Create
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
