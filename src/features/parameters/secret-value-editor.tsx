import { useId } from 'react';
import { buttonClass, inputClass } from '../../components/button-styles';
import { parsePairs, type Pair } from './secret-pairs';

/** A secret's value as key/value rows (the JSON object the console's editor builds) or as plain text. */
export function SecretValueEditor({
  mode,
  onMode,
  pairs,
  onPairs,
  text,
  onText,
}: {
  mode: 'pairs' | 'text';
  onMode: (mode: 'pairs' | 'text') => void;
  pairs: Pair[];
  onPairs: (pairs: Pair[]) => void;
  text: string;
  onText: (text: string) => void;
}) {
  const id = useId();
  const set = (i: number, patch: Partial<Pair>) => onPairs(pairs.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <div className="space-y-2">
      <div role="radiogroup" aria-label="Value format" className="flex gap-4">
        <label className="flex items-center gap-1.5">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'pairs'}
            onChange={() => onMode('pairs')}
            disabled={mode === 'text' && parsePairs(text) === undefined}
          />
          Key/value
        </label>
        <label className="flex items-center gap-1.5">
          <input type="radio" name={`${id}-mode`} checked={mode === 'text'} onChange={() => onMode('text')} />
          Plaintext
        </label>
      </div>
      {mode === 'text' ? (
        <textarea
          aria-label="Secret value"
          value={text}
          onChange={(e) => onText(e.target.value)}
          rows={4}
          className={`${inputClass} w-full font-mono`}
          spellCheck={false}
        />
      ) : (
        <div className="space-y-2">
          {pairs.map((p, i) => (
            <div key={i} className="flex gap-2">
              <input
                aria-label={`Key ${i + 1}`}
                value={p.key}
                onChange={(e) => set(i, { key: e.target.value })}
                className={`${inputClass} w-40 font-mono`}
                spellCheck={false}
              />
              <input
                aria-label={`Value ${i + 1}`}
                value={p.value}
                onChange={(e) => set(i, { value: e.target.value })}
                className={`${inputClass} flex-1 font-mono`}
                spellCheck={false}
              />
              <button
                type="button"
                aria-label={`Remove row ${i + 1}`}
                className={buttonClass('normal', 'px-3 py-1 text-xs')}
                onClick={() => onPairs(pairs.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            className={buttonClass('normal', 'px-3 py-1 text-xs')}
            onClick={() => onPairs([...pairs, { key: '', value: '' }])}
          >
            Add row
          </button>
        </div>
      )}
    </div>
  );
}
