import { useDeleteBranch } from '../../../api/codecommit/delete-branch';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { useStatusStore } from '../../../stores/status-store';
import { ErrorLine } from '../diff/error-line';
import { ActingAsNote } from '../pull-requests/acting-as';

/** Asks before DeleteBranch; the service decides (it refuses the default branch, and protected ones). */
export function DeleteBranchDialog(props: { repositoryName: string; branchName: string; onClose: () => void }) {
  const { repositoryName, branchName, onClose } = props;
  const remove = useDeleteBranch();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (remove.isPending) return;
    remove.mutate(
      { repositoryName, branchName },
      {
        onSuccess: () => {
          useStatusStore.getState().show(`Deleted branch ${branchName}`);
          onClose();
        },
      },
    );
  };
  return (
    <Dialog title={`Delete branch ${branchName}?`} onClose={onClose}>
      <form onSubmit={submit} className="space-y-3">
        <p>This removes the branch. Commits that other branches also contain stay in their history.</p>
        {remove.isError && <ErrorLine error={remove.error} />}
        <ActingAsNote action="Deleting the branch" />
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" data-autofocus className={buttonClass('danger')} aria-disabled={remove.isPending}>
            Delete branch
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
