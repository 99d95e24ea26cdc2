import type { ReactNode } from 'react';
import type { BuildStatus } from '../../../api/codebuild/types';

type Tone = 'neutral' | 'green' | 'red' | 'amber' | 'blue';

const TONES: Record<Tone, string> = {
  neutral: 'bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-600',
  green:
    'bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950/60 dark:text-emerald-300 dark:ring-emerald-800',
  red: 'bg-red-50 text-red-800 ring-red-300 dark:bg-red-950/60 dark:text-red-300 dark:ring-red-800',
  amber: 'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950/60 dark:text-amber-300 dark:ring-amber-800',
  blue: 'bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950/60 dark:text-sky-300 dark:ring-sky-800',
};

const STATUS_TONE: Record<string, Tone> = {
  SUCCEEDED: 'green',
  FAILED: 'red',
  FAULT: 'red',
  TIMED_OUT: 'red',
  ERROR: 'red',
  STOPPED: 'amber',
  SKIPPED: 'amber',
  IN_PROGRESS: 'blue',
};

const LABEL: Record<string, string> = {
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  FAULT: 'Fault',
  TIMED_OUT: 'Timed out',
  STOPPED: 'Stopped',
  IN_PROGRESS: 'In progress',
  SKIPPED: 'Skipped',
  ERROR: 'Error',
  UNKNOWN: 'Unknown',
  NOT_STARTED: 'Not started',
};

function Pill({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

/** A build, phase or test status in the console's words; the colour only repeats them. */
export function StatusPill({ status }: { status: BuildStatus | string }) {
  const tone = STATUS_TONE[status] ?? 'neutral';
  return (
    <Pill tone={tone} title={status}>
      {status === 'IN_PROGRESS' && (
        <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-current" />
      )}
      {LABEL[status] ?? status}
    </Pill>
  );
}
