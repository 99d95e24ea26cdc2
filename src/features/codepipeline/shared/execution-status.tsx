import { STATUS_STYLES, statusLabel } from '../graph/status-style';
import type { LiveStatus } from '../graph/live-status';

const NEUTRAL = 'bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-600';

/** A pipeline, stage or action status in the graph's colours, so the table and the graph agree. */
export function ExecutionStatus({ status }: { status: string | undefined }) {
  if (!status) return <span className="text-zinc-500 dark:text-zinc-400">–</span>;
  const known = status in STATUS_STYLES ? (status as LiveStatus) : undefined;
  return (
    <span
      data-status={status}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${known ? STATUS_STYLES[known].pill : NEUTRAL}`}
    >
      {known ? statusLabel(known) : status}
    </span>
  );
}
