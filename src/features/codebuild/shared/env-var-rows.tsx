import { useId } from 'react';
import type { EnvironmentVariable, EnvironmentVariableType } from '../../../api/codebuild/types';
import { buttonClass, inputClass } from '../../../components/button-styles';

const TYPES: { value: EnvironmentVariableType; label: string; hint: string }[] = [
  { value: 'PLAINTEXT', label: 'Plaintext', hint: 'Value' },
  { value: 'PARAMETER_STORE', label: 'Parameter', hint: 'Parameter name, e.g. /app/env' },
  { value: 'SECRETS_MANAGER', label: 'Secrets Manager', hint: 'secret-id:json-key:version-stage:version-id' },
];

/** Name / value / type rows for environment variables (project settings and StartBuild overrides). */
export function EnvVarRows({
  value,
  onChange,
  legend,
}: {
  value: EnvironmentVariable[];
  onChange: (next: EnvironmentVariable[]) => void;
  legend: string;
}) {
  const id = useId();
  const set = (i: number, patch: Partial<EnvironmentVariable>) =>
    onChange(value.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {value.length === 0 && <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">None.</p>}
      <div className="space-y-2">
        {value.map((v, i) => {
          const type = TYPES.find((t) => t.value === (v.type ?? 'PLAINTEXT')) ?? TYPES[0];
          return (
            <div key={i} className="flex flex-wrap items-end gap-2">
              <label className="text-xs">
                <span className="mb-0.5 block font-semibold">Name</span>
                <input
                  aria-label={`Variable ${i + 1} name`}
                  value={v.name}
                  onChange={(e) => set(i, { name: e.target.value })}
                  className={`${inputClass} w-44 font-mono`}
                  spellCheck={false}
                  autoComplete="off"
                />
              </label>
              <label className="text-xs">
                <span className="mb-0.5 block font-semibold">Value</span>
                <input
                  aria-label={`Variable ${i + 1} value`}
                  value={v.value}
                  placeholder={type?.hint}
                  onChange={(e) => set(i, { value: e.target.value })}
                  className={`${inputClass} w-64 font-mono`}
                  spellCheck={false}
                  autoComplete="off"
                />
              </label>
              <label className="text-xs">
                <span className="mb-0.5 block font-semibold">Type</span>
                <select
                  aria-label={`Variable ${i + 1} type`}
                  value={v.type ?? 'PLAINTEXT'}
                  onChange={(e) => set(i, { type: e.target.value as EnvironmentVariableType })}
                  className={inputClass}
                >
                  {TYPES.map((t) => (
                    <option key={t.value} value={t.value}>
                      {t.label}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className={buttonClass('normal', 'px-3 py-1 text-xs')}
                aria-label={`Remove variable ${i + 1}`}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
          );
        })}
      </div>
      <button
        id={`${id}-add`}
        type="button"
        className={buttonClass('normal', 'mt-2 px-3 py-1 text-xs')}
        onClick={() => onChange([...value, { name: '', value: '', type: 'PLAINTEXT' }])}
      >
        Add environment variable
      </button>
    </fieldset>
  );
}
