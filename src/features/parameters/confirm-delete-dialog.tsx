import { buttonClass } from '../../components/button-styles';
import { Dialog, DialogActions } from '../../components/dialog';
import { errorText } from '../../components/error-text';

/** Confirms deleting a parameter or scheduling a secret's deletion; the service's refusal is shown as sent. */
export function ConfirmDeleteDialog({
  title,
  children,
  error,
  pending,
  onConfirm,
  onClose,
}: {
  title: string;
  children: React.ReactNode;
  error: unknown;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="space-y-3">{children}</div>
      {error ? (
        <p role="alert" className="mt-3 font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(error)}
        </p>
      ) : null}
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={buttonClass('danger')}
          aria-disabled={pending}
          onClick={() => !pending && onConfirm()}
        >
          Delete
        </button>
      </DialogActions>
    </Dialog>
  );
}
