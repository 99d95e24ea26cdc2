import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}

/** What an empty list means and what to do about it; never just "No items". */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="px-6 py-10 text-center">
      <h3 className="text-base font-bold text-zinc-800 dark:text-zinc-100">{title}</h3>
      <div className="mx-auto mt-2 max-w-xl space-y-2 text-zinc-600 dark:text-zinc-400">{children}</div>
      {action && <div className="mt-4 flex justify-center gap-2">{action}</div>}
    </div>
  );
}
