import { targetDetail, type DeploymentInfo, type DeploymentTarget } from '../../../api/codedeploy/deployment-types';

/** One run of the comparison: its deployment and what each instance did, on a shared clock. */
export interface CompareLane {
  deploymentId: string;
  config: string;
  status: DeploymentInfo['status'];
  /** Per instance: when it was out of service (first event start → last event end) and how it ended. */
  instances: { targetId: string; from?: number; to?: number; status: string }[];
  /** Step series: healthy (in-service) instances from each instant on. Epoch ms. */
  capacity: { at: number; healthy: number }[];
  minimumCapacity: number;
  failedInstances: number;
  /** Epoch ms, when the deployment finished; undefined while it runs. */
  finishedAt?: number;
}

export interface Comparison {
  lanes: CompareLane[];
  start: number;
  end: number;
  instanceCount: number;
}

const ms = (s: number | undefined) => (s === undefined ? undefined : Math.round(s * 1000));

/**
 * An in-place instance stops serving when its first lifecycle event starts and serves again when
 * its last one succeeds; a failed instance stays out. Capacity is what remains at each instant.
 */
function laneOf(deployment: DeploymentInfo, targets: readonly DeploymentTarget[], now: number): CompareLane {
  const instances = targets.flatMap((t) => {
    const d = targetDetail(t);
    if (!d) return [];
    const started = (d.lifecycleEvents ?? []).flatMap((e) => (e.startTime === undefined ? [] : [e]));
    const from = ms(started[0]?.startTime);
    const finished = d.status === 'Succeeded' || d.status === 'Failed' || d.status === 'Skipped';
    const to = finished ? (ms(started.at(-1)?.endTime ?? started.at(-1)?.startTime) ?? from) : undefined;
    return [
      {
        targetId: d.targetId,
        status: d.status ?? 'Unknown',
        ...(from !== undefined && { from }),
        ...(to !== undefined && { to }),
      },
    ];
  });
  const changes: { at: number; delta: number }[] = [];
  for (const i of instances) {
    if (i.from === undefined) continue;
    changes.push({ at: i.from, delta: -1 });
    if (i.to !== undefined && i.status === 'Succeeded') changes.push({ at: i.to, delta: +1 });
  }
  changes.sort((a, b) => a.at - b.at);
  const start = ms(deployment.startTime ?? deployment.createTime) ?? now;
  const capacity = [{ at: start, healthy: instances.length }];
  let healthy = instances.length;
  let minimumCapacity = healthy;
  for (const c of changes) {
    healthy += c.delta;
    minimumCapacity = Math.min(minimumCapacity, healthy);
    const last = capacity.at(-1);
    if (last && last.at === c.at) last.healthy = healthy;
    else capacity.push({ at: c.at, healthy });
  }
  const finishedAt = ms(deployment.completeTime);
  capacity.push({ at: finishedAt ?? now, healthy });
  return {
    deploymentId: deployment.deploymentId,
    config: deployment.deploymentConfigName,
    status: deployment.status,
    instances,
    capacity,
    minimumCapacity,
    failedInstances: instances.filter((i) => i.status === 'Failed').length,
    ...(finishedAt !== undefined && { finishedAt }),
  };
}

/** Deployments started together → lanes on one time axis, with capacity and failures per run. */
export function toComparison(
  runs: readonly { deployment: DeploymentInfo; targets: readonly DeploymentTarget[] }[],
  now: number,
): Comparison {
  const lanes = runs.map((r) => laneOf(r.deployment, r.targets, now));
  const starts = lanes.map((l) => l.capacity[0]?.at ?? now);
  const start = starts.length ? Math.min(...starts) : now;
  const end = Math.max(start + 1000, ...lanes.map((l) => l.capacity.at(-1)?.at ?? start));
  return { lanes, start, end, instanceCount: Math.max(0, ...lanes.map((l) => l.instances.length)) };
}
