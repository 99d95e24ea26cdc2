import type { ReactNode } from 'react';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from './error-callout';

/** Asks before a Delete* call; Cancel has the focus, and the service's refusal shows above the buttons. */
export function ConfirmDeleteDialog({
  title,
  children,
  confirmLabel,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      {error ? (
        <div className="mt-3">
          <ErrorCallout error={error} />
        </div>
      ) : null}
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button type="button" className={buttonClass('danger')} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </DialogActions>
    </Dialog>
  );
}
