import { useState } from 'react';
import { buttonClass } from '../../components/button-styles';
import { errorText } from '../../components/error-text';

/**
 * A secret value, masked until revealed: `load` reads it from the service only when the user asks, and it
 * is shown as text (never markup).
 */
export function MaskedValue({
  name,
  useValue,
}: {
  name: string;
  useValue: (enabled: boolean) => { data?: string; error: unknown; isFetching: boolean };
}) {
  const [shown, setShown] = useState(false);
  const value = useValue(shown);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="font-mono text-xs break-all">
        {shown ? (value.isFetching && value.data === undefined ? '…' : (value.data ?? '')) : '••••••••'}
      </span>
      <button
        type="button"
        className={buttonClass('normal', 'px-2 py-0.5 text-xs')}
        aria-pressed={shown}
        aria-label={`${shown ? 'Hide' : 'Show'} value of ${name}`}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? 'Hide' : 'Show'}
      </button>
      {shown && value.error ? (
        <span role="alert" className="font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(value.error)}
        </span>
      ) : null}
    </span>
  );
}
