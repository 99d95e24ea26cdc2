import type { EventBridgeEvent } from '../../../engine';
import { targetDetail, type DeploymentInfo, type DeploymentTarget } from '../../../api/codedeploy/deployment-types';

/** What the chart draws; times are virtual seconds since the world began. */
export interface TrafficSeries {
  /** Step points: the split holds from each instant until the next. */
  x: number[];
  original: number[];
  replacement: number[];
  /** The versions, revisions or task definitions behind each line. */
  originalLabels: string[];
  replacementLabels: string[];
  /** Share of traffic each side takes now (percent), when a split has been published. */
  current?: { original: number; replacement: number };
  markers: TrafficMarker[];
  alarmBands: AlarmBand[];
  /** Visible window. */
  from: number;
  to: number;
}

export interface TrafficMarker {
  at: number;
  kind: 'hook' | 'shift' | 'rollback';
  label: string;
}

export interface AlarmBand {
  from: number;
  to: number;
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  alarmName: string;
}

interface WeightChange {
  at: number;
  entryPoint: string;
  entryPointType: string;
  percentages: Record<string, number>;
}

const virtualSeconds = (time: string, startEpochMs: number) => (Date.parse(time) - startEpochMs) / 1000;
const epochToVirtual = (epochSeconds: number, startEpochMs: number) => epochSeconds - startEpochMs / 1000;

function weightChanges(events: readonly EventBridgeEvent[], startEpochMs: number): WeightChange[] {
  const out: WeightChange[] = [];
  for (const e of events) {
    if (e.source !== 'cicdlab.simulator' || e['detail-type'] !== 'Traffic Weight Change') continue;
    const { entryPoint, entryPointType, percentages } = e.detail as {
      entryPoint?: unknown;
      entryPointType?: unknown;
      percentages?: unknown;
    };
    if (typeof entryPoint !== 'string' || typeof percentages !== 'object' || percentages === null) continue;
    out.push({
      at: virtualSeconds(e.time, startEpochMs),
      entryPoint,
      entryPointType: typeof entryPointType === 'string' ? entryPointType : '',
      percentages: percentages as Record<string, number>,
    });
  }
  return out;
}

/**
 * The entry point this deployment shifts: the Lambda alias it names, else the first entry point
 * whose split changed while the deployment ran.
 */
function entryPointOf(
  changes: WeightChange[],
  targets: readonly DeploymentTarget[],
  platform: string,
  from: number,
  to: number,
): string | undefined {
  const lambda = targets.find((t) => t.lambdaTarget)?.lambdaTarget?.lambdaFunctionInfo;
  if (lambda?.functionName && lambda.functionAlias) {
    const suffix = `:function:${lambda.functionName}:${lambda.functionAlias}`;
    const hit = changes.find((c) => c.entryPoint.endsWith(suffix));
    if (hit) return hit.entryPoint;
  }
  return changes.find(
    (c) => c.at >= from && c.at <= to && (ENTRY_POINT_TYPES[platform] ?? []).includes(c.entryPointType),
  )?.entryPoint;
}

/** Which entry points a platform's deployments shift: another deployment's alias is not ours. */
const ENTRY_POINT_TYPES: Record<string, string[]> = {
  Server: ['listener'],
  Lambda: ['lambda-alias'],
  ECS: ['ecs-service', 'listener'],
};

/**
 * Traffic Weight Change events + the deployment → the original/replacement split over virtual
 * time, with markers for hooks, shifts and the rollback, and alarm states as bands.
 * What was taking traffic when the deployment started is the original; anything else the replacement.
 */
export function toTrafficSeries(input: {
  events: readonly EventBridgeEvent[];
  startEpochMs: number;
  /** Virtual seconds. */
  now: number;
  deployment: DeploymentInfo;
  targets: readonly DeploymentTarget[];
  rollback?: DeploymentInfo;
  alarmNames?: readonly string[];
}): TrafficSeries {
  const { events, startEpochMs, now, deployment, targets, rollback } = input;
  const from = epochToVirtual(deployment.startTime ?? deployment.createTime ?? 0, startEpochMs);
  const ended = rollback?.completeTime ?? (rollback ? undefined : deployment.completeTime);
  const to = Math.max(from + 60, ended === undefined ? now : epochToVirtual(ended, startEpochMs) + 30);

  const changes = weightChanges(events, startEpochMs);
  const entryPoint = entryPointOf(changes, targets, deployment.computePlatform ?? 'Server', from, to);
  const mine = changes.filter((c) => c.entryPoint === entryPoint);
  const before = mine.filter((c) => c.at <= from).at(-1);
  const during = mine.filter((c) => c.at > from && c.at <= to);
  const lambda = targets.find((t) => t.lambdaTarget)?.lambdaTarget?.lambdaFunctionInfo;
  // With no split published before the deployment, the original is what took most of the first one.
  const majority = Object.entries(during[0]?.percentages ?? {}).sort((a, b) => b[1] - a[1])[0]?.[0];
  const originals = new Set(
    lambda?.currentVersion
      ? [lambda.currentVersion]
      : before
        ? Object.entries(before.percentages)
            .filter(([, p]) => p > 0)
            .map(([label]) => label)
        : majority === undefined
          ? []
          : [majority],
  );
  const replacementLabels = new Set<string>();
  const x: number[] = [];
  const original: number[] = [];
  const replacement: number[] = [];
  const push = (at: number, percentages: Record<string, number>) => {
    let o = 0;
    let r = 0;
    for (const [label, p] of Object.entries(percentages)) {
      if (label === 'unrouted') continue;
      if (originals.has(label)) o += p;
      else {
        r += p;
        if (p > 0) replacementLabels.add(label);
      }
    }
    x.push(at);
    original.push(o);
    replacement.push(r);
  };
  if (before) push(from, before.percentages);
  for (const c of during) push(c.at, c.percentages);
  const last = during.at(-1) ?? before;
  if (last) push(Math.min(now, to), last.percentages);

  const markers: TrafficMarker[] = during.map((c) => ({
    at: c.at,
    kind: 'shift',
    label: `Traffic shifted: ${Object.entries(c.percentages)
      .map(([k, v]) => `${k} ${v}%`)
      .join(', ')}`,
  }));
  markers.push(...hookMarkers(targets, deployment, startEpochMs));
  if (rollback?.createTime !== undefined)
    markers.push({
      at: epochToVirtual(rollback.createTime, startEpochMs),
      kind: 'rollback',
      label: `Rollback ${rollback.deploymentId} started`,
    });
  markers.sort((a, b) => a.at - b.at);

  return {
    x,
    original,
    replacement,
    originalLabels: [...originals],
    replacementLabels: [...replacementLabels],
    ...(last && { current: { original: original.at(-1) ?? 0, replacement: replacement.at(-1) ?? 0 } }),
    markers,
    alarmBands: alarmBands(events, startEpochMs, from, to, now, input.alarmNames),
    from,
    to,
  };
}

/** At most this many hook markers: with 1,000 instances one per hook name per instant is plenty. */
const MAX_HOOK_MARKERS = 200;

function hookMarkers(
  targets: readonly DeploymentTarget[],
  deployment: DeploymentInfo,
  startEpochMs: number,
): TrafficMarker[] {
  const platform = deployment.computePlatform ?? 'Server';
  const hooks =
    platform === 'Server'
      ? new Set(['ValidateService', 'BeforeAllowTraffic', 'AfterAllowTraffic'])
      : new Set(['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic']);
  const seen = new Set<string>();
  const out: TrafficMarker[] = [];
  for (const t of targets) {
    for (const e of targetDetail(t)?.lifecycleEvents ?? []) {
      if (!hooks.has(e.lifecycleEventName) || e.startTime === undefined) continue;
      const at = Math.round(epochToVirtual(e.startTime, startEpochMs));
      const key = `${e.lifecycleEventName}@${at}`;
      if (seen.has(key) || out.length >= MAX_HOOK_MARKERS) continue;
      seen.add(key);
      out.push({ at, kind: 'hook', label: `${e.lifecycleEventName} ran` });
    }
  }
  return out;
}

function alarmBands(
  events: readonly EventBridgeEvent[],
  startEpochMs: number,
  from: number,
  to: number,
  now: number,
  names: readonly string[] | undefined,
): AlarmBand[] {
  const watched = names && new Set(names);
  const open = new Map<string, { from: number; state: AlarmBand['state'] }>();
  const bands: AlarmBand[] = [];
  for (const e of events) {
    if (e.source !== 'aws.cloudwatch' || e['detail-type'] !== 'CloudWatch Alarm State Change') continue;
    const d = e.detail as { alarmName?: string; state?: { value?: AlarmBand['state'] } };
    if (!d.alarmName || !d.state?.value || (watched && !watched.has(d.alarmName))) continue;
    const at = virtualSeconds(e.time, startEpochMs);
    const previous = open.get(d.alarmName);
    if (previous && at > from)
      bands.push({ ...previous, from: Math.max(previous.from, from), to: Math.min(at, to), alarmName: d.alarmName });
    open.set(d.alarmName, { from: at, state: d.state.value });
  }
  for (const [alarmName, o] of open) {
    const end = Math.min(now, to);
    if (end > from && o.from < to) bands.push({ from: Math.max(o.from, from), to: end, state: o.state, alarmName });
  }
  return bands.filter((b) => b.to > b.from);
}
