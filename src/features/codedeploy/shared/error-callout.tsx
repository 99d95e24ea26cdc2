import { explainError } from './explain-error';

/** A refusal: the exception name and message as the service sent them, then what it means. */
export function ErrorCallout({ error, compact = false }: { error: unknown; compact?: boolean }) {
  const { type, message, explanation } = explainError(error);
  return (
    <div
      role="alert"
      className={`rounded-lg border border-red-300 bg-red-50 text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100 ${compact ? 'px-2.5 py-1.5' : 'px-3 py-2'}`}
    >
      <p className="font-mono text-xs break-words">
        <span className="font-bold">{type}</span>: {message}
      </p>
      {explanation && <p className="mt-1 text-sm">{explanation}</p>}
    </div>
  );
}
