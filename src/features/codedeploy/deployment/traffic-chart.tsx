import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DeploymentInfo, DeploymentTarget } from '../../../api/codedeploy/deployment-types';
import { engineStore } from '../../../api/simulation/engine-store';
import { toTrafficSeries, type TrafficSeries } from './traffic-series';

interface TrafficChartProps {
  deployment: DeploymentInfo;
  targets: readonly DeploymentTarget[];
  rollback?: DeploymentInfo;
  alarmNames?: readonly string[];
}

const ORIGINAL = '#2563eb';
const REPLACEMENT = '#16a34a';
const AXIS = '#71717a';
const MARKER: Record<TrafficSeries['markers'][number]['kind'], string> = {
  hook: '#a855f7',
  shift: '#0ea5e9',
  rollback: '#dc2626',
};

const clockLabel = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h > 0 ? `${h}:` : ''}${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** Alarm bands along the bottom edge and vertical marker lines, drawn under the series. */
function drawOverlays(u: uPlot, series: TrafficSeries) {
  const { ctx } = u;
  const { left, top, width, height } = u.bbox;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, width, height);
  ctx.clip();
  const bandHeight = 8 * devicePixelRatio;
  for (const band of series.alarmBands) {
    const x0 = u.valToPos(band.from, 'x', true);
    const x1 = u.valToPos(band.to, 'x', true);
    ctx.fillStyle =
      band.state === 'ALARM'
        ? 'rgba(220,38,38,0.85)'
        : band.state === 'OK'
          ? 'rgba(22,163,74,0.45)'
          : 'rgba(113,113,122,0.4)';
    ctx.fillRect(x0, top + height - bandHeight, x1 - x0, bandHeight);
    if (band.state === 'ALARM') {
      ctx.fillStyle = 'rgba(220,38,38,0.08)';
      ctx.fillRect(x0, top, x1 - x0, height - bandHeight);
    }
  }
  ctx.lineWidth = devicePixelRatio;
  for (const marker of series.markers) {
    const x = Math.round(u.valToPos(marker.at, 'x', true)) + 0.5;
    ctx.strokeStyle = MARKER[marker.kind];
    ctx.setLineDash(marker.kind === 'hook' ? [2 * devicePixelRatio, 3 * devicePixelRatio] : []);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, top + height - bandHeight);
    ctx.stroke();
  }
  ctx.restore();
}

function readout(series: TrafficSeries): string {
  if (!series.current) return 'No traffic split published yet.';
  const names = (labels: string[]) => (labels.length ? ` (${labels.join(', ')})` : '');
  return `Original${names(series.originalLabels)}: ${series.current.original}% · Replacement${names(series.replacementLabels)}: ${series.current.replacement}%`;
}

/**
 * The traffic split over virtual time. The chart lives outside React's render cycle: one uPlot
 * instance, fed with setData at most once per animation frame when the engine stream moves, so
 * 600× speed costs a redraw per frame, not a React render per event.
 */
export function TrafficChart(props: TrafficChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const current = useRef<HTMLParagraphElement>(null);
  const latestProps = useRef(props);
  const redraw = useRef<() => void>(() => undefined);

  useEffect(() => {
    latestProps.current = props;
    redraw.current();
  });

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let series: TrafficSeries | undefined;
    const compute = () => {
      const { clock, events } = engineStore.getState();
      if (!clock) return undefined;
      return toTrafficSeries({
        ...latestProps.current,
        events,
        startEpochMs: clock.startEpochMs,
        now: clock.now / 1000,
      });
    };
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: 240,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          x: { time: false, range: () => (series ? [series.from, series.to] : [0, 60]) },
          y: { range: [0, 100] },
        },
        axes: [
          { stroke: AXIS, grid: { stroke: 'rgba(113,113,122,0.15)' }, values: (_u, ticks) => ticks.map(clockLabel) },
          {
            stroke: AXIS,
            grid: { stroke: 'rgba(113,113,122,0.15)' },
            values: (_u, ticks) => ticks.map((t) => `${t}%`),
            size: 48,
          },
        ],
        series: [
          {},
          { label: 'Original', stroke: ORIGINAL, width: 2, paths: uPlot.paths.stepped?.({ align: 1 }) },
          {
            label: 'Replacement',
            stroke: REPLACEMENT,
            width: 2,
            fill: 'rgba(22,163,74,0.12)',
            paths: uPlot.paths.stepped?.({ align: 1 }),
          },
        ],
        hooks: { drawClear: [(u) => series && drawOverlays(u, series)] },
      },
      [[], [], []],
      el,
    );
    let frame: number | undefined;
    const paint = () => {
      frame = undefined;
      series = compute();
      if (!series) return;
      plot.setData([series.x, series.original, series.replacement]);
      if (current.current) current.current.textContent = readout(series);
    };
    redraw.current = () => {
      frame ??= requestAnimationFrame(paint);
    };
    const unsubscribe = engineStore.subscribe(() => redraw.current());
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(320, el.clientWidth), height: 240 }));
    resize.observe(el);
    paint();
    return () => {
      unsubscribe();
      resize.disconnect();
      if (frame !== undefined) cancelAnimationFrame(frame);
      redraw.current = () => undefined;
      plot.destroy();
    };
  }, []);

  return (
    <figure className="m-0">
      <div
        ref={host}
        className="w-full"
        role="img"
        aria-label="Traffic split between the original and the replacement over virtual time"
      />
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span>
          <span className="mr-1 inline-block h-0.5 w-4 align-middle" style={{ background: ORIGINAL }} />
          Original
        </span>
        <span>
          <span className="mr-1 inline-block h-0.5 w-4 align-middle" style={{ background: REPLACEMENT }} />
          Replacement
        </span>
        <span>
          <span
            className="mr-1 inline-block h-3 w-0 border-l border-dashed align-middle"
            style={{ borderColor: MARKER.hook }}
          />
          Hook ran
        </span>
        <span>
          <span className="mr-1 inline-block h-3 w-0 border-l align-middle" style={{ borderColor: MARKER.shift }} />
          Traffic shifted
        </span>
        <span>
          <span className="mr-1 inline-block h-3 w-0 border-l align-middle" style={{ borderColor: MARKER.rollback }} />
          Rollback
        </span>
        <span>
          <span className="mr-1 inline-block h-2 w-4 align-middle bg-red-600" />
          Alarm in ALARM
        </span>
        <span>
          <span className="mr-1 inline-block h-2 w-4 align-middle bg-green-600/50" />
          Alarm OK
        </span>
      </figcaption>
      <p
        ref={current}
        aria-live="polite"
        data-testid="traffic-split"
        className="mt-2 font-mono text-sm text-zinc-800 dark:text-zinc-200"
      />
    </figure>
  );
}
