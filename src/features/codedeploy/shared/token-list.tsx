import { useId, useState } from 'react';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { TextField } from '../../../components/form-field';
import { CloseIcon } from '../../../components/icons';

/**
 * A list of names (Auto Scaling groups, target groups, alarms): type or pick one, Add, remove
 * with ×. Names the account does not have can still be added, so the service's refusal is
 * what the user sees.
 */
export function TokenList({
  label,
  values,
  onChange,
  suggestions,
  max,
  hint,
}: {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  suggestions: readonly string[];
  max?: number;
  hint?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const full = max !== undefined && values.length >= max;
  const add = () => {
    const name = draft.trim();
    if (!name || values.includes(name) || full) return;
    onChange([...values, name]);
    setDraft('');
  };
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {values.length > 0 && (
        <ul className="mb-2 flex flex-wrap gap-2" aria-label={`${label}: chosen`}>
          {values.map((v) => (
            <li
              key={v}
              className="inline-flex items-center gap-1 rounded-full bg-zinc-100 py-0.5 pr-1 pl-2.5 font-mono text-xs ring-1 ring-zinc-300 dark:bg-zinc-800 dark:ring-zinc-600"
            >
              {v}
              <button
                type="button"
                aria-label={`Remove ${v}`}
                className="rounded-full p-0.5 hover:bg-zinc-200 dark:hover:bg-zinc-700"
                onClick={() => onChange(values.filter((x) => x !== v))}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-2">
        <input
          id={id}
          list={`${id}-options`}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          disabled={full}
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass} w-72 font-mono`}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <datalist id={`${id}-options`}>
          {suggestions
            .filter((s) => !values.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
        <button type="button" className={buttonClass('normal')} onClick={add} disabled={full || !draft.trim()}>
          Add
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A name or ARN from the account (a cluster, a listener), offered as the user types. */
export const SuggestField = (props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  suggestions: readonly (readonly [string, string])[];
  hint?: string;
}) => <TextField {...props} mono width="w-full max-w-xl" />;
