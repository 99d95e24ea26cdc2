import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDeleteFile } from '../../../api/codecommit/delete-file';
import { getFolder } from '../../../api/codecommit/get-folder';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { useStatusStore } from '../../../stores/status-store';
import { shortId } from '../commit-format';
import { browsePath, parentFolder } from '../paths';
import { describeCommitError } from './commit-errors';
import { CommitErrorPanel } from './commit-error-panel';
import { useDraftStore } from './draft-store';

interface DeleteFileDialogProps {
  name: string;
  branch: string;
  path: string;
  /** The commit the file was read at: a newer branch tip makes the service refuse. */
  parentCommitId: string;
  onClose: () => void;
}

/** Deletes a file in a new commit on the branch (DeleteFile), after a commit message. */
export function DeleteFileDialog({ name, branch, path, parentCommitId, onClose }: DeleteFileDialogProps) {
  const id = useId();
  const defaultMessage = `Delete ${path}`;
  const [message, setMessage] = useState('');
  const author = useDraftStore((s) => s.author);
  const remove = useDeleteFile();
  const navigate = useNavigate();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (remove.isPending) return;
    const commitMessage = message.trim() || defaultMessage;
    remove.mutate(
      {
        repositoryName: name,
        branchName: branch,
        filePath: path,
        parentCommitId,
        commitMessage,
        ...(author.name.trim() && { name: author.name.trim() }),
        ...(author.email.trim() && { email: author.email.trim() }),
      },
      {
        onSuccess: async (out) => {
          useStatusStore.getState().show(`Committed ${shortId(out.commitId)} to ${branch}: ${commitMessage}`);
          // The folder disappears with its last file; then the root is where to land.
          const folder = parentFolder(path);
          const stillThere =
            folder === '' ||
            (await getFolder(name, branch, folder).then(
              () => true,
              () => false,
            ));
          void navigate(browsePath(name, branch, stillThere ? folder : ''));
        },
      },
    );
  };

  return (
    <Dialog title={`Delete ${path}?`} onClose={onClose}>
      <form onSubmit={submit}>
        <p>
          The file is removed from <strong>{branch}</strong> in a new commit. Its history stays: earlier commits still
          have it.
        </p>
        <label htmlFor={id} className="mt-4 mb-1 block font-semibold">
          Commit message <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
        </label>
        <input
          id={id}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          placeholder={defaultMessage}
          autoComplete="off"
          className={`${inputClass} w-full`}
          data-autofocus
        />
        {remove.isError && (
          <div className="mt-3">
            <CommitErrorPanel problem={describeCommitError(remove.error, branch, path)} />
          </div>
        )}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('danger')} aria-disabled={remove.isPending}>
            {remove.isPending ? 'Deleting…' : 'Delete file'}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
