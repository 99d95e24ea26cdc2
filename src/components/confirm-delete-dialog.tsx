import type { ReactNode } from 'react';
import { buttonClass } from './button-styles';
import { Dialog, DialogActions } from './dialog';
import { ErrorCallout } from './error-callout';

/** Asks before a Delete* call; Cancel has the focus, and the service's refusal shows above the buttons. */
export function ConfirmDeleteDialog({
  title,
  children,
  confirmLabel,
  error,
  explanations,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  error: unknown;
  /** The service's plain explanations of its exceptions, shown under the refusal. */
  explanations?: Readonly<Record<string, string>>;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      {error ? (
        <div className="mt-3">
          <ErrorCallout error={error} explanations={explanations} />
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
