import { buttonClass } from '../../components/button-styles';
import { DialogActions } from '../../components/dialog';
import { errorText } from '../../components/error-text';

interface DialogFooterProps {
  /** The service's refusal, in its words; the form keeps what was typed. */
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onClose: () => void;
}

export function DialogFooter({ error, pending, submitLabel, onClose }: DialogFooterProps) {
  return (
    <>
      {error !== null && error !== undefined && (
        <p role="alert" className="font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(error)}
        </p>
      )}
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className={buttonClass('primary')} aria-disabled={pending}>
          {submitLabel}
        </button>
      </DialogActions>
    </>
  );
}
