import { scaleLinear } from 'd3-scale';
import { formatSpan } from '../../../components/format/time';
import type { Comparison, CompareLane } from './compare-lanes';

const LABEL = 170;
const BAR = 6;
const CAPACITY = 48;
const GAP = 28;

const INSTANCE_FILL: Record<string, string> = {
  Succeeded: 'fill-green-600 dark:fill-green-500',
  Failed: 'fill-red-600 dark:fill-red-500',
  InProgress: 'fill-sky-500 dark:fill-sky-400',
  Skipped: 'fill-amber-400',
};

const laneHeight = (lane: CompareLane) => 20 + lane.instances.length * (BAR + 2) + 8 + CAPACITY;

/** Every run on one time axis: a lane of instance bars and a capacity line (healthy instances) per run. */
export function ComparisonChart({ comparison, width }: { comparison: Comparison; width: number }) {
  const x = scaleLinear()
    .domain([comparison.start, comparison.end])
    .range([LABEL, Math.max(LABEL + 100, width - 16)]);
  const ticks = x.ticks(Math.max(2, Math.floor(width / 110)));
  const height = 24 + comparison.lanes.reduce((h, l) => h + laneHeight(l) + GAP, 0);
  const tops = comparison.lanes.map(
    (_, i) => 24 + comparison.lanes.slice(0, i).reduce((h, l) => h + laneHeight(l) + GAP, 0),
  );
  return (
    <svg
      width={width}
      height={height}
      role="group"
      aria-label="Deployments side by side on one time axis"
      className="block text-xs"
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={18} y2={height} className="stroke-zinc-200 dark:stroke-zinc-800" />
          <text x={x(t)} y={12} textAnchor="middle" className="fill-zinc-500 dark:fill-zinc-400">
            +{formatSpan(t - comparison.start)}
          </text>
        </g>
      ))}
      {comparison.lanes.map((lane, i) => {
        const top = tops[i] ?? 24;
        const capTop = top + 20 + lane.instances.length * (BAR + 2) + 8;
        const cy = scaleLinear()
          .domain([0, Math.max(1, lane.instances.length)])
          .range([capTop + CAPACITY, capTop]);
        const path = lane.capacity
          .map((p, k) => (k === 0 ? `M${x(p.at)},${cy(p.healthy)}` : `H${x(p.at)}V${cy(p.healthy)}`))
          .join('');
        return (
          <g key={lane.deploymentId} data-lane={lane.config} aria-label={`${lane.config}: ${lane.status}`}>
            <text x={4} y={top + 12} className="fill-zinc-900 font-semibold dark:fill-zinc-100">
              {lane.config.replace('CodeDeployDefault.', '')}
            </text>
            <text x={LABEL} y={top + 12} className="fill-zinc-600 dark:fill-zinc-400">
              {lane.deploymentId} · {lane.status}
              {lane.finishedAt !== undefined &&
                ` in ${formatSpan(lane.finishedAt - (lane.capacity[0]?.at ?? comparison.start))}`}
            </text>
            {lane.instances.map((inst, i) =>
              inst.from === undefined ? null : (
                <rect
                  key={inst.targetId}
                  x={x(inst.from)}
                  y={top + 20 + i * (BAR + 2)}
                  width={Math.max(2, x(inst.to ?? comparison.end) - x(inst.from))}
                  height={BAR}
                  rx={1}
                  className={INSTANCE_FILL[inst.status] ?? 'fill-zinc-400'}
                >
                  <title>{`${inst.targetId}: ${inst.status}`}</title>
                </rect>
              ),
            )}
            <text x={4} y={capTop + 12} className="fill-zinc-600 dark:fill-zinc-400">
              Healthy instances
            </text>
            <text x={4} y={capTop + 26} className="fill-zinc-600 dark:fill-zinc-400">
              lowest {lane.minimumCapacity} of {lane.instances.length}
            </text>
            <line
              x1={LABEL}
              x2={x(comparison.end)}
              y1={cy(0)}
              y2={cy(0)}
              className="stroke-zinc-300 dark:stroke-zinc-700"
            />
            <path d={path} fill="none" strokeWidth={2} className="stroke-sky-600 dark:stroke-sky-400" />
          </g>
        );
      })}
    </svg>
  );
}
