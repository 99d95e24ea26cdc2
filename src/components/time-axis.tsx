import type { ScaleLinear } from 'd3-scale';
import { formatSpan } from './format/time';

/**
 * The time axis of a Gantt chart drawn in SVG: a label per tick (`+1m 05s` from `origin`) along the top and a
 * grid line down through the rows. Ticks are spaced for the chart's width.
 */
export function TimeAxis({
  x,
  origin,
  width,
  top,
  bottom,
}: {
  /** Epoch milliseconds to pixels. */
  x: ScaleLinear<number, number>;
  origin: number;
  width: number;
  /** Where the grid lines start (below the labels) and end. */
  top: number;
  bottom: number;
}) {
  return (
    <>
      {x.ticks(Math.max(2, Math.floor(width / 110))).map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={top - 4} y2={bottom} className="stroke-zinc-200 dark:stroke-zinc-800" />
          <text x={x(t)} y={14} textAnchor="middle" className="fill-zinc-500 dark:fill-zinc-400">
            +{formatSpan(t - origin)}
          </text>
        </g>
      ))}
    </>
  );
}
