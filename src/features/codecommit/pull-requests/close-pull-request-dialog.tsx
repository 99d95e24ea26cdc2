import { useUpdatePullRequestStatus } from '../../../api/codecommit/update-pull-request-status';
import type { PullRequest } from '../../../api/codecommit/pull-request-types';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { useStatusStore } from '../../../stores/status-store';
import { ErrorLine } from '../diff/error-line';
import { ActingAsNote } from './acting-as';

/** UpdatePullRequestStatus to CLOSED: the pull request ends without merging (it cannot be reopened). */
export function ClosePullRequestDialog({ pr, onClose }: { pr: PullRequest; onClose: () => void }) {
  const update = useUpdatePullRequestStatus();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { pullRequestId: pr.pullRequestId, pullRequestStatus: 'CLOSED' },
      {
        onSuccess: () => {
          useStatusStore.getState().show(`Closed pull request #${pr.pullRequestId}`);
          onClose();
        },
      },
    );
  };
  return (
    <Dialog title={`Close pull request #${pr.pullRequestId}?`} onClose={onClose}>
      <form onSubmit={submit} className="space-y-3">
        <p>The pull request closes without merging. A closed pull request cannot be reopened.</p>
        {update.isError && <ErrorLine error={update.error} />}
        <ActingAsNote action="Closing" />
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" data-autofocus className={buttonClass('danger')} aria-disabled={update.isPending}>
            Close pull request
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
