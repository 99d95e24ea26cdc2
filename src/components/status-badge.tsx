import type { ReactNode } from 'react';

/** A small label beside a title: a file's mode, a resource's state. */
export function StatusBadge({ children }: { children: ReactNode }) {
  return (
    <span className="inline-flex items-center rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-zinc-700 ring-1 ring-zinc-300 ring-inset dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-600">
      {children}
    </span>
  );
}
