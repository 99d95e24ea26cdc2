import type { ReactNode } from 'react';
import type { CommitProblem } from './commit-errors';

/** A refused commit: the exception name and message as the service sent them, then what to do. */
export function CommitErrorPanel({ problem, children }: { problem: CommitProblem; children?: ReactNode }) {
  const info = problem.type === 'SameFileContentException' || problem.type === 'NoChangeException';
  return (
    <div
      role="alert"
      className={
        info
          ? 'rounded-lg border border-sky-300 bg-sky-50 p-3 text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100'
          : 'rounded-lg border border-red-300 bg-red-50 p-3 text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100'
      }
    >
      <p className="font-semibold">{problem.advice}</p>
      <p className="mt-1 font-mono text-xs break-words">
        {problem.type}: {problem.message}
      </p>
      {children}
    </div>
  );
}
