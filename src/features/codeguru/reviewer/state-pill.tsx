import type { AssociationState, JobState, Severity } from '../../../api/codeguru-reviewer/wire-types';

type Tone = 'neutral' | 'green' | 'red' | 'amber' | 'blue';

const TONES: Record<Tone, string> = {
  neutral: 'bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-600',
  green:
    'bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950/60 dark:text-emerald-300 dark:ring-emerald-800',
  red: 'bg-red-50 text-red-800 ring-red-300 dark:bg-red-950/60 dark:text-red-300 dark:ring-red-800',
  amber: 'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950/60 dark:text-amber-300 dark:ring-amber-800',
  blue: 'bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950/60 dark:text-sky-300 dark:ring-sky-800',
};

const STATE_TONE: Record<AssociationState | JobState, Tone> = {
  Associated: 'green',
  Completed: 'green',
  Associating: 'blue',
  Pending: 'blue',
  Disassociating: 'amber',
  Deleting: 'amber',
  Disassociated: 'neutral',
  Failed: 'red',
};

const SEVERITY_TONE: Record<Severity, Tone> = {
  Critical: 'red',
  High: 'red',
  Medium: 'amber',
  Low: 'blue',
  Info: 'neutral',
};

function Pill({ tone, label }: { tone: Tone; label: string }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${TONES[tone]}`}
    >
      {label}
    </span>
  );
}

/** An association or code review state in the service's own word; the colour only repeats it. */
export const StatePill = ({ state }: { state: AssociationState | JobState }) => (
  <Pill tone={STATE_TONE[state] ?? 'neutral'} label={state} />
);

export const SeverityPill = ({ severity }: { severity: Severity }) => (
  <Pill tone={SEVERITY_TONE[severity] ?? 'neutral'} label={severity} />
);
