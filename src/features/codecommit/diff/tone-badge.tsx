import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'green' | 'red' | 'amber' | 'blue' | 'violet';

const TONES: Record<Tone, string> = {
  neutral: 'bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-600',
  green:
    'bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950/60 dark:text-emerald-300 dark:ring-emerald-800',
  red: 'bg-red-50 text-red-800 ring-red-300 dark:bg-red-950/60 dark:text-red-300 dark:ring-red-800',
  amber: 'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950/60 dark:text-amber-300 dark:ring-amber-800',
  blue: 'bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950/60 dark:text-sky-300 dark:ring-sky-800',
  violet:
    'bg-violet-50 text-violet-800 ring-violet-300 dark:bg-violet-950/60 dark:text-violet-300 dark:ring-violet-800',
};

/** A coloured label (status, change type); the words carry the meaning, the colour only repeats it. */
export function ToneBadge({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
