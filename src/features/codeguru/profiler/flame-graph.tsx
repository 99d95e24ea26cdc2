import { useMemo, useState } from 'react';
import type { CallGraphNode } from '../../../api/codeguru-profiler/wire-types';
import { buttonClass } from '../../../components/button-styles';
import { useWidth } from '../../../components/use-width';
import { toFlameFrames, zoomFrames, type FlameFrame } from './to-flame-frames';

const ROW = 22;
const LOGGING =
  /^(console\.|logging\.|org\.slf4j|ch\.qos\.logback|Console\.|SyncWriteStream|fs\.writeSync|java\.io\.FileOutputStream)/;

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Warm colours for application frames, blue for the runtime, red for logging: stable per name. */
function colourOf(frame: FlameFrame, runtimeDepth: number): string {
  if (LOGGING.test(frame.name)) return 'fill-red-400 dark:fill-red-400';
  if (frame.depth < runtimeDepth || frame.name.startsWith('(')) return 'fill-sky-300 dark:fill-sky-400';
  let h = 0;
  for (const c of frame.name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return [
    'fill-amber-300 dark:fill-amber-400',
    'fill-orange-300 dark:fill-orange-400',
    'fill-yellow-300 dark:fill-yellow-400',
  ][h % 3] as string;
}

/**
 * The aggregated call tree as a flame graph (entry frames on top, callees below, width = share of samples).
 * Hover shows a frame's self and total share; click zooms into it. Frame names are drawn as SVG text, never HTML.
 * `maxStackDepth` marks where the agent cut the stacks.
 */
export function FlameGraph({
  callgraph,
  maxStackDepth,
  runtimeDepth = 3,
}: {
  callgraph: CallGraphNode;
  maxStackDepth?: number;
  runtimeDepth?: number;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const { frames, samples, depth } = useMemo(() => toFlameFrames(callgraph), [callgraph]);
  const [focusId, setFocusId] = useState<string>();
  const [hoverId, setHoverId] = useState<string>();
  const focus = frames.find((f) => f.id === focusId);
  const visible = useMemo(() => zoomFrames(frames, focus), [frames, focus]);
  const hovered = frames.find((f) => f.id === hoverId);
  // Every stack that reaches MaxStackDepth frames was cut there (deeper ones would show otherwise).
  const cut = maxStackDepth !== undefined && depth === maxStackDepth;
  const height = (depth + (cut ? 1 : 0)) * ROW + 4;

  return (
    <div>
      <div className="mb-2 flex min-h-8 flex-wrap items-center justify-between gap-2 text-sm">
        <p aria-live="polite" data-testid="flame-hover" className="font-mono text-xs break-all">
          {hovered
            ? `${hovered.name} — total ${percent(hovered.total)}, self ${percent(hovered.self)} of ${samples} samples`
            : `${samples} samples, ${depth} frames deep. Hover a frame for its share; click to zoom.`}
        </p>
        {focus && (
          <button type="button" className={buttonClass('normal')} onClick={() => setFocusId(undefined)}>
            Reset zoom
          </button>
        )}
      </div>
      <div ref={ref} className="overflow-hidden rounded-md border border-zinc-200 dark:border-zinc-700">
        {width > 0 && (
          <svg
            role="img"
            aria-label={`Flame graph: ${frames.length} frames, ${depth} deep`}
            width={width}
            height={height}
            className="block bg-white dark:bg-zinc-950"
          >
            {visible.map((f) => {
              const x = f.x * width;
              const w = f.w * width;
              if (w < 0.5) return null;
              return (
                <g
                  key={f.id}
                  data-frame={f.name}
                  data-depth={f.depth}
                  transform={`translate(${x},${f.depth * ROW})`}
                  onMouseEnter={() => setHoverId(f.id)}
                  onMouseLeave={() => setHoverId(undefined)}
                  onClick={() => setFocusId(f.id === focusId ? undefined : f.id)}
                  className="cursor-pointer"
                >
                  <title>{`${f.name}\ntotal ${percent(f.total)}, self ${percent(f.self)}`}</title>
                  <rect
                    width={Math.max(0, w - 1)}
                    height={ROW - 2}
                    rx={2}
                    className={`${colourOf(f, runtimeDepth)} ${hoverId === f.id ? 'stroke-zinc-900 dark:stroke-white' : ''}`}
                  />
                  {w > 30 && (
                    <text x={4} y={ROW - 8} className="fill-zinc-950 font-mono text-[11px]">
                      {fit(f.name, w)}
                    </text>
                  )}
                </g>
              );
            })}
            {cut && (
              <g transform={`translate(0,${depth * ROW})`}>
                <line
                  x1={0}
                  x2={width}
                  y1={2}
                  y2={2}
                  strokeDasharray="6 4"
                  className="stroke-red-600 dark:stroke-red-400"
                />
                <text x={6} y={ROW - 6} className="fill-red-700 text-[11px] font-semibold dark:fill-red-300">
                  {`Stacks cut here: MaxStackDepth ${maxStackDepth} keeps the first ${maxStackDepth} frames from the entry frame`}
                </text>
              </g>
            )}
          </svg>
        )}
      </div>
    </div>
  );
}

/** The name shortened to what fits in `width` pixels of 11px monospace. */
function fit(name: string, width: number): string {
  const chars = Math.floor((width - 8) / 6.7);
  return name.length <= chars ? name : `${name.slice(0, Math.max(1, chars - 1))}…`;
}
