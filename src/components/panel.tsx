import type { ReactNode } from 'react';

interface PanelProps {
  title?: ReactNode;
  /** Controls on the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Tables run edge to edge; text gets padding. */
  flush?: boolean;
}

/** The white container the console puts every table and form in. */
export function Panel({ title, actions, children, className = '', flush = false }: PanelProps) {
  return (
    <section
      className={`rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900 ${className}`}
    >
      {(title || actions) && (
        <div className="flex items-center justify-between gap-3 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
          {title && <h2 className="text-base font-bold">{title}</h2>}
          {actions}
        </div>
      )}
      <div className={flush ? '' : 'p-4'}>{children}</div>
    </section>
  );
}
