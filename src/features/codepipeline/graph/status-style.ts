import type { LiveStatus } from './live-status';

interface StatusStyle {
  /** Border of the stage or action box. */
  border: string;
  /** The small status label. */
  pill: string;
}

const neutral = {
  border: 'border-zinc-400 dark:border-zinc-500',
  pill: 'bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-600',
};

/** One colour per status the console shows: blue running, green done, red failed, amber stopped, grey skipped. */
export const STATUS_STYLES: Record<LiveStatus, StatusStyle> = {
  InProgress: {
    border: 'border-sky-500 dark:border-sky-400',
    pill: 'bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-700',
  },
  Succeeded: {
    border: 'border-emerald-600 dark:border-emerald-400',
    pill: 'bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-700',
  },
  Failed: {
    border: 'border-red-600 dark:border-red-400',
    pill: 'bg-red-50 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-700',
  },
  Stopping: {
    border: 'border-amber-500 dark:border-amber-400',
    pill: 'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-700',
  },
  Stopped: {
    border: 'border-amber-600 dark:border-amber-400',
    pill: 'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-700',
  },
  Superseded: {
    border: 'border-violet-500 dark:border-violet-400',
    pill: 'bg-violet-50 text-violet-800 ring-violet-300 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-700',
  },
  Abandoned: neutral,
  Cancelled: neutral,
  Skipped: neutral,
};

/** How the console writes a status: "In progress", not "InProgress". */
export const statusLabel = (status: LiveStatus) => (status === 'InProgress' ? 'In progress' : status);
