import { nextUuid } from '../core/rng';
import { deleteOwn, getOwn, setOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import { SECOND, type SimMillis } from '../core/time';
import type { World } from '../world';
import { emitInstanceState } from './events';
import { findTaskSet, publishWeights } from './routing';
import type { AgentState, Ec2Instance, InstanceState, TargetGroup } from './state';

/** Simulated times (docs/fleet.md): an instance boots in 30 s, stops or terminates in 20 s. */
export const BOOT_SECONDS = 30;
export const SHUTDOWN_SECONDS = 20;

export const INSTANCE_TIMER = 'fleet.instance';
export const HEALTH_TIMER = 'fleet.health';
export const DRAIN_TIMER = 'fleet.drain';

export interface InstanceLaunch {
  tags: Record<string, string>;
  availabilityZone: string;
  agent: AgentState;
  instanceProfile?: string;
  s3ReadBuckets: string[];
  instanceType?: string;
  imageId?: string;
  autoScalingGroupName?: string;
}

/** A new instance in the given state; IDs come from the world's PRNG, private IPs from a counter. */
export function newInstance(world: World, launch: InstanceLaunch, state: InstanceState, at: SimMillis): Ec2Instance {
  const fleet = world.account.fleet;
  const n = fleet.nextId++;
  const instance: Ec2Instance = {
    instanceId: `i-0${nextUuid(world.rng).replace(/-/g, '').slice(0, 16)}`,
    state,
    tags: { ...launch.tags },
    availabilityZone: launch.availabilityZone,
    launchTime: at,
    privateIpAddress: `10.0.${Math.floor(n / 250) % 256}.${(n % 250) + 4}`,
    agent: launch.agent,
    ...(launch.instanceProfile !== undefined && { instanceProfile: launch.instanceProfile }),
    s3ReadBuckets: [...launch.s3ReadBuckets],
    clockSkewSeconds: 0,
    ...(launch.autoScalingGroupName !== undefined && { autoScalingGroupName: launch.autoScalingGroupName }),
    instanceType: launch.instanceType ?? 't3.micro',
    imageId: launch.imageId ?? 'ami-0abcdef1234567890',
  };
  setOwn(fleet.instances, instance.instanceId, instance);
  return instance;
}

/** Launches an instance that boots (pending → running) after BOOT_SECONDS. */
export function launchInstance(ctx: SimContext, launch: InstanceLaunch): Ec2Instance {
  const instance = newInstance(ctx.world, launch, 'pending', ctx.now);
  emitInstanceState(ctx, instance);
  ctx.schedule(BOOT_SECONDS * SECOND, INSTANCE_TIMER, {
    instanceId: instance.instanceId,
    from: 'pending',
    to: 'running',
  });
  return instance;
}

/** Moves an instance to a new state now, with what follows for its targets, groups and traffic. */
export function setInstanceState(ctx: SimContext, instance: Ec2Instance, state: InstanceState): void {
  if (instance.state === state) return;
  instance.state = state;
  emitInstanceState(ctx, instance);
  const fleet = ctx.world.account.fleet;
  for (const tg of Object.values(fleet.targetGroups)) {
    const target = getOwn(tg.targets, instance.instanceId);
    if (!target || target.state === 'draining') continue;
    if (state === 'running') startHealthChecks(ctx, tg, instance.instanceId);
    else if (state === 'terminated') deleteOwn(tg.targets, instance.instanceId);
    else setOwn(tg.targets, instance.instanceId, { state: 'unused', reason: 'Target.InvalidState', since: ctx.now });
  }
  if (state === 'terminated' && instance.autoScalingGroupName !== undefined) {
    const group = getOwn(fleet.autoScalingGroups, instance.autoScalingGroupName);
    if (group) group.instanceIds = group.instanceIds.filter((id) => id !== instance.instanceId);
  }
  publishWeights(ctx.world.account, ctx);
}

/** Passes through a transitional state (`stopping`, `shutting-down`) to its end after SHUTDOWN_SECONDS. */
export function transition(ctx: SimContext, instance: Ec2Instance, via: InstanceState, to: InstanceState): void {
  setInstanceState(ctx, instance, via);
  ctx.schedule(SHUTDOWN_SECONDS * SECOND, INSTANCE_TIMER, { instanceId: instance.instanceId, from: via, to });
}

export function instanceTimer(
  ctx: SimContext,
  payload: { instanceId: string; from: InstanceState; to: InstanceState },
) {
  const instance = getOwn(ctx.world.account.fleet.instances, payload.instanceId);
  // A later command (stop while booting, terminate while stopping) has already moved it on.
  if (instance?.state === payload.from) setInstanceState(ctx, instance, payload.to);
}

/** A registered target is `initial` until it has passed `healthyThresholdCount` checks, one per interval. */
export function startHealthChecks(ctx: SimContext, tg: TargetGroup, targetId: string): void {
  const fleet = ctx.world.account.fleet;
  const instance = getOwn(fleet.instances, targetId);
  if (instance && instance.state !== 'running') {
    setOwn(tg.targets, targetId, { state: 'unused', reason: 'Target.InvalidState', since: ctx.now });
    return;
  }
  setOwn(tg.targets, targetId, { state: 'initial', reason: 'Elb.RegistrationInProgress', since: ctx.now });
  ctx.schedule(tg.healthCheck.intervalSeconds * tg.healthCheck.healthyThresholdCount * SECOND, HEALTH_TIMER, {
    targetGroupArn: tg.targetGroupArn,
    targetId,
    since: ctx.now,
  });
}

export function healthTimer(ctx: SimContext, payload: { targetGroupArn: string; targetId: string; since: number }) {
  const fleet = ctx.world.account.fleet;
  const tg = getOwn(fleet.targetGroups, payload.targetGroupArn);
  const target = tg && getOwn(tg.targets, payload.targetId);
  if (!tg || !target || target.state !== 'initial' || target.since !== payload.since) return;
  const instance = getOwn(fleet.instances, payload.targetId);
  const alive = instance ? instance.state === 'running' : findTaskSet(fleet, payload.targetId) !== undefined;
  setOwn(
    tg.targets,
    payload.targetId,
    alive
      ? { state: 'healthy', since: ctx.now }
      : { state: 'unhealthy', reason: 'Target.FailedHealthChecks', since: ctx.now },
  );
  publishWeights(ctx.world.account, ctx);
}

/** Deregistration: the target stops receiving new requests at once and leaves after the delay. */
export function startDraining(ctx: SimContext, tg: TargetGroup, targetId: string): void {
  const target = getOwn(tg.targets, targetId);
  if (!target || target.state === 'draining') return;
  setOwn(tg.targets, targetId, { state: 'draining', reason: 'Target.DeregistrationInProgress', since: ctx.now });
  ctx.schedule(tg.deregistrationDelaySeconds * SECOND, DRAIN_TIMER, {
    targetGroupArn: tg.targetGroupArn,
    targetId,
    since: ctx.now,
  });
}

export function drainTimer(ctx: SimContext, payload: { targetGroupArn: string; targetId: string; since: number }) {
  const tg = getOwn(ctx.world.account.fleet.targetGroups, payload.targetGroupArn);
  const target = tg && getOwn(tg.targets, payload.targetId);
  if (!tg || target?.state !== 'draining' || target.since !== payload.since) return;
  deleteOwn(tg.targets, payload.targetId);
  publishWeights(ctx.world.account, ctx);
}
