import { scaleLinear } from 'd3-scale';
import { useMemo, useState } from 'react';
import { formatSpan } from '../../../components/format/time';
import { TimeAxis } from '../../../components/time-axis';
import type { Timeline, TimelineBar, TimelineRow } from './timeline-rows';

const ROW = 22;
const LABEL = 230;
const AXIS = 22;
/** Rows drawn beyond the visible ones, so a fast scroll does not show blanks. */
const OVERSCAN = 10;
const VIEW_ROWS = 18;

const STATUS_FILL: Record<TimelineBar['status'], string> = {
  Succeeded: 'fill-green-600 dark:fill-green-500',
  Failed: 'fill-red-600 dark:fill-red-500',
  InProgress: 'fill-sky-500 dark:fill-sky-400',
  Pending: 'fill-zinc-200 dark:fill-zinc-700',
  Skipped: 'fill-amber-400 dark:fill-amber-500',
  Unknown: 'fill-zinc-300 dark:fill-zinc-600',
};

const barFill = (bar: TimelineBar) =>
  bar.reserved && bar.status !== 'Failed' ? 'fill-zinc-400 dark:fill-zinc-500' : STATUS_FILL[bar.status];

const describe = (bar: TimelineBar, row: TimelineRow, origin: number) =>
  `${row.label}: ${bar.event}${bar.reserved ? ' (reserved)' : ''}, ${bar.status}, from +${formatSpan(bar.start - origin)} to ${
    bar.running ? 'now' : `+${formatSpan(bar.end - origin)}`
  }, ${formatSpan(bar.end - bar.start)}`;

/**
 * A Gantt of lifecycle events: per instance (EC2) or per hook (Lambda, ECS), with the rollback's
 * rows below on the same axis. Only the rows in view are drawn, so 1,000 instances scroll smoothly.
 */
export function LifecycleTimeline({ timeline, width }: { timeline: Timeline; width: number }) {
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState<string>();
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([timeline.start, timeline.end])
        .range([LABEL, Math.max(LABEL + 100, width - 12)]),
    [timeline.start, timeline.end, width],
  );
  const rollbackAt = timeline.rows.findIndex((r) => r.lane === 'rollback');
  const rows = timeline.rows.length + (rollbackAt >= 0 ? 1 : 0);
  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(timeline.rows.length, Math.ceil((scrollTop + VIEW_ROWS * ROW) / ROW) + OVERSCAN);
  const rowY = (i: number) => AXIS + (i + (rollbackAt >= 0 && i >= rollbackAt ? 1 : 0)) * ROW;

  return (
    <div>
      <div
        className="overflow-y-auto rounded-md border border-zinc-200 dark:border-zinc-800"
        style={{ maxHeight: AXIS + VIEW_ROWS * ROW + 2 }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <svg
          width={width}
          height={AXIS + rows * ROW}
          role="group"
          aria-label="Lifecycle events over time"
          className="block text-xs"
        >
          <TimeAxis x={x} origin={timeline.start} width={width} top={AXIS} bottom={AXIS + rows * ROW} />
          {rollbackAt >= 0 && (
            <text x={4} y={rowY(rollbackAt) - 6} className="fill-red-700 font-semibold dark:fill-red-300">
              Rollback deployment
            </text>
          )}
          {timeline.rows.slice(first, last).map((row, k) => {
            const i = first + k;
            const y = rowY(i);
            const batchStart = row.batch !== undefined && timeline.rows[i - 1]?.batch !== row.batch;
            return (
              <g key={row.key} data-row={row.label} data-batch={row.batch}>
                {batchStart && (
                  <line
                    x1={0}
                    x2={width}
                    y1={y}
                    y2={y}
                    className="stroke-zinc-300 dark:stroke-zinc-700"
                    strokeDasharray="3 3"
                  />
                )}
                <text x={4} y={y + 15} className="fill-zinc-700 font-mono dark:fill-zinc-300">
                  {row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label}
                  {row.targetLabel && ` ${row.targetLabel}`}
                </text>
                {row.batch !== undefined && batchStart && (
                  <text x={LABEL - 6} y={y + 15} textAnchor="end" className="fill-zinc-500 dark:fill-zinc-400">
                    batch {row.batch}
                  </text>
                )}
                {row.bars.map((bar) => {
                  const id = `${row.key}/${bar.event}`;
                  const label = describe(bar, row, timeline.start);
                  return (
                    <rect
                      key={bar.event}
                      x={x(bar.start)}
                      y={y + 4}
                      width={Math.max(2, x(bar.end) - x(bar.start))}
                      height={ROW - 8}
                      rx={2}
                      tabIndex={0}
                      aria-label={label}
                      className={`${barFill(bar)} outline-none focus:stroke-zinc-900 focus:stroke-2 dark:focus:stroke-white ${bar.running ? 'animate-pulse' : ''}`}
                      onMouseEnter={() => setActive(label)}
                      onFocus={() => setActive(label)}
                      onMouseLeave={() => setActive((a) => (a === label ? undefined : a))}
                      data-event={id}
                    >
                      <title>{label}</title>
                    </rect>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <p className="mt-2 min-h-5 font-mono text-xs text-zinc-700 dark:text-zinc-300" aria-live="polite">
        {active ?? 'Hover or focus a bar for its event, status, start, end and duration.'}
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 text-xs text-zinc-600 dark:text-zinc-400">
        {(['Succeeded', 'InProgress', 'Failed', 'Skipped', 'Pending'] as const).map((s) => (
          <li key={s} className="flex items-center gap-1">
            <svg width="12" height="10" aria-hidden="true">
              <rect width="12" height="10" rx="2" className={STATUS_FILL[s]} />
            </svg>
            {s}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <svg width="12" height="10" aria-hidden="true">
            <rect width="12" height="10" rx="2" className="fill-zinc-400 dark:fill-zinc-500" />
          </svg>
          Reserved event (run by CodeDeploy or the agent)
        </li>
      </ul>
    </div>
  );
}
