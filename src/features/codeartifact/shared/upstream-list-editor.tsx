import { useId, useState } from 'react';
import { buttonClass, inputClass } from '../../../components/button-styles';

/** At most 10 direct upstreams per repository, not adjustable (facts §5.1). */
export const MAX_UPSTREAMS = 10;

const small = 'px-2.5 py-0.5 text-xs';

/**
 * An ordered list of upstream repositories: position is priority (1 is searched first). Reorder, remove, or add
 * one of the domain's other repositories.
 */
export function UpstreamListEditor({
  value,
  onChange,
  candidates,
  legendHidden = false,
}: {
  value: readonly string[];
  onChange: (upstreams: string[]) => void;
  /** Repositories of the domain that may be added (the repository itself excluded). */
  candidates: readonly string[];
  /** Inside a panel already titled for it, the legend is for screen readers only. */
  legendHidden?: boolean;
}) {
  const id = useId();
  const addable = candidates.filter((c) => !value.includes(c));
  const [adding, setAdding] = useState('');
  const choice = addable.includes(adding) ? adding : (addable[0] ?? '');
  const move = (from: number, to: number) => {
    const next = [...value];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <fieldset>
      <legend className={legendHidden ? 'sr-only' : 'mb-1 font-semibold'}>Upstream repositories</legend>
      <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">
        Searched in this order when the repository does not hold a version itself; each upstream’s own upstreams are
        searched before the next one. At most {MAX_UPSTREAMS}.
      </p>
      {value.length === 0 ? (
        <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">No upstream repositories.</p>
      ) : (
        <ol aria-label="Upstream repositories in priority order" className="mb-2 space-y-1">
          {value.map((name, i) => (
            <li
              key={name}
              className="flex items-center gap-2 rounded-md border border-zinc-200 px-2 py-1 dark:border-zinc-700"
            >
              <span className="w-5 text-right text-xs font-bold text-zinc-500">{i + 1}</span>
              <span className="min-w-0 flex-1 truncate font-mono text-sm">{name}</span>
              <button
                type="button"
                className={buttonClass('normal', small)}
                disabled={i === 0}
                aria-label={`Move ${name} up`}
                onClick={() => move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className={buttonClass('normal', small)}
                disabled={i === value.length - 1}
                aria-label={`Move ${name} down`}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className={buttonClass('normal', small)}
                aria-label={`Remove ${name}`}
                onClick={() => onChange(value.filter((v) => v !== name))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      {addable.length > 0 && (
        <div className="flex items-center gap-2">
          <label htmlFor={id} className="sr-only">
            Repository to add as an upstream
          </label>
          <select
            id={id}
            value={choice}
            onChange={(e) => setAdding(e.target.value)}
            className={`${inputClass} max-w-full`}
          >
            {addable.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={buttonClass('normal', small)}
            onClick={() => onChange([...value, choice])}
            title={
              value.length >= MAX_UPSTREAMS
                ? `CodeArtifact allows at most ${MAX_UPSTREAMS} direct upstreams`
                : undefined
            }
          >
            Add upstream
          </button>
        </div>
      )}
      {value.length > MAX_UPSTREAMS && (
        <p className="mt-1 text-xs text-red-800 dark:text-red-300">
          {value.length} upstreams: CodeArtifact allows at most {MAX_UPSTREAMS} direct upstream repositories and will
          refuse this list.
        </p>
      )}
    </fieldset>
  );
}
