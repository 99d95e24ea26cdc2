import { useId } from 'react';
import { buttonClass, inputClass } from '../../components/button-styles';
import { DialogActions } from '../../components/dialog';
import { errorText } from '../../components/error-text';

interface TextInputFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Names and values are code: monospace, no spell checking. */
  code?: boolean;
  placeholder?: string;
}

export function TextInputField({ label, value, onChange, code = false, placeholder }: TextInputFieldProps) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`${inputClass} w-full ${code ? 'font-mono' : ''}`}
        placeholder={placeholder}
        spellCheck={!code}
      />
    </div>
  );
}

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
