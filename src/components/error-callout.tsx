import { AwsApiError } from '../api/aws-call';

/**
 * A refusal: the exception name and message as the service sent them, then what it means (from the
 * service's catalogue of explanations, keyed by exception name).
 */
export function ErrorCallout({
  error,
  explanations = {},
  compact = false,
}: {
  error: unknown;
  explanations?: Readonly<Record<string, string>>;
  compact?: boolean;
}) {
  const type = error instanceof AwsApiError ? error.type : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  const explanation = error instanceof AwsApiError ? explanations[error.type] : undefined;
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
