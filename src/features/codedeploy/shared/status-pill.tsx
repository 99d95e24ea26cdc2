type Tone = 'neutral' | 'green' | 'red' | 'amber' | 'blue';

const TONES: Record<Tone, string> = {
  neutral: 'bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-600',
  green:
    'bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950/60 dark:text-emerald-300 dark:ring-emerald-800',
  red: 'bg-red-50 text-red-800 ring-red-300 dark:bg-red-950/60 dark:text-red-300 dark:ring-red-800',
  amber: 'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950/60 dark:text-amber-300 dark:ring-amber-800',
  blue: 'bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950/60 dark:text-sky-300 dark:ring-sky-800',
};

/** Deployment, instance, target and alarm states, each in the colour a console reader expects. */
const TONE_OF: Record<string, Tone> = {
  Succeeded: 'green',
  Failed: 'red',
  Stopped: 'amber',
  InProgress: 'blue',
  Baking: 'blue',
  Ready: 'blue',
  Queued: 'neutral',
  Created: 'neutral',
  running: 'green',
  pending: 'blue',
  stopping: 'amber',
  stopped: 'amber',
  'shutting-down': 'amber',
  terminated: 'red',
  'not-installed': 'red',
  healthy: 'green',
  unhealthy: 'red',
  initial: 'blue',
  draining: 'amber',
  unused: 'neutral',
  OK: 'green',
  ALARM: 'red',
  INSUFFICIENT_DATA: 'neutral',
  PRIMARY: 'green',
  ACTIVE: 'blue',
  DRAINING: 'amber',
};

const LABEL: Record<string, string> = { InProgress: 'In progress', INSUFFICIENT_DATA: 'Insufficient data' };

export function StatusPill({ status, label }: { status: string; label?: string }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${TONES[TONE_OF[status] ?? 'neutral']}`}
    >
      {label ?? LABEL[status] ?? status}
    </span>
  );
}
