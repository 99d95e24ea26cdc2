import { errorText } from '../../../components/error-text';

/** A refused request in the service's own words (`AccessDeniedException: User: … is not authorized …`). */
export function ErrorLine({ error, className = '' }: { error: unknown; className?: string }) {
  return (
    <p role="alert" className={`font-mono text-xs break-words text-red-800 dark:text-red-300 ${className}`}>
      {errorText(error)}
    </p>
  );
}
