import { scaleLinear } from 'd3-scale';
import { useMemo, useState } from 'react';
import { formatSpan } from '../../../components/format/time';
import { TimeAxis } from '../../../components/time-axis';
import { useWidth } from '../../../components/use-width';
import type { ExecutionTimeline as Timeline, TimelineBar, TimelineRow } from './timeline-rows';

const ROW = 24;
const LABEL = 220;
const AXIS = 22;

const STATUS_FILL: Record<string, string> = {
  Succeeded: 'fill-emerald-600 dark:fill-emerald-500',
  Failed: 'fill-red-600 dark:fill-red-500',
  InProgress: 'fill-sky-500 dark:fill-sky-400',
  Stopped: 'fill-amber-500 dark:fill-amber-400',
  Abandoned: 'fill-zinc-400 dark:fill-zinc-500',
};

const rowLabel = (row: TimelineRow) => (row.kind === 'stage' ? row.stageName : `${row.stageName} / ${row.actionName}`);

const describe = (bar: TimelineBar, row: TimelineRow, origin: number) =>
  `${rowLabel(row)}: ${bar.status}, from +${formatSpan(bar.start - origin)} to ${
    bar.running ? 'now' : `+${formatSpan(bar.end - origin)}`
  }, ${formatSpan(bar.end - bar.start)}`;

/**
 * Stages and actions of one execution on one time axis; an action's bar links to its row in the action
 * details below (where its build or deployment is linked).
 */
export function ExecutionTimeline({ timeline }: { timeline: Timeline }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [active, setActive] = useState<string>();
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([timeline.start, timeline.end])
        .range([LABEL, Math.max(LABEL + 100, width - 12)]),
    [timeline.start, timeline.end, width],
  );
  const height = AXIS + timeline.rows.length * ROW;
  return (
    <div ref={ref}>
      <svg
        width={width}
        height={height}
        role="group"
        aria-label="Stages and actions over time"
        className="block text-xs"
      >
        <TimeAxis x={x} origin={timeline.start} width={width} top={AXIS} bottom={height} />
        {timeline.rows.map((row, i) => {
          const y = AXIS + i * ROW;
          return (
            <g key={row.key} data-row={rowLabel(row)}>
              {row.kind === 'stage' && i > 0 && (
                <line x1={0} x2={width} y1={y} y2={y} className="stroke-zinc-300 dark:stroke-zinc-700" />
              )}
              <text
                x={row.kind === 'stage' ? 4 : 16}
                y={y + 16}
                className={
                  row.kind === 'stage'
                    ? 'fill-zinc-900 font-bold dark:fill-zinc-100'
                    : 'fill-zinc-700 dark:fill-zinc-300'
                }
              >
                {(row.actionName ?? row.stageName).slice(0, 28)}
              </text>
              {row.bars.map((bar) => {
                const label = describe(bar, row, timeline.start);
                const rect = (
                  <rect
                    x={x(bar.start)}
                    y={y + (row.kind === 'stage' ? 4 : 6)}
                    width={Math.max(2, x(bar.end) - x(bar.start))}
                    height={row.kind === 'stage' ? ROW - 8 : ROW - 12}
                    rx={2}
                    className={`${STATUS_FILL[bar.status] ?? 'fill-zinc-300 dark:fill-zinc-600'} ${row.kind === 'stage' ? 'opacity-40' : ''} ${bar.running ? 'animate-pulse' : ''}`}
                  >
                    <title>{label}</title>
                  </rect>
                );
                return row.kind === 'action' ? (
                  <a
                    key={bar.id}
                    href={`#action-${bar.id}`}
                    aria-label={label}
                    onMouseEnter={() => setActive(label)}
                    onFocus={() => setActive(label)}
                    onMouseLeave={() => setActive((a) => (a === label ? undefined : a))}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(`action-${bar.id}`)?.scrollIntoView({ block: 'start' });
                    }}
                  >
                    {rect}
                  </a>
                ) : (
                  <g key={bar.id}>{rect}</g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <p className="mt-2 min-h-5 font-mono text-xs text-zinc-700 dark:text-zinc-300" aria-live="polite">
        {active ?? 'Hover or focus an action for its status, start and duration; select it for its details.'}
      </p>
    </div>
  );
}
