import type { SimContext } from '../core/simulation';
import { getOwn, setOwn } from '../core/records';
import { SECOND } from '../core/time';
import type { Account } from '../world';
import { elbListenerNotFound, elbTargetGroupNotFound, asgValidation, asgAlreadyExists } from './errors';
import { lambdaAliasNotFound, lambdaInvalidParameter, lambdaNotFound, ecsServiceNotFound } from './errors';
import { launchInstance, startDraining, startHealthChecks, transition } from './lifecycle';
import { findListener, publishWeights } from './routing';
import { TASK_SET_TIMER } from './task-sets';
import { wake } from './traffic';
import {
  DEFAULT_REVISION_PROFILE,
  type AlarmState,
  type AutoScalingGroup,
  type Ec2Instance,
  type EcsTaskDefinition,
  type EcsTaskSet,
  type ForwardTarget,
  type RevisionProfile,
} from './state';

/**
 * What other services (CodeDeploy now, CodePipeline later) may do to the fleet. They may read the
 * fleet slice directly; they change it only through these functions, so the fleet can keep its
 * invariants (target health, traffic, the traffic-weight events `npm run sim` prints).
 */

/** An EC2 tag filter as CodeDeploy's `ec2TagFilters` has it. */
export interface TagFilter {
  Key?: string;
  Value?: string;
  Type: 'KEY_ONLY' | 'VALUE_ONLY' | 'KEY_AND_VALUE';
}

export function tagMatches(tags: Record<string, string>, filter: TagFilter): boolean {
  switch (filter.Type) {
    case 'KEY_ONLY':
      return filter.Key !== undefined && Object.hasOwn(tags, filter.Key);
    case 'VALUE_ONLY':
      return filter.Value !== undefined && Object.values(tags).includes(filter.Value);
    case 'KEY_AND_VALUE':
      return filter.Key !== undefined && getOwn(tags, filter.Key) === filter.Value;
  }
}

/**
 * Instances a deployment group targets: those matching the tag filters (any filter in a group,
 * every group of an `ec2TagSet`) plus those in the named Auto Scaling groups; terminated ones
 * (and those shutting down) excluded; ordered by instance ID.
 */
export function instancesMatching(
  account: Account,
  target: { tagFilters?: TagFilter[]; tagSet?: TagFilter[][]; autoScalingGroups?: string[] },
): Ec2Instance[] {
  const { fleet } = account;
  const filters = target.tagFilters ?? [];
  const groups = (target.tagSet ?? []).filter((g) => g.length > 0);
  const inGroups = new Set(
    (target.autoScalingGroups ?? []).flatMap((name) => getOwn(fleet.autoScalingGroups, name)?.instanceIds ?? []),
  );
  return Object.values(fleet.instances)
    .filter((i) => i.state !== 'terminated' && i.state !== 'shutting-down')
    .filter(
      (i) =>
        inGroups.has(i.instanceId) ||
        (filters.length > 0 && filters.some((f) => tagMatches(i.tags, f))) ||
        (groups.length > 0 && groups.every((g) => g.some((f) => tagMatches(i.tags, f)))),
    )
    .sort((a, b) => (a.instanceId < b.instanceId ? -1 : a.instanceId > b.instanceId ? 1 : 0));
}

/** Launches `desiredCapacity` instances for a group, spread over its Availability Zones. */
export function fillAutoScalingGroup(ctx: SimContext, group: AutoScalingGroup): void {
  while (group.instanceIds.length < group.desiredCapacity) {
    const az = group.availabilityZones[group.instanceIds.length % group.availabilityZones.length] ?? 'us-east-1a';
    const instance = launchInstance(ctx, {
      ...group.launch,
      tags: { ...group.tags, 'aws:autoscaling:groupName': group.autoScalingGroupName },
      availabilityZone: az,
      autoScalingGroupName: group.autoScalingGroupName,
    });
    group.instanceIds.push(instance.instanceId);
    for (const arn of group.targetGroupArns) registerTargets(ctx, arn, [instance.instanceId]);
  }
}

/**
 * Blue/green COPY_AUTO_SCALING_GROUP: a new group with the source's settings and capacity whose
 * instances start `pending` and become `running` after the simulated boot time (a fleet timer).
 */
export function copyAutoScalingGroup(ctx: SimContext, sourceName: string, newName: string): AutoScalingGroup {
  const fleet = ctx.world.account.fleet;
  const source = getOwn(fleet.autoScalingGroups, sourceName);
  if (!source) throw asgValidation(`AutoScalingGroup name not found - ${sourceName}`);
  if (getOwn(fleet.autoScalingGroups, newName)) throw asgAlreadyExists(newName);
  const group: AutoScalingGroup = {
    ...structuredCloneGroup(source),
    autoScalingGroupName: newName,
    arn: ctx.arn('autoscaling', `autoScalingGroup:${ctx.uuid()}:autoScalingGroupName/${newName}`),
    instanceIds: [],
    // CodeDeploy registers the replacement instances itself when it reroutes traffic.
    targetGroupArns: [],
    createdTime: ctx.now,
  };
  setOwn(fleet.autoScalingGroups, newName, group);
  fillAutoScalingGroup(ctx, group);
  wake(ctx);
  return group;
}

const structuredCloneGroup = (g: AutoScalingGroup): AutoScalingGroup => ({
  ...g,
  availabilityZones: [...g.availabilityZones],
  tags: { ...g.tags },
  targetGroupArns: [...g.targetGroupArns],
  instanceIds: [...g.instanceIds],
  launch: { ...g.launch, s3ReadBuckets: [...g.launch.s3ReadBuckets] },
});

/** Moves instances to `shutting-down` then `terminated` (and out of their groups and target groups). */
export function terminateInstances(ctx: SimContext, instanceIds: string[]): void {
  const fleet = ctx.world.account.fleet;
  for (const id of instanceIds) {
    const instance = getOwn(fleet.instances, id);
    if (!instance || instance.state === 'terminated' || instance.state === 'shutting-down') continue;
    for (const tg of Object.values(fleet.targetGroups)) startDraining(ctx, tg, id);
    transition(ctx, instance, 'shutting-down', 'terminated');
  }
  wake(ctx);
}

/** Registers instances in a target group; they pass health checks after the check interval × threshold. */
export function registerTargets(ctx: SimContext, targetGroupArn: string, targetIds: string[]): void {
  const tg = getOwn(ctx.world.account.fleet.targetGroups, targetGroupArn);
  if (!tg) throw elbTargetGroupNotFound(targetGroupArn);
  for (const id of targetIds) {
    const current = getOwn(tg.targets, id);
    if (current && current.state !== 'draining') continue;
    startHealthChecks(ctx, tg, id);
  }
  publishWeights(ctx.world.account, ctx);
  wake(ctx);
}

/** Starts draining; targets leave the group after its deregistration delay. */
export function deregisterTargets(ctx: SimContext, targetGroupArn: string, targetIds: string[]): void {
  const tg = getOwn(ctx.world.account.fleet.targetGroups, targetGroupArn);
  if (!tg) throw elbTargetGroupNotFound(targetGroupArn);
  for (const id of targetIds) startDraining(ctx, tg, id);
  publishWeights(ctx.world.account, ctx);
  wake(ctx);
}

/** Sets the listener's forward weights (ECS production/test listeners, ALB weighted target groups). */
export function setListenerForward(ctx: SimContext, listenerArn: string, forward: ForwardTarget[]): void {
  const fleet = ctx.world.account.fleet;
  const found = findListener(fleet, listenerArn);
  if (!found) throw elbListenerNotFound(listenerArn);
  for (const f of forward)
    if (!getOwn(fleet.targetGroups, f.targetGroupArn)) throw elbTargetGroupNotFound(f.targetGroupArn);
  found.listener.forward = forward.map((f) => ({ targetGroupArn: f.targetGroupArn, weight: f.weight }));
  publishWeights(ctx.world.account, ctx);
  wake(ctx);
}

/** Points an alias at `functionVersion`, sending `weight` (0..1) of traffic to `additionalVersion`. */
export function setAliasRouting(
  ctx: SimContext,
  functionName: string,
  aliasName: string,
  functionVersion: string,
  additional?: { version: string; weight: number },
): void {
  const fn = getOwn(ctx.world.account.fleet.lambdaFunctions, functionName);
  if (!fn) throw lambdaNotFound(ctx.arn('lambda', `function:${functionName}`));
  const alias = getOwn(fn.aliases, aliasName);
  if (!alias) throw lambdaAliasNotFound(ctx.arn('lambda', `function:${functionName}:${aliasName}`));
  for (const v of [functionVersion, ...(additional ? [additional.version] : [])]) {
    if (!getOwn(fn.versions, v)) throw lambdaNotFound(`${fn.functionArn}:${v}`);
  }
  if (additional) {
    if (additional.weight < 0 || additional.weight > 1)
      throw lambdaInvalidParameter('Invalid AdditionalVersionWeights: weights must be between 0.0 and 1.0');
    if (additional.version === functionVersion)
      throw lambdaInvalidParameter(
        `Invalid function version ${additional.version}. Function version ${additional.version} is already included in the primary version.`,
      );
  }
  alias.functionVersion = functionVersion;
  alias.additionalVersionWeights =
    additional && additional.weight > 0 ? { [additional.version]: additional.weight } : {};
  publishWeights(ctx.world.account, ctx);
  wake(ctx);
}

function serviceOf(ctx: SimContext, serviceKey: string) {
  const service = getOwn(ctx.world.account.fleet.ecsServices, serviceKey);
  if (!service) throw ecsServiceNotFound();
  return service;
}

/** Creates an ECS task set (replacement) for `cluster/service`, scale 100%, status ACTIVE. */
export function createTaskSet(
  ctx: SimContext,
  serviceKey: string,
  taskDefinition: string,
  targetGroupArn: string,
): EcsTaskSet {
  const service = serviceOf(ctx, serviceKey);
  const fleet = ctx.world.account.fleet;
  if (!getOwn(fleet.targetGroups, targetGroupArn)) throw elbTargetGroupNotFound(targetGroupArn);
  const id = `ecs-svc/${String(1000000000000000000n + BigInt(fleet.nextId++) * 7919n)}`;
  const taskSet: EcsTaskSet = {
    id,
    taskSetArn: ctx.arn('ecs', `task-set/${service.clusterName}/${service.serviceName}/${id}`),
    taskDefinition,
    status: 'ACTIVE',
    scale: 100,
    targetGroupArn,
    createdAt: ctx.now,
    stabilityStatus: 'STABILIZING',
  };
  service.taskSets.push(taskSet);
  registerTargets(ctx, targetGroupArn, [id]);
  const tg = getOwn(fleet.targetGroups, targetGroupArn);
  const healthyAfter = tg ? tg.healthCheck.intervalSeconds * tg.healthCheck.healthyThresholdCount : 0;
  ctx.schedule(healthyAfter * SECOND, TASK_SET_TIMER, { serviceKey, id, action: 'steady' });
  return taskSet;
}

/** Makes a task set PRIMARY (the others ACTIVE) or deletes one (status DRAINING, then removed). */
export function setPrimaryTaskSet(ctx: SimContext, serviceKey: string, taskSetId: string): void {
  const service = serviceOf(ctx, serviceKey);
  if (!service.taskSets.some((t) => t.id === taskSetId && t.status !== 'DRAINING')) throw ecsServiceNotFound();
  for (const t of service.taskSets) if (t.status !== 'DRAINING') t.status = t.id === taskSetId ? 'PRIMARY' : 'ACTIVE';
  publishWeights(ctx.world.account, ctx);
}

export function deleteTaskSet(ctx: SimContext, serviceKey: string, taskSetId: string): void {
  const service = serviceOf(ctx, serviceKey);
  const taskSet = service.taskSets.find((t) => t.id === taskSetId);
  if (!taskSet || taskSet.status === 'DRAINING') return;
  taskSet.status = 'DRAINING';
  taskSet.scale = 0;
  const tg = getOwn(ctx.world.account.fleet.targetGroups, taskSet.targetGroupArn);
  if (tg) startDraining(ctx, tg, taskSetId);
  ctx.schedule((tg?.deregistrationDelaySeconds ?? 0) * SECOND, TASK_SET_TIMER, {
    serviceKey,
    id: taskSetId,
    action: 'remove',
  });
  publishWeights(ctx.world.account, ctx);
  wake(ctx);
}

/** Current state of a CloudWatch alarm; undefined when there is no such alarm. */
export function alarmState(account: Account, alarmName: string): AlarmState | undefined {
  return getOwn(account.fleet.alarms, alarmName)?.state;
}

/** Behaviour of an EC2 revision (see FleetState.revisionProfiles). */
export function revisionProfile(account: Account, revisionKey: string): RevisionProfile {
  return getOwn(account.fleet.revisionProfiles, revisionKey) ?? DEFAULT_REVISION_PROFILE;
}

/**
 * Something interesting is happening (a deployment started): make sure the traffic generator
 * samples traffic and evaluates alarms until it has been quiet for a while.
 */
export function wakeTraffic(ctx: SimContext): void {
  wake(ctx);
}

/**
 * RegisterTaskDefinition: the next revision of a family, as CodePipeline's CodeDeployToECS action registers
 * taskdef.json. A new revision serves like a healthy revision until a fault says otherwise.
 */
export function registerTaskDefinition(
  ctx: SimContext,
  family: string,
  container: { name: string; port: number },
): EcsTaskDefinition {
  const fleet = ctx.world.account.fleet;
  const revision =
    Math.max(0, ...Object.values(fleet.taskDefinitions).flatMap((t) => (t.family === family ? [t.revision] : []))) + 1;
  const taskDefinitionArn = ctx.arn('ecs', `task-definition/${family}:${revision}`);
  const definition: EcsTaskDefinition = {
    taskDefinitionArn,
    family,
    revision,
    containerName: container.name,
    containerPort: container.port,
    profile: { ...DEFAULT_REVISION_PROFILE },
  };
  setOwn(fleet.taskDefinitions, taskDefinitionArn, definition);
  return definition;
}
