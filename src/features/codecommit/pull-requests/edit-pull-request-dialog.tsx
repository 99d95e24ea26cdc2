import { useState } from 'react';
import type { PullRequest } from '../../../api/codecommit/pull-request-types';
import { useUpdatePullRequestDescription } from '../../../api/codecommit/update-pull-request-description';
import { useUpdatePullRequestTitle } from '../../../api/codecommit/update-pull-request-title';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { useStatusStore } from '../../../stores/status-store';
import { ErrorLine } from '../diff/error-line';
import { ActingAsNote } from './acting-as';
import { TitleDescriptionFields } from './title-description-fields';

/** UpdatePullRequestTitle and UpdatePullRequestDescription, each only when its field changed. */
export function EditPullRequestDialog({ pr, onClose }: { pr: PullRequest; onClose: () => void }) {
  const [title, setTitle] = useState(pr.title);
  const [description, setDescription] = useState(pr.description ?? '');
  const updateTitle = useUpdatePullRequestTitle();
  const updateDescription = useUpdatePullRequestDescription();
  const busy = updateTitle.isPending || updateDescription.isPending;
  const error = updateTitle.error ?? updateDescription.error;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const { pullRequestId } = pr;
    try {
      if (title !== pr.title) await updateTitle.mutateAsync({ pullRequestId, title });
      if (description !== (pr.description ?? '')) await updateDescription.mutateAsync({ pullRequestId, description });
    } catch {
      return; // The error shows in the dialog; what was typed stays.
    }
    useStatusStore.getState().show(`Saved pull request #${pullRequestId}`);
    onClose();
  };

  return (
    <Dialog title={`Edit pull request #${pr.pullRequestId}`} onClose={onClose} size="wide">
      <form onSubmit={(e) => void submit(e)} className="space-y-3">
        <TitleDescriptionFields
          title={title}
          description={description}
          onTitle={setTitle}
          onDescription={setDescription}
        />
        {error && <ErrorLine error={error} />}
        <ActingAsNote action="Editing" />
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={busy}>
            Save
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
