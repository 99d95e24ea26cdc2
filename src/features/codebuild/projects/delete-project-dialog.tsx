import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDeleteProject } from '../../../api/codebuild/delete-project';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { errorText } from '../../../components/error-text';
import { codebuildHome } from '../shared/paths';

/** Deleting a project is final; as in the console, the user types "delete" to confirm. */
export function DeleteProjectDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const id = useId();
  const navigate = useNavigate();
  const remove = useDeleteProject();
  const [typed, setTyped] = useState('');
  const ready = typed === 'delete';
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready || remove.isPending) return;
    remove.mutate(name, { onSuccess: () => void navigate(codebuildHome()) });
  };
  return (
    <Dialog title={`Delete ${name}`} onClose={onClose}>
      <form onSubmit={submit} className="space-y-4">
        <p>
          The project, its webhook and its badge go away. Builds already run stay in the build history; their logs and
          artifacts stay where they are.
        </p>
        <div>
          <label htmlFor={id} className="mb-1 block font-semibold">
            To confirm, type “delete”
          </label>
          <input
            id={id}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            className={`${inputClass} w-full`}
            autoComplete="off"
          />
        </div>
        {remove.isError && (
          <p role="alert" className="font-mono text-xs text-red-700 dark:text-red-300">
            {errorText(remove.error)}
          </p>
        )}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('danger')} aria-disabled={!ready || remove.isPending}>
            Delete
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
