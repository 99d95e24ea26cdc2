import {
  targetDetail,
  type ComputePlatform,
  type DeploymentInfo,
  type DeploymentTarget,
  type LifecycleEventStatus,
} from '../../../api/codedeploy/deployment-types';

/** Events the agent or CodeDeploy runs itself: no scripts may be attached, so they are drawn grey. */
const RESERVED: Record<ComputePlatform, ReadonlySet<string>> = {
  Server: new Set(['Start', 'DownloadBundle', 'Install', 'BlockTraffic', 'AllowTraffic', 'End']),
  ECS: new Set(['Start', 'Install', 'TestTraffic', 'AllowTestTraffic', 'AllowTraffic', 'End']),
  Lambda: new Set(['Start', 'AllowTraffic', 'End']),
};

export const isReservedEvent = (platform: ComputePlatform, name: string) => RESERVED[platform].has(name);

export interface TimelineBar {
  event: string;
  status: LifecycleEventStatus;
  reserved: boolean;
  /** Epoch milliseconds. */
  start: number;
  /** Epoch milliseconds; an event still running ends at `now`. */
  end: number;
  running: boolean;
}

export interface TimelineRow {
  key: string;
  /** Instance ID, or the hook's name for Lambda and ECS. */
  label: string;
  /** `Blue` (original) / `Green` (replacement) for EC2 blue/green. */
  targetLabel?: 'Blue' | 'Green';
  /** Which deployment the row belongs to: the one shown or its rollback. */
  lane: 'deployment' | 'rollback';
  /** 1-based batch an instance was deployed in (instances whose first event began together). */
  batch?: number;
  bars: TimelineBar[];
}

export interface Timeline {
  rows: TimelineRow[];
  /** Epoch milliseconds covering every bar. */
  start: number;
  end: number;
  /** Batches of the deployment shown (EC2 in-place); 0 when nothing has started. */
  batches: number;
}

const ms = (seconds: number | undefined) => (seconds === undefined ? undefined : Math.round(seconds * 1000));

function barsOf(target: DeploymentTarget, platform: ComputePlatform, now: number): TimelineBar[] {
  const bars: TimelineBar[] = [];
  for (const e of targetDetail(target)?.lifecycleEvents ?? []) {
    const start = ms(e.startTime);
    if (start === undefined) continue;
    const end = ms(e.endTime);
    bars.push({
      event: e.lifecycleEventName,
      status: e.status ?? 'Unknown',
      reserved: isReservedEvent(platform, e.lifecycleEventName),
      start,
      end: end ?? Math.max(start, now),
      running: end === undefined,
    });
  }
  return bars;
}

function rowsOf(
  deployment: DeploymentInfo,
  targets: DeploymentTarget[],
  lane: TimelineRow['lane'],
  now: number,
): TimelineRow[] {
  const platform = deployment.computePlatform ?? 'Server';
  if (platform !== 'Server') {
    // Lambda and ECS have one target; its hooks are what people follow, one row each.
    return targets.flatMap((t) =>
      barsOf(t, platform, now).map((bar) => ({
        key: `${lane}:${deployment.deploymentId}:${targetDetail(t)?.targetId ?? ''}:${bar.event}`,
        label: bar.event,
        lane,
        bars: [bar],
      })),
    );
  }
  const rows = targets.map((t): TimelineRow => {
    const detail = targetDetail(t);
    return {
      key: `${lane}:${deployment.deploymentId}:${detail?.targetId ?? ''}`,
      label: detail?.targetId ?? '?',
      ...(t.instanceTarget?.instanceLabel && { targetLabel: t.instanceTarget.instanceLabel }),
      lane,
      bars: barsOf(t, platform, now),
    };
  });
  // Instances deploy in batches: those whose first event began at the same instant share one.
  const firstStart = (r: TimelineRow) => (r.bars.length === 0 ? Infinity : Math.min(...r.bars.map((b) => b.start)));
  rows.sort((a, b) => firstStart(a) - firstStart(b) || a.label.localeCompare(b.label));
  let batch = 0;
  let previous: number | undefined;
  for (const row of rows) {
    const s = firstStart(row);
    if (s === Infinity) continue;
    if (previous === undefined || s !== previous) batch++;
    previous = s;
    row.batch = batch;
  }
  return rows;
}

/**
 * Deployment + targets (and its rollback, when there is one) → Gantt rows on one time axis:
 * per instance for EC2, per hook for Lambda and ECS.
 */
export function toTimeline(
  deployment: DeploymentInfo,
  targets: DeploymentTarget[],
  now: number,
  rollback?: { deployment: DeploymentInfo; targets: DeploymentTarget[] },
): Timeline {
  const rows = rowsOf(deployment, targets, 'deployment', now);
  const batches = rows.reduce((n, r) => Math.max(n, r.batch ?? 0), 0);
  if (rollback) rows.push(...rowsOf(rollback.deployment, rollback.targets, 'rollback', now));
  let start = ms(deployment.startTime ?? deployment.createTime) ?? now;
  let end = start;
  for (const row of rows) {
    for (const bar of row.bars) {
      start = Math.min(start, bar.start);
      end = Math.max(end, bar.end);
    }
  }
  return { rows, start, end: Math.max(end, start + 1000), batches };
}
