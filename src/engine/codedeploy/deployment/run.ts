import { getOwn } from '../../core/records';
import type { SimContext } from '../../core/simulation';
import { MINUTE, SECOND, type SimMillis } from '../../core/time';
import {
  alarmState,
  copyAutoScalingGroup,
  createTaskSet,
  deleteTaskSet,
  instancesMatching,
  registerTargets,
  setAliasRouting,
  setListenerForward,
  setPrimaryTaskSet,
  terminateInstances,
  wakeTraffic,
  deregisterTargets,
} from '../../fleet/public';
import { findDeploymentConfig } from '../configs';
import { revisionKey } from '../revisions';
import type {
  Deployment,
  DeploymentExecution,
  DeploymentGroup,
  DeploymentPhase,
  DeploymentTarget,
  LifecycleEvent,
  TrafficRoutingConfig,
} from '../state';
import { AGENT_POLL_MS, type Diagnostics, type EventOutcome } from './agent';
import { readRevision } from './bundle';
import { instanceEvent, targetGroupArns } from './ec2';
import { emitDeploymentState, emitInstanceState, emitLifecycleChange } from './events';
import { finishDeployment, type Ending } from './finish';
import {
  EC2_IN_PLACE,
  EC2_IN_PLACE_WITH_LOAD_BALANCER,
  EC2_ORIGINAL,
  EC2_REPLACEMENT,
  ECS_EVENTS,
  LAMBDA_EVENTS,
  REPLACEMENT_REROUTE_FROM,
  SERVICE_EVENTS,
  usesLoadBalancer,
} from './plan';

export const START_TIMER = 'codedeploy.deployment.start';
export const STEP_TIMER = 'codedeploy.deployment.step';
export const SHIFT_TIMER = 'codedeploy.deployment.shift';
export const HOOK_REPORT_TIMER = 'codedeploy.deployment.hookReport';
export const HOOK_TIMEOUT_TIMER = 'codedeploy.deployment.hookTimeout';
export const WAIT_TIMER = 'codedeploy.deployment.wait';

/** CodeDeploy takes a moment between CreateDeployment and the first lifecycle event. */
export const START_DELAY_MS = SECOND;
/** Start and End, which CodeDeploy runs itself, take this long. */
export const SERVICE_EVENT_MS = SECOND;
/** A Lambda or ECS hook must report within this window (aws-facts §3.4). */
export const HOOK_WINDOW_MS = 60 * MINUTE;
/** A hook function with no configured behaviour reports Succeeded after this long. */
export const DEFAULT_HOOK_DELAY_SECONDS = 3;
/** How often the deployment checks whether copied Auto Scaling instances have booted. */
export const PROVISIONING_POLL_MS = 10 * SECOND;

const ACTIVE: ReadonlySet<string> = new Set(['Created', 'Queued', 'InProgress', 'Ready', 'Baking']);
export const isActive = (d: Deployment) => ACTIVE.has(d.status);

export const groupOf = (ctx: SimContext, d: Deployment): DeploymentGroup | undefined =>
  getOwn(ctx.world.account.codedeploy.deploymentGroups, `${d.applicationName}/${d.deploymentGroupName}`);

export function activeDeployment(ctx: SimContext, deploymentId: string): Deployment | undefined {
  const d = getOwn(ctx.world.account.codedeploy.deployments, deploymentId);
  return d && isActive(d) && d.execution ? d : undefined;
}

function newTarget(
  ctx: SimContext,
  targetId: string,
  targetArn: string,
  type: DeploymentTarget['deploymentTargetType'],
  events: readonly string[],
  label?: 'Blue' | 'Green',
): DeploymentTarget {
  return {
    targetId,
    targetArn,
    deploymentTargetType: type,
    status: 'Pending',
    ...(label && { targetLabel: label }),
    lastUpdatedAt: ctx.now,
    lifecycleEvents: events.map((lifecycleEventName) => ({ lifecycleEventName, status: 'Pending' })),
  };
}

function addTargets(d: Deployment, targets: DeploymentTarget[]) {
  for (const t of targets) {
    d.targets[t.targetId] = t;
    d.targetIds.push(t.targetId);
  }
}

/** The traffic shifts of a configuration: percentages to the replacement, one per interval. */
export function shiftsOf(config: TrafficRoutingConfig | undefined): { shifts: number[]; minutes: number } {
  if (config?.type === 'TimeBasedCanary' && config.timeBasedCanary) {
    return { shifts: [config.timeBasedCanary.canaryPercentage, 100], minutes: config.timeBasedCanary.canaryInterval };
  }
  if (config?.type === 'TimeBasedLinear' && config.timeBasedLinear) {
    const { linearPercentage: step, linearInterval } = config.timeBasedLinear;
    const shifts: number[] = [];
    for (let p = step; p < 100; p += step) shifts.push(p);
    shifts.push(100);
    return { shifts, minutes: linearInterval };
  }
  return { shifts: [100], minutes: 0 };
}

/** Names of the group's alarms in ALARM, when alarm monitoring is on. */
export function activeAlarms(ctx: SimContext, d: Deployment): string[] {
  const watched = d.execution?.alarms ?? [];
  if (watched.length === 0) return [];
  return watched.filter((name) => alarmState(ctx.world.account, name) === 'ALARM');
}

/** Stops the deployment when one of its group's alarms is in ALARM; true when it did. */
export function stopOnAlarm(ctx: SimContext, d: Deployment): boolean {
  const alarms = activeAlarms(ctx, d);
  if (alarms.length === 0) return false;
  finishDeployment(ctx, d, {
    status: 'Stopped',
    code: 'ALARM_ACTIVE',
    message: `One or more alarms have been activated according to the Amazon CloudWatch metrics you selected, and the affected deployments have been stopped. Activated alarms: ${alarms.join(', ')}`,
    rollbackEvent: 'DEPLOYMENT_STOP_ON_ALARM',
  });
  return true;
}

const fail = (ctx: SimContext, d: Deployment, code: string, message: string) =>
  finishDeployment(ctx, d, { status: 'Failed', code, message, rollbackEvent: 'DEPLOYMENT_FAILURE' });

export const HEALTH_CONSTRAINTS_MESSAGE =
  'The overall deployment failed because too many individual instances failed deployment, too few healthy instances are available for deployment, or some instances in your deployment group are experiencing problems.';

const NO_INSTANCES_MESSAGE =
  'The deployment failed because no instances were found for your deployment group. Check your deployment group settings to make sure the tags for your EC2 instances or Auto Scaling groups correctly identify the instances you want to deploy to, and then try again.';

/** Timer: the deployment leaves Created, resolves its targets, reads its revision and starts the first phase. */
export function deploymentStarted(ctx: SimContext, payload: { deploymentId: string }): void {
  const d = getOwn(ctx.world.account.codedeploy.deployments, payload.deploymentId);
  if (!d || d.status !== 'Created') return;
  d.status = 'InProgress';
  d.startTime = ctx.now;
  emitDeploymentState(ctx, d, 'START');
  wakeTraffic(ctx);
  const group = groupOf(ctx, d);
  if (!group) {
    fail(ctx, d, 'DEPLOYMENT_GROUP_MISSING', `The deployment group ${d.deploymentGroupName} was deleted.`);
    return;
  }
  const content = readRevision(ctx.world, d.revision, d.computePlatform);
  const config = findDeploymentConfig(ctx.world.account, d.deploymentConfigName);
  const routing = shiftsOf(config?.trafficRoutingConfig);
  const codedeploy = ctx.world.account.codedeploy;
  const armed = (codedeploy.faults ?? []).filter(
    (f) => f.applicationName === undefined || f.applicationName === d.applicationName,
  );
  codedeploy.faults = (codedeploy.faults ?? []).filter((f) => !armed.includes(f));
  const exec: DeploymentExecution = {
    phase: 'install',
    queue: [],
    running: [],
    cursor: {},
    healthy: 0,
    unhealthy: [],
    oneAtATime: config?.minimumHealthyHosts?.type === 'MOST_CONCURRENCY',
    succeeded: 0,
    failed: 0,
    cancelled: false,
    revisionKey: revisionKey(d.revision),
    bundle: content.files,
    ...(content.appspec && { appspec: content.appspec }),
    ...(content.error !== undefined && { appspecError: content.error }),
    previous: {},
    hooks: {},
    shifts: routing.shifts,
    shiftIntervalMinutes: routing.minutes,
    faults: Object.fromEntries(armed.map((f) => [f.lifecycleEventName, f.effect])),
    alarms: group.alarmConfiguration.enabled ? group.alarmConfiguration.alarms.map((a) => a.name) : [],
  };
  d.execution = exec;
  if (stopOnAlarm(ctx, d)) return;
  if (d.computePlatform !== 'Server' && (content.error !== undefined || !content.appspec)) {
    fail(
      ctx,
      d,
      d.revision.revisionType === 'S3' && content.size === 0 ? 'REVISION_MISSING' : 'INVALID_REVISION',
      content.error ?? 'The AppSpec file is invalid.',
    );
    return;
  }
  if (d.computePlatform === 'Lambda') startLambda(ctx, d, exec);
  else if (d.computePlatform === 'ECS') startEcs(ctx, d, exec, group);
  else if (d.deploymentStyle.deploymentType === 'BLUE_GREEN') startBlueGreen(ctx, d, exec, group);
  else startInPlace(ctx, d, exec, group);
}

/** The minimum healthy hosts as an instance count, rounded up (aws-facts §3.2). */
function minimumHealthyOf(ctx: SimContext, d: Deployment, total: number, healthy: number): number {
  const config = findDeploymentConfig(ctx.world.account, d.deploymentConfigName);
  const min = config?.minimumHealthyHosts;
  if (!min || min.type === 'MOST_CONCURRENCY') return Math.max(healthy - 1, 0);
  return min.type === 'HOST_COUNT' ? min.value : Math.ceil((total * min.value) / 100);
}

/** Unhealthy instances first, then those with no revision, an old one, and the current one (aws-facts §3.2). */
function deploymentOrder(ctx: SimContext, ids: string[], key: string): string[] {
  const health = ctx.world.account.codedeploy.instanceHealth ?? {};
  const fleet = ctx.world.account.fleet;
  const rank = (id: string) => {
    if (Object.hasOwn(health, id)) return 0;
    const revision = getOwn(fleet.instances, id)?.revision;
    return revision === undefined ? 1 : revision.revisionKey === key ? 3 : 2;
  };
  return ids
    .map((id, i) => ({ id, i, r: rank(id) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.id);
}

/** Sets the counts of the minimum-healthy rule; false (and the deployment failed) when it cannot be met at start. */
function prepareHealth(ctx: SimContext, d: Deployment, exec: DeploymentExecution, ids: string[]): boolean {
  const health = ctx.world.account.codedeploy.instanceHealth ?? {};
  exec.unhealthy = ids.filter((id) => Object.hasOwn(health, id));
  exec.healthy = ids.length - exec.unhealthy.length;
  const min = minimumHealthyOf(ctx, d, ids.length, exec.healthy);
  d.minimumHealthy = min;
  if (!exec.oneAtATime && min > 0 && exec.healthy <= min) {
    fail(
      ctx,
      d,
      'HEALTH_CONSTRAINTS_INVALID',
      `The deployment failed because the minimum number of healthy instances (${min}) cannot be kept while deploying: the deployment group has ${exec.healthy} healthy instance${exec.healthy === 1 ? '' : 's'}. Use a deployment configuration with a lower minimum, or add instances.`,
    );
    return false;
  }
  return true;
}

function startInPlace(ctx: SimContext, d: Deployment, exec: DeploymentExecution, group: DeploymentGroup) {
  const instances = instancesMatching(ctx.world.account, {
    tagFilters: group.ec2TagFilters,
    tagSet: group.ec2TagSet,
    autoScalingGroups: group.autoScalingGroups,
  });
  if (instances.length === 0) {
    fail(ctx, d, 'NO_INSTANCES', NO_INSTANCES_MESSAGE);
    return;
  }
  const ids = deploymentOrder(
    ctx,
    instances.map((i) => i.instanceId),
    exec.revisionKey,
  );
  const events = usesLoadBalancer(group) ? EC2_IN_PLACE_WITH_LOAD_BALANCER : EC2_IN_PLACE;
  addTargets(
    d,
    ids.map((id) => newTarget(ctx, id, ctx.arn('ec2', `instance/${id}`), 'InstanceTarget', events)),
  );
  if (!prepareHealth(ctx, d, exec, ids)) return;
  beginPhase(ctx, d, exec, 'install', ids);
}

function startBlueGreen(ctx: SimContext, d: Deployment, exec: DeploymentExecution, group: DeploymentGroup) {
  const originals = instancesMatching(ctx.world.account, {
    tagFilters: group.ec2TagFilters,
    tagSet: group.ec2TagSet,
    autoScalingGroups: group.autoScalingGroups,
  });
  addTargets(
    d,
    originals.map((i) =>
      newTarget(ctx, i.instanceId, ctx.arn('ec2', `instance/${i.instanceId}`), 'InstanceTarget', EC2_ORIGINAL, 'Blue'),
    ),
  );
  const option = d.blueGreenDeploymentConfiguration?.greenFleetProvisioningOption.action ?? 'DISCOVER_EXISTING';
  if (option === 'COPY_AUTO_SCALING_GROUP') {
    const source = group.autoScalingGroups[0];
    if (source === undefined) {
      fail(
        ctx,
        d,
        'AUTO_SCALING_CONFIGURATION',
        'COPY_AUTO_SCALING_GROUP needs the deployment group to name an Auto Scaling group to copy.',
      );
      return;
    }
    const copy = copyAutoScalingGroup(ctx, source, `CodeDeploy_${d.deploymentGroupName}_${d.deploymentId}`);
    exec.greenAutoScalingGroup = copy.autoScalingGroupName;
    exec.phase = 'provisioning';
    ctx.schedule(PROVISIONING_POLL_MS, WAIT_TIMER, { deploymentId: d.deploymentId, phase: 'provisioning' });
    return;
  }
  const greens = instancesMatching(ctx.world.account, {
    tagFilters: d.targetInstances?.tagFilters ?? [],
    autoScalingGroups: d.targetInstances?.autoScalingGroups ?? [],
  }).filter((i) => !Object.hasOwn(d.targets, i.instanceId));
  installGreen(
    ctx,
    d,
    exec,
    greens.map((i) => i.instanceId),
  );
}

function installGreen(ctx: SimContext, d: Deployment, exec: DeploymentExecution, ids: string[]) {
  if (ids.length === 0) {
    fail(ctx, d, 'NO_INSTANCES', NO_INSTANCES_MESSAGE);
    return;
  }
  addTargets(
    d,
    ids.map((id) => newTarget(ctx, id, ctx.arn('ec2', `instance/${id}`), 'InstanceTarget', EC2_REPLACEMENT, 'Green')),
  );
  if (!prepareHealth(ctx, d, exec, ids)) return;
  beginPhase(ctx, d, exec, 'install', ids);
}

function startLambda(ctx: SimContext, d: Deployment, exec: DeploymentExecution) {
  const spec = exec.appspec;
  if (spec?.platform !== 'Lambda') return;
  const { name, alias: aliasName, currentVersion, targetVersion } = spec.function;
  const fn = getOwn(ctx.world.account.fleet.lambdaFunctions, name);
  const alias = fn && getOwn(fn.aliases, aliasName);
  const version = fn && [currentVersion, targetVersion].find((v) => !getOwn(fn.versions, v));
  if (!fn || !alias || version !== undefined) {
    const missing = !fn
      ? `function ${name}`
      : !alias
        ? `alias ${aliasName} of ${name}`
        : `version ${version ?? ''} of ${name}`;
    fail(ctx, d, 'INVALID_LAMBDA_FUNCTION', `The Lambda ${missing} in the AppSpec file does not exist.`);
    return;
  }
  const id = `${spec.function.name}:${spec.function.alias}`;
  addTargets(d, [newTarget(ctx, id, alias.aliasArn, 'LambdaTarget', LAMBDA_EVENTS)]);
  beginPhase(ctx, d, exec, 'shift', [id]);
}

function startEcs(ctx: SimContext, d: Deployment, exec: DeploymentExecution, group: DeploymentGroup) {
  const spec = exec.appspec;
  const ref = group.ecsServices[0];
  const pair = group.loadBalancerInfo?.targetGroupPairInfoList[0];
  if (spec?.platform !== 'ECS' || !ref || !pair) {
    fail(ctx, d, 'INVALID_ECS_SERVICE', 'The deployment group has no ECS service and target group pair to deploy to.');
    return;
  }
  const fleet = ctx.world.account.fleet;
  const serviceKey = `${ref.clusterName}/${ref.serviceName}`;
  const service = getOwn(fleet.ecsServices, serviceKey);
  const prodListenerArn = pair.prodTrafficRoute.listenerArns[0];
  const arns = pair.targetGroups.map(
    (g) => Object.values(fleet.targetGroups).find((tg) => tg.targetGroupName === g.name)?.targetGroupArn,
  );
  const listener = Object.values(fleet.loadBalancers)
    .flatMap((lb) => lb.listeners)
    .find((l) => l.listenerArn === prodListenerArn);
  if (!service || !listener || arns.length < 2 || arns.some((a) => a === undefined)) {
    fail(
      ctx,
      d,
      'INVALID_ECS_SERVICE',
      `The ECS service ${serviceKey}, its listener or its target groups do not exist.`,
    );
    return;
  }
  const serving = [...listener.forward].sort((a, b) => b.weight - a.weight)[0]?.targetGroupArn ?? (arns[0] as string);
  const replacement = (arns.find((a) => a !== serving) ?? arns[1]) as string;
  const original = service.taskSets.find((t) => t.status === 'PRIMARY');
  const testListenerArn = pair.testTrafficRoute?.listenerArns[0];
  exec.ecs = {
    serviceKey,
    ...(original && { originalTaskSetId: original.id }),
    originalTargetGroupArn: serving,
    replacementTargetGroupArn: replacement,
    prodListenerArn: prodListenerArn as string,
    ...(testListenerArn !== undefined && { testListenerArn }),
  };
  const id = `${ref.clusterName}:${ref.serviceName}`;
  addTargets(d, [newTarget(ctx, id, service.serviceArn, 'ECSTarget', ECS_EVENTS)]);
  beginPhase(ctx, d, exec, 'shift', [id]);
}

function beginPhase(ctx: SimContext, d: Deployment, exec: DeploymentExecution, phase: DeploymentPhase, ids: string[]) {
  exec.phase = phase;
  exec.queue = ids;
  exec.running = [];
  pump(ctx, d, exec);
}

/** Index range of a target's events that belong to the current phase. */
function sliceOf(exec: DeploymentExecution, target: DeploymentTarget): { index: number; last: number } {
  const last = target.lifecycleEvents.length - 1;
  if (target.targetLabel === 'Green') {
    return exec.phase === 'install'
      ? { index: 0, last: REPLACEMENT_REROUTE_FROM - 1 }
      : { index: REPLACEMENT_REROUTE_FROM, last };
  }
  return { index: 0, last };
}

/**
 * Starts the next batch when the current one is done: as many instances as keep the healthy count at or above the
 * minimum (unhealthy ones first, and they do not count); OneAtATime one by one. No room left with nothing running
 * means too few healthy instances remain: further batches are cancelled.
 */
function pump(ctx: SimContext, d: Deployment, exec: DeploymentExecution): void {
  if (exec.running.length > 0) return;
  if (exec.queue.length === 0 || exec.cancelled) {
    phaseDone(ctx, d, exec);
    return;
  }
  const min = d.minimumHealthy ?? 0;
  const batch: string[] = [];
  if (exec.phase === 'install') {
    let room = exec.healthy - min;
    while (exec.queue.length > 0) {
      if (exec.oneAtATime && batch.length === 1) break;
      const id = exec.queue[0] as string;
      const unhealthy = exec.unhealthy.length > 0 && exec.unhealthy.includes(id);
      if (!unhealthy) {
        if (room <= 0 && !(exec.oneAtATime && batch.length === 0)) break;
        room--;
        exec.healthy--;
      }
      batch.push(id);
      exec.queue.shift();
    }
  } else {
    const size = exec.oneAtATime ? 1 : Math.max(1, exec.queue.length - min);
    batch.push(...exec.queue.splice(0, size));
  }
  if (batch.length === 0) {
    exec.cancelled = true;
    phaseDone(ctx, d, exec);
    return;
  }
  exec.running = batch;
  for (const id of batch) {
    if (!isActive(d)) return;
    startTarget(ctx, d, exec, id);
  }
}

function startTarget(ctx: SimContext, d: Deployment, exec: DeploymentExecution, id: string) {
  const target = d.targets[id] as DeploymentTarget;
  const slice = sliceOf(exec, target);
  exec.cursor[id] = slice;
  if (target.status !== 'InProgress') {
    target.status = 'InProgress';
    emitInstanceState(ctx, d, target, 'START');
  }
  startEvent(ctx, d, exec, target, slice.index);
}

function startEvent(
  ctx: SimContext,
  d: Deployment,
  exec: DeploymentExecution,
  target: DeploymentTarget,
  index: number,
) {
  const event = target.lifecycleEvents[index] as LifecycleEvent;
  event.status = 'InProgress';
  event.startTime = ctx.now;
  target.lastUpdatedAt = ctx.now;
  emitLifecycleChange(ctx, d, target, event);
  const outcome = decide(ctx, d, exec, target, event);
  if (outcome) {
    ctx.schedule(outcome.durationMs, STEP_TIMER, {
      deploymentId: d.deploymentId,
      targetId: target.targetId,
      index,
      status: outcome.status,
      ...(outcome.diagnostics && { diagnostics: outcome.diagnostics }),
    });
  }
}

/** What an event does; undefined when it ends on its own (a hook report, the last traffic shift). */
function decide(
  ctx: SimContext,
  d: Deployment,
  exec: DeploymentExecution,
  target: DeploymentTarget,
  event: LifecycleEvent,
): EventOutcome | undefined {
  const name = event.lifecycleEventName;
  if (SERVICE_EVENTS.has(name)) return { status: 'Succeeded', durationMs: SERVICE_EVENT_MS };
  const group = groupOf(ctx, d) as DeploymentGroup;
  if (target.deploymentTargetType === 'InstanceTarget') {
    return instanceEvent(ctx, d, exec, group, target.targetId, name);
  }
  const spec = exec.appspec;
  if (name === 'AllowTraffic') {
    shift(ctx, d, exec);
    return exec.shifts.length === 0 ? { status: 'Succeeded', durationMs: SERVICE_EVENT_MS } : undefined;
  }
  if (name === 'Install' && exec.ecs && spec?.platform === 'ECS') {
    const set = createTaskSet(
      ctx,
      exec.ecs.serviceKey,
      spec.service.taskDefinition,
      exec.ecs.replacementTargetGroupArn,
    );
    exec.ecs.replacementTaskSetId = set.id;
    const tg = ctx.world.account.fleet.targetGroups[exec.ecs.replacementTargetGroupArn];
    const ready = tg ? tg.healthCheck.intervalSeconds * tg.healthCheck.healthyThresholdCount * SECOND : 0;
    return { status: 'Succeeded', durationMs: Math.max(SERVICE_EVENT_MS, ready) };
  }
  if (name === 'AllowTestTraffic' && exec.ecs) {
    if (exec.ecs.testListenerArn !== undefined) {
      setListenerForward(ctx, exec.ecs.testListenerArn, [
        { targetGroupArn: exec.ecs.replacementTargetGroupArn, weight: 100 },
      ]);
    }
    return { status: 'Succeeded', durationMs: SERVICE_EVENT_MS };
  }
  const hook = spec && spec.platform !== 'Server' ? getOwn(spec.hooks, name) : undefined;
  if (hook === undefined) return { status: 'Succeeded', durationMs: SERVICE_EVENT_MS };
  return invokeHook(ctx, d, exec, target, event, hook);
}

/** Invokes a hook function once; it reports through PutLifecycleEventHookExecutionStatus (simulated or real). */
function invokeHook(
  ctx: SimContext,
  d: Deployment,
  exec: DeploymentExecution,
  target: DeploymentTarget,
  event: LifecycleEvent,
  functionName: string,
): EventOutcome | undefined {
  const fn = getOwn(ctx.world.account.fleet.lambdaFunctions, functionName);
  if (!fn) {
    return {
      status: 'Failed',
      durationMs: AGENT_POLL_MS,
      diagnostics: {
        errorCode: 'UnknownError',
        scriptName: '',
        message: `The lifecycle event hook function ${functionName} does not exist.`,
        logTail: '',
      },
    };
  }
  const id = ctx.uuid();
  event.hookExecutionId = id;
  const index = target.lifecycleEvents.indexOf(event);
  exec.hooks[id] = { targetId: target.targetId, index };
  const fault = getOwn(exec.faults, event.lifecycleEventName);
  const behaviour =
    fault === 'fail'
      ? { result: 'Failed' as const, delaySeconds: DEFAULT_HOOK_DELAY_SECONDS }
      : fault === 'hang'
        ? { result: 'NoResponse' as const, delaySeconds: 0 }
        : (fn.hookBehaviour ?? { result: 'Succeeded' as const, delaySeconds: DEFAULT_HOOK_DELAY_SECONDS });
  if (behaviour.result !== 'NoResponse') {
    ctx.schedule(behaviour.delaySeconds * SECOND, HOOK_REPORT_TIMER, {
      deploymentId: d.deploymentId,
      hookExecutionId: id,
      status: behaviour.result,
      functionName,
    });
  }
  ctx.schedule(HOOK_WINDOW_MS, HOOK_TIMEOUT_TIMER, { deploymentId: d.deploymentId, hookExecutionId: id, functionName });
  return undefined;
}

/** A hook reported (PutLifecycleEventHookExecutionStatus, or the simulated function doing it). */
export function hookReported(
  ctx: SimContext,
  d: Deployment,
  hookExecutionId: string,
  status: 'Succeeded' | 'Failed',
  functionName: string,
): void {
  const exec = d.execution;
  const hook = exec && getOwn(exec.hooks, hookExecutionId);
  if (!exec || !hook) return;
  delete exec.hooks[hookExecutionId];
  const target = d.targets[hook.targetId] as DeploymentTarget;
  const event = target.lifecycleEvents[hook.index] as LifecycleEvent;
  completeEvent(
    ctx,
    d,
    exec,
    target,
    hook.index,
    status,
    status === 'Failed'
      ? {
          errorCode: 'UnknownError',
          scriptName: '',
          message: `The ${event.lifecycleEventName} hook function ${functionName} reported Failed (lifecycleEventHookExecutionId ${hookExecutionId}).`,
          logTail: '',
        }
      : undefined,
  );
}

export function hookTimedOut(
  ctx: SimContext,
  payload: { deploymentId: string; hookExecutionId: string; functionName: string },
) {
  const d = activeDeployment(ctx, payload.deploymentId);
  const exec = d?.execution;
  const hook = exec && getOwn(exec.hooks, payload.hookExecutionId);
  if (!d || !exec || !hook) return;
  delete exec.hooks[payload.hookExecutionId];
  completeEvent(ctx, d, exec, d.targets[hook.targetId] as DeploymentTarget, hook.index, 'Failed', {
    errorCode: 'ScriptTimedOut',
    scriptName: '',
    message: `The hook function ${payload.functionName} did not call PutLifecycleEventHookExecutionStatus within 1 hour.`,
    logTail: '',
  });
}

export function hookReportTimer(
  ctx: SimContext,
  payload: { deploymentId: string; hookExecutionId: string; status: 'Succeeded' | 'Failed'; functionName: string },
) {
  const d = activeDeployment(ctx, payload.deploymentId);
  if (d) hookReported(ctx, d, payload.hookExecutionId, payload.status, payload.functionName);
}

/** Moves the next share of traffic to the replacement; the last shift ends AllowTraffic. */
function shift(ctx: SimContext, d: Deployment, exec: DeploymentExecution): void {
  const percent = exec.shifts.shift();
  if (percent === undefined) return;
  applyTraffic(ctx, d, exec, percent);
  if (exec.shifts.length > 0) {
    ctx.schedule(exec.shiftIntervalMinutes * MINUTE, SHIFT_TIMER, { deploymentId: d.deploymentId });
  }
}

/** Sends `percent` of the traffic to the replacement (the AppSpec's target version, or the replacement task set). */
export function applyTraffic(ctx: SimContext, d: Deployment, exec: DeploymentExecution, percent: number): void {
  const spec = exec.appspec;
  if (spec?.platform === 'Lambda') {
    const { name, alias, currentVersion, targetVersion } = spec.function;
    if (percent >= 100) setAliasRouting(ctx, name, alias, targetVersion);
    else if (percent <= 0) setAliasRouting(ctx, name, alias, currentVersion);
    else setAliasRouting(ctx, name, alias, currentVersion, { version: targetVersion, weight: percent / 100 });
  } else if (exec.ecs) {
    const { prodListenerArn, originalTargetGroupArn, replacementTargetGroupArn, serviceKey } = exec.ecs;
    const forward = [
      { targetGroupArn: originalTargetGroupArn, weight: 100 - percent },
      { targetGroupArn: replacementTargetGroupArn, weight: percent },
    ].filter((f) => f.weight > 0);
    setListenerForward(ctx, prodListenerArn, forward);
    const primary = percent >= 100 ? exec.ecs.replacementTaskSetId : exec.ecs.originalTaskSetId;
    if (primary !== undefined && (percent >= 100 || percent <= 0)) setPrimaryTaskSet(ctx, serviceKey, primary);
  }
  d.trafficShiftedPercent = percent;
}

export function shiftTimer(ctx: SimContext, payload: { deploymentId: string }) {
  const d = activeDeployment(ctx, payload.deploymentId);
  const exec = d?.execution;
  if (!d || !exec || exec.phase !== 'shift' || stopOnAlarm(ctx, d)) return;
  shift(ctx, d, exec);
  if (exec.shifts.length > 0) return;
  const id = exec.running[0];
  const cursor = id !== undefined ? getOwn(exec.cursor, id) : undefined;
  if (id !== undefined && cursor)
    completeEvent(ctx, d, exec, d.targets[id] as DeploymentTarget, cursor.index, 'Succeeded');
}

export function stepTimer(
  ctx: SimContext,
  payload: {
    deploymentId: string;
    targetId: string;
    index: number;
    status: 'Succeeded' | 'Failed';
    diagnostics?: Diagnostics;
  },
): void {
  const d = activeDeployment(ctx, payload.deploymentId);
  const exec = d?.execution;
  const cursor = exec && getOwn(exec.cursor, payload.targetId);
  if (!d || !exec || !cursor || cursor.index !== payload.index) return;
  completeEvent(
    ctx,
    d,
    exec,
    d.targets[payload.targetId] as DeploymentTarget,
    payload.index,
    payload.status,
    payload.diagnostics,
  );
}

function completeEvent(
  ctx: SimContext,
  d: Deployment,
  exec: DeploymentExecution,
  target: DeploymentTarget,
  index: number,
  status: 'Succeeded' | 'Failed',
  diagnostics?: Diagnostics,
): void {
  const event = target.lifecycleEvents[index] as LifecycleEvent;
  event.status = status;
  event.endTime = ctx.now;
  if (diagnostics) event.diagnostics = diagnostics;
  target.lastUpdatedAt = ctx.now;
  emitLifecycleChange(ctx, d, target, event);
  const cursor = exec.cursor[target.targetId] as { index: number; last: number };
  if (status === 'Failed') {
    for (let i = index + 1; i < target.lifecycleEvents.length; i++)
      (target.lifecycleEvents[i] as LifecycleEvent).status = 'Skipped';
    target.status = 'Failed';
    emitInstanceState(ctx, d, target, 'FAILURE');
    targetDone(ctx, d, exec, target, false);
    return;
  }
  if (stopOnAlarm(ctx, d)) return;
  if (index < cursor.last) {
    cursor.index = index + 1;
    startEvent(ctx, d, exec, target, index + 1);
    return;
  }
  if (cursor.last === target.lifecycleEvents.length - 1) {
    target.status = 'Succeeded';
    emitInstanceState(ctx, d, target, 'SUCCESS');
  }
  targetDone(ctx, d, exec, target, true);
}

function targetDone(ctx: SimContext, d: Deployment, exec: DeploymentExecution, target: DeploymentTarget, ok: boolean) {
  delete exec.cursor[target.targetId];
  exec.running = exec.running.filter((id) => id !== target.targetId);
  if (ok) {
    exec.succeeded++;
    if (exec.phase === 'install') exec.healthy++;
  } else {
    exec.failed++;
    if (exec.phase === 'install') {
      ctx.world.account.codedeploy.instanceHealth ??= {};
      ctx.world.account.codedeploy.instanceHealth[target.targetId] = 'Unhealthy';
    }
    // OneAtATime: a failure on any instance but the last fails the deployment (aws-facts §3.1).
    if (exec.oneAtATime && exec.queue.length > 0) exec.cancelled = true;
    if (d.computePlatform !== 'Server' || exec.phase !== 'install') exec.cancelled = true;
  }
  if (ok && exec.phase === 'install' && ctx.world.account.codedeploy.instanceHealth) {
    delete ctx.world.account.codedeploy.instanceHealth[target.targetId];
  }
  pump(ctx, d, exec);
}

function phaseDone(ctx: SimContext, d: Deployment, exec: DeploymentExecution): void {
  if (!isActive(d)) return;
  const failure = (): Ending => ({
    status: 'Failed',
    code: d.computePlatform === 'Server' ? 'HEALTH_CONSTRAINTS' : 'HOOK_EXECUTION_FAILURE',
    message:
      d.computePlatform === 'Server'
        ? HEALTH_CONSTRAINTS_MESSAGE
        : 'The deployment failed because a lifecycle event of the deployment failed. See the target’s lifecycle events for the hook that failed.',
    rollbackEvent: 'DEPLOYMENT_FAILURE',
  });
  switch (exec.phase) {
    case 'install': {
      const min = d.minimumHealthy ?? 0;
      const ok = !exec.cancelled && exec.succeeded >= Math.max(min, 1);
      if (!ok) {
        finishDeployment(ctx, d, failure());
        return;
      }
      if (d.deploymentStyle.deploymentType !== 'BLUE_GREEN') {
        finishDeployment(ctx, d, { status: 'Succeeded' });
        return;
      }
      greenReady(ctx, d, exec);
      return;
    }
    case 'reroute': {
      if (exec.cancelled) {
        finishDeployment(ctx, d, failure());
        return;
      }
      d.trafficShiftedPercent = 100;
      const blue = d.targetIds.filter((id) => d.targets[id]?.targetLabel === 'Blue');
      exec.succeeded = 0;
      beginPhase(ctx, d, exec, 'block', blue);
      return;
    }
    case 'block':
      if (exec.cancelled) {
        finishDeployment(ctx, d, failure());
        return;
      }
      terminationWait(ctx, d, exec);
      return;
    case 'shift':
      if (exec.cancelled || exec.failed > 0) {
        finishDeployment(ctx, d, failure());
        return;
      }
      if (exec.ecs) terminationWait(ctx, d, exec);
      else finishDeployment(ctx, d, { status: 'Succeeded' });
      return;
    default:
      return;
  }
}

/** The replacement fleet is installed: reroute now, or wait for ContinueDeployment (STOP_DEPLOYMENT). */
function greenReady(ctx: SimContext, d: Deployment, exec: DeploymentExecution) {
  const ready = d.blueGreenDeploymentConfiguration?.deploymentReadyOption;
  if (ready?.actionOnTimeout === 'STOP_DEPLOYMENT') {
    exec.phase = 'ready';
    d.status = 'Ready';
    for (const id of d.targetIds) {
      const t = d.targets[id] as DeploymentTarget;
      if (t.targetLabel === 'Green' && t.status === 'InProgress') {
        t.status = 'Ready';
        emitInstanceState(ctx, d, t, 'READY');
      }
    }
    emitDeploymentState(ctx, d, 'READY');
    d.readyUntil = (ctx.now + ready.waitTimeInMinutes * MINUTE) as SimMillis;
    ctx.schedule(ready.waitTimeInMinutes * MINUTE, WAIT_TIMER, { deploymentId: d.deploymentId, phase: 'ready' });
    return;
  }
  reroute(ctx, d, exec);
}

/** Register the replacement instances, then block traffic to the originals. */
export function reroute(ctx: SimContext, d: Deployment, exec: DeploymentExecution) {
  d.status = 'InProgress';
  delete d.readyUntil;
  const greens = d.targetIds.filter((id) => {
    const t = d.targets[id] as DeploymentTarget;
    return t.targetLabel === 'Green' && (t.status === 'Ready' || t.status === 'InProgress');
  });
  exec.succeeded = 0;
  exec.failed = 0;
  beginPhase(ctx, d, exec, 'reroute', greens);
}

function terminationWait(ctx: SimContext, d: Deployment, exec: DeploymentExecution) {
  const option = d.blueGreenDeploymentConfiguration?.terminateBlueInstancesOnDeploymentSuccess;
  if (!exec.ecs && option?.action !== 'TERMINATE') {
    finishDeployment(ctx, d, { status: 'Succeeded' });
    return;
  }
  const minutes = option?.terminationWaitTimeInMinutes ?? 0;
  exec.phase = 'terminationWait';
  d.instanceTerminationWaitTimeStarted = true;
  d.terminationAt = (ctx.now + minutes * MINUTE) as SimMillis;
  ctx.schedule(minutes * MINUTE, WAIT_TIMER, { deploymentId: d.deploymentId, phase: 'terminationWait' });
}

/** The original fleet's time is up (or ContinueDeployment TERMINATION_WAIT): terminate it and succeed. */
export function terminateOriginal(ctx: SimContext, d: Deployment, exec: DeploymentExecution) {
  if (exec.ecs) {
    if (exec.ecs.originalTaskSetId !== undefined) deleteTaskSet(ctx, exec.ecs.serviceKey, exec.ecs.originalTaskSetId);
  } else {
    terminateInstances(
      ctx,
      d.targetIds.filter((id) => d.targets[id]?.targetLabel === 'Blue'),
    );
  }
  delete d.terminationAt;
  finishDeployment(ctx, d, { status: 'Succeeded' });
}

export function waitTimer(ctx: SimContext, payload: { deploymentId: string; phase: DeploymentPhase }) {
  const d = activeDeployment(ctx, payload.deploymentId);
  const exec = d?.execution;
  if (!d || !exec || exec.phase !== payload.phase) return;
  if (payload.phase === 'ready') {
    finishDeployment(ctx, d, {
      status: 'Stopped',
      code: 'TIMEOUT',
      message: `Traffic was not rerouted within the wait time (${d.blueGreenDeploymentConfiguration?.deploymentReadyOption.waitTimeInMinutes ?? 0} minutes): the deployment stopped. Continue a Ready deployment with ContinueDeployment before the wait ends.`,
    });
  } else if (payload.phase === 'terminationWait') terminateOriginal(ctx, d, exec);
  else if (payload.phase === 'provisioning') {
    const name = exec.greenAutoScalingGroup ?? '';
    const asg = getOwn(ctx.world.account.fleet.autoScalingGroups, name);
    const ids = asg?.instanceIds ?? [];
    const booted = ids.every((id) => getOwn(ctx.world.account.fleet.instances, id)?.state === 'running');
    if (!booted) {
      ctx.schedule(PROVISIONING_POLL_MS, WAIT_TIMER, { deploymentId: d.deploymentId, phase: 'provisioning' });
      return;
    }
    installGreen(ctx, d, exec, [...ids]);
  }
}

/** Puts traffic back on the original fleet, version or task set (a failed or stopped deployment). */
export function restoreTraffic(ctx: SimContext, d: Deployment, exec: DeploymentExecution) {
  if (d.computePlatform === 'Lambda' || exec.ecs) {
    if (d.trafficShiftedPercent > 0 || exec.ecs) applyTraffic(ctx, d, exec, 0);
    if (exec.ecs) {
      if (exec.ecs.testListenerArn !== undefined) {
        setListenerForward(ctx, exec.ecs.testListenerArn, [
          { targetGroupArn: exec.ecs.originalTargetGroupArn, weight: 100 },
        ]);
      }
      if (exec.ecs.replacementTaskSetId !== undefined)
        deleteTaskSet(ctx, exec.ecs.serviceKey, exec.ecs.replacementTaskSetId);
    }
    return;
  }
  if (d.deploymentStyle.deploymentType !== 'BLUE_GREEN' || exec.phase === 'install' || exec.phase === 'ready') return;
  const group = groupOf(ctx, d);
  if (!group) return;
  for (const arn of targetGroupArns(ctx, group)) {
    const blue = d.targetIds.filter((id) => d.targets[id]?.targetLabel === 'Blue');
    const green = d.targetIds.filter((id) => d.targets[id]?.targetLabel === 'Green');
    if (blue.length) registerTargets(ctx, arn, blue);
    if (green.length) deregisterTargets(ctx, arn, green);
  }
}
