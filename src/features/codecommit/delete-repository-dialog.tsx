import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDeleteRepository } from '../../api/codecommit/delete-repository';
import { buttonClass, inputClass } from '../../components/button-styles';
import { Dialog, DialogActions } from '../../components/dialog';
import { errorText } from '../../components/error-text';
import { useStatusStore } from '../../stores/status-store';

/** Deleting cannot be undone, so the user types the repository's name to confirm. */
export function DeleteRepositoryDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const remove = useDeleteRepository();
  const navigate = useNavigate();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (typed !== name || remove.isPending) return;
    remove.mutate(name, {
      onSuccess: () => {
        useStatusStore.getState().show(`Deleted repository ${name}`);
        void navigate('/codecommit');
      },
    });
  };

  return (
    <Dialog title={`Delete ${name}?`} onClose={onClose}>
      <form onSubmit={submit}>
        <p>
          Deleting a repository removes its files, branches and history for good. Pipelines that use it as a source will
          fail.
        </p>
        <label htmlFor={id} className="mt-4 mb-1 block font-semibold">
          To confirm, type the repository name ({name})
        </label>
        <input
          id={id}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass} w-full`}
          data-autofocus
        />
        {remove.isError && (
          <p role="alert" className="mt-3 font-mono text-xs text-red-800 dark:text-red-300">
            {errorText(remove.error)}
          </p>
        )}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={buttonClass('danger')}
            disabled={typed !== name}
            aria-disabled={remove.isPending}
          >
            Delete repository
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
