import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { linkClass } from './button-styles';
import { errorText, isNotFound } from './error-text';
import { AlertIcon } from './icons';

interface ErrorPanelProps {
  error: unknown;
  /** What could not be shown, e.g. "Repository demo-web". */
  subject: string;
  back: { to: string; label: string };
  children?: ReactNode;
}

/** A request that failed: says whether the thing is missing or the call failed, with the service's own error. */
export function ErrorPanel({ error, subject, back, children }: ErrorPanelProps) {
  const missing = isNotFound(error);
  return (
    <div
      role="alert"
      className="rounded-xl border border-red-300 bg-red-50 p-5 text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100"
    >
      <h2 className="flex items-center gap-2 text-base font-bold">
        <AlertIcon />
        {missing ? `${subject} was not found` : `${subject} could not be loaded`}
      </h2>
      <p className="mt-2 font-mono text-xs break-words">{errorText(error)}</p>
      {children}
      <p className="mt-3">
        <Link to={back.to} className={linkClass}>
          {back.label}
        </Link>
      </p>
    </div>
  );
}
