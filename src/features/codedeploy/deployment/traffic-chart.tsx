import { useEffect, useRef, type RefObject } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DeploymentGroupInfo } from '../../../api/codedeploy/control-types';
import type { DeploymentInfo, DeploymentTarget } from '../../../api/codedeploy/deployment-types';
import { engineStore } from '../../../api/simulation/engine-store';
import type { MetricLine, MetricSeries, MetricSource } from './traffic-metrics';
import { versionName } from '../shared/revision-label';
import { toTrafficSeries, type TrafficSeries } from './traffic-series';
import { useTrafficMetrics } from './use-traffic-metrics';

interface TrafficChartProps {
  deployment: DeploymentInfo;
  targets: readonly DeploymentTarget[];
  rollback?: DeploymentInfo;
  alarmNames?: readonly string[];
  /** Its load balancer's target groups are where EC2 and ECS requests are measured. */
  group?: DeploymentGroupInfo;
}

const ORIGINAL = '#2563eb';
const REPLACEMENT = '#16a34a';
const AXIS = '#71717a';
const MARKER: Record<TrafficSeries['markers'][number]['kind'], string> = {
  hook: '#a855f7',
  shift: '#0ea5e9',
  rollback: '#dc2626',
};

/** Requests take the colour of their side (or target group); errors a warm colour, dashed. */
const REQUEST_COLOURS = [ORIGINAL, REPLACEMENT, '#9333ea', '#0891b2'];
const ERROR_COLOURS = ['#f97316', '#dc2626', '#db2777', '#ca8a04'];
const METRICS_HEIGHT = 150;
/** Both panels reserve the same room for their y axis, so their time axes line up. */
const Y_AXIS_SIZE = 56;

/** For Lambda the original version takes the original's colour and the others the replacement's onwards. */
function lineColours(lines: readonly MetricLine[], source: MetricSource['kind']): string[] {
  const others = [...new Set(lines.filter((l) => !l.original).map((l) => l.group))];
  return lines.map((line) => {
    const slot = source !== 'lambda' ? line.group : line.original ? 0 : 1 + others.indexOf(line.group);
    const palette = line.measure === 'requests' ? REQUEST_COLOURS : ERROR_COLOURS;
    return palette[slot % palette.length] as string;
  });
}

const rateLabel = (t: number) => (t >= 10 || t === 0 ? String(t) : t.toFixed(t >= 1 ? 1 : 2));

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
  const names = (labels: string[]) => (labels.length ? ` (${labels.map(versionName).join(', ')})` : '');
  return `Original${names(series.originalLabels)}: ${series.current.original}% · Replacement${names(series.replacementLabels)}: ${series.current.replacement}%`;
}

/**
 * The traffic split over virtual time. The chart lives outside React's render cycle: one uPlot
 * instance, fed with setData at most once per animation frame when the engine stream moves, so
 * 600× speed costs a redraw per frame, not a React render per event.
 */
export function TrafficChart(props: TrafficChartProps) {
  const metrics = useTrafficMetrics({
    deployment: props.deployment,
    targets: props.targets,
    group: props.group,
    rollback: props.rollback,
  });
  const host = useRef<HTMLDivElement>(null);
  const metricsHost = useRef<HTMLDivElement>(null);
  const current = useRef<HTMLParagraphElement>(null);
  const latestProps = useRef(props);
  const latestMetrics = useRef<MetricSeries | undefined>(metrics.series);
  const metricsPlot = useRef<uPlot | undefined>(undefined);
  /** The traffic panel's visible window, which the metrics panel shares. */
  const range = useRef<[number, number]>([0, 60]);
  const redraw = useRef<() => void>(() => undefined);

  useEffect(() => {
    latestProps.current = props;
    latestMetrics.current = metrics.series;
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
          x: { time: false, range: () => range.current },
          y: { range: [0, 100] },
        },
        axes: [
          { stroke: AXIS, grid: { stroke: 'rgba(113,113,122,0.15)' }, values: (_u, ticks) => ticks.map(clockLabel) },
          {
            stroke: AXIS,
            grid: { stroke: 'rgba(113,113,122,0.15)' },
            values: (_u, ticks) => ticks.map((t) => `${t}%`),
            size: Y_AXIS_SIZE,
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
      range.current = [series.from, series.to];
      const window = { min: series.from, max: series.to };
      plot.setData([series.x, series.original, series.replacement], false);
      plot.setScale('x', window);
      const m = latestMetrics.current;
      const below = metricsPlot.current;
      if (below && m && m.lines.length + 1 === below.series.length) {
        below.setData([m.x, ...m.values]);
        // Both panels show the same window, so a shift above sits over the requests it moved below.
        below.setScale('x', window);
      }
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

  // The metrics panel has one uPlot series per line, so a new set of lines (a version's first
  // invocation) makes a new panel; its data then follows the same once-per-frame paint.
  const lines = metrics.series?.lines ?? [];
  const sourceKind = metrics.source?.kind ?? 'lambda';
  const colours = lineColours(lines, sourceKind);
  const signature = lines.map((l, n) => `${l.id}=${l.label}:${colours[n]}`).join('|');
  useEffect(() => {
    const el = metricsHost.current;
    const m = latestMetrics.current;
    if (!el || !m || m.lines.length === 0) return;
    const palette = lineColours(m.lines, sourceKind);
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: METRICS_HEIGHT,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          x: { time: false, range: () => range.current },
          y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] },
        },
        axes: [
          { stroke: AXIS, grid: { stroke: 'rgba(113,113,122,0.15)' }, values: (_u, ticks) => ticks.map(clockLabel) },
          {
            stroke: AXIS,
            grid: { stroke: 'rgba(113,113,122,0.15)' },
            values: (_u, ticks) => ticks.map((t) => `${rateLabel(t)}/s`),
            size: Y_AXIS_SIZE,
          },
        ],
        series: [
          {},
          ...m.lines.map((line, n) => ({
            label: line.label,
            stroke: palette[n] as string,
            width: line.measure === 'requests' ? 2 : 1.5,
            points: { show: false },
            ...(line.measure === 'errors' && { dash: [5, 4] }),
            paths: uPlot.paths.stepped?.({ align: -1 }),
          })),
        ],
      },
      [m.x, ...m.values],
      el,
    );
    metricsPlot.current = plot;
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(320, el.clientWidth), height: METRICS_HEIGHT }),
    );
    resize.observe(el);
    redraw.current();
    return () => {
      resize.disconnect();
      metricsPlot.current = undefined;
      plot.destroy();
    };
  }, [signature, sourceKind]);

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
      <RequestsPanel
        ref={metricsHost}
        source={metrics.source}
        series={metrics.series}
        lines={lines}
        colours={colours}
      />
    </figure>
  );
}

const SOURCE_HELP: Record<MetricSource['kind'], string> = {
  lambda:
    'Requests and errors per second for each version the alias ran (CloudWatch AWS/Lambda Invocations and Errors by ExecutedVersion), in the traffic generator’s 10-second periods.',
  'target-groups':
    'Requests and 5XX errors per second for each target group of the deployment group (CloudWatch AWS/ApplicationELB RequestCount and HTTPCode_Target_5XX_Count). CloudWatch measures a load balancer per target group, not per revision: during an in-place deployment both revisions serve from the same target group.',
};

function latestText(series: MetricSeries | undefined): string | undefined {
  if (!series || series.x.length === 0) return undefined;
  const last = series.x.length - 1;
  return series.lines.map((line, n) => `${line.label}: ${rateLabel(series.values[n]?.[last] ?? 0)}/s`).join(' · ');
}

function RequestsPanel(props: {
  ref: RefObject<HTMLDivElement | null>;
  source: MetricSource | undefined;
  series: MetricSeries | undefined;
  lines: readonly MetricLine[];
  colours: readonly string[];
}) {
  const { ref, source, series, lines, colours } = props;
  if (!source)
    return (
      <p className="mt-4 text-xs text-zinc-600 dark:text-zinc-400">
        This deployment group has no load balancer, so CloudWatch has no requests to show for it.
      </p>
    );
  const latest = latestText(series);
  return (
    <div className="mt-4 border-t border-zinc-200 pt-3 dark:border-zinc-800">
      <h3 className="mb-1 text-sm font-semibold text-zinc-800 dark:text-zinc-200">
        {source.kind === 'lambda' ? 'Requests and errors per version' : 'Requests and errors per target group'}
      </h3>
      {lines.length === 0 && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">No datapoints in CloudWatch for this deployment yet.</p>
      )}
      <div
        ref={ref}
        className="w-full"
        role="img"
        aria-label={
          source.kind === 'lambda'
            ? 'Invocations and errors per second for each Lambda version over virtual time'
            : 'Requests and 5XX errors per second for each target group over virtual time'
        }
      />
      {lines.length > 0 && (
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300">
          {lines.map((line, n) => (
            <span key={line.id}>
              <span
                className={`mr-1 inline-block w-4 border-t-2 align-middle ${line.measure === 'errors' ? 'border-dashed' : ''}`}
                style={{ borderColor: colours[n] }}
              />
              {line.label}
              {source.kind === 'lambda' && line.original && ' (original)'}
            </span>
          ))}
        </div>
      )}
      {latest && (
        <p data-testid="traffic-metrics" className="mt-1 font-mono text-xs text-zinc-700 dark:text-zinc-300">
          Last period: {latest}
        </p>
      )}
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{SOURCE_HELP[source.kind]}</p>
    </div>
  );
}
