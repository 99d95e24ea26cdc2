import type { ReactNode } from 'react';

/** A titled group of fields in the property panel. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3 border-t border-zinc-200 pt-3 dark:border-zinc-800">
      <h3 className="text-xs font-bold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{title}</h3>
      {children}
    </section>
  );
}
