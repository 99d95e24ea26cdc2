import type { ReactNode } from 'react';
import { StatusBadge } from '../../../components/status-badge';

interface EditorFrameProps {
  /** Accessible name of the region, e.g. "Edit buildspec.yml". */
  label: string;
  title: ReactNode;
  details?: ReactNode;
  unsaved: boolean;
  children: ReactNode;
}

/** The panel around an editor: what is edited, where, and whether it has unsaved changes. */
export function EditorFrame({ label, title, details, unsaved, children }: EditorFrameProps) {
  return (
    <section
      aria-label={label}
      className="overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <h2 className="font-mono text-base font-bold break-all">{title}</h2>
        {unsaved && <StatusBadge>Unsaved changes</StatusBadge>}
        {details && <span className="text-xs text-zinc-600 dark:text-zinc-400">{details}</span>}
      </header>
      {children}
    </section>
  );
}
