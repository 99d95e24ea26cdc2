import { optionalString } from '../../core/input';
import { getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { codedeployErrors as errors } from '../errors';
import {
  findDeploymentGroup,
  isRecord,
  page,
  readApplicationName,
  readDeploymentGroupName,
} from '../operations/common';
import type { Deployment, DeploymentFault, DeploymentTarget } from '../state';
import { finishDeployment } from './finish';
import { activeDeployment, hookReported, isActive, reroute, terminateOriginal } from './run';
import { deploymentInfo, deploymentTargetView, instanceSummary } from './view';

const DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/;
/** BatchGetDeployments and the target batch calls take at most 25 IDs. */
const DEPLOYMENT_BATCH_LIMIT = 25;
const STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Succeeded', 'Failed', 'Stopped', 'Ready'];
const TARGET_STATUSES = ['Pending', 'InProgress', 'Succeeded', 'Failed', 'Skipped', 'Unknown', 'Ready'];

function readDeploymentId(input: Record<string, unknown>): string {
  const id = optionalString(input, 'deploymentId');
  if (id === undefined || id === '') throw errors.deploymentIdRequired();
  if (!DEPLOYMENT_ID.test(id)) throw errors.invalidDeploymentId(id);
  return id;
}

function requireDeployment(ctx: SimContext, input: Record<string, unknown>): Deployment {
  const id = readDeploymentId(input);
  const d = getOwn(ctx.world.account.codedeploy.deployments, id);
  if (!d) throw errors.deploymentNotFound(id);
  return d;
}

function idList(input: Record<string, unknown>, field: string, missing: () => Error, limit: number): string[] {
  const value = input[field];
  if (value === undefined || value === null) throw missing();
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw errors.invalidInput(`${field} must be a list of strings`);
  if (value.length > limit)
    throw limit === DEPLOYMENT_BATCH_LIMIT && field === 'targetIds' ? errors.targetListLimit() : errors.batchLimit();
  return value as string[];
}

export const GetDeployment: Operation = (ctx, input) => ({
  deploymentInfo: deploymentInfo(ctx, requireDeployment(ctx, input)),
});

export const BatchGetDeployments: Operation = (ctx, input) => {
  const ids = idList(input, 'deploymentIds', errors.deploymentIdRequired, DEPLOYMENT_BATCH_LIMIT);
  const deploymentsInfo = ids.flatMap((id) => {
    const d = getOwn(ctx.world.account.codedeploy.deployments, id);
    return d ? [deploymentInfo(ctx, d)] : [];
  });
  return { deploymentsInfo };
};

/** ListDeployments: newest first, filtered by application/group, status and create time. */
export const ListDeployments: Operation = (ctx, input) => {
  const codedeploy = ctx.world.account.codedeploy;
  let application: string | undefined;
  let group: string | undefined;
  if (input.applicationName !== undefined && input.applicationName !== null) {
    application = readApplicationName(input);
    if (!getOwn(codedeploy.applications, application)) throw errors.applicationNotFound(application);
  }
  if (input.deploymentGroupName !== undefined && input.deploymentGroupName !== null) {
    group = readDeploymentGroupName(input);
    if (application === undefined) throw errors.applicationNameRequired();
    if (!findDeploymentGroup(ctx, application, group)) throw errors.deploymentGroupNotFound(group);
  }
  const statuses = input.includeOnlyStatuses;
  if (statuses !== undefined && statuses !== null) {
    if (!Array.isArray(statuses)) throw errors.invalidDeploymentStatus(statuses);
    for (const s of statuses) if (!STATUSES.includes(s as string)) throw errors.invalidDeploymentStatus(s);
  }
  const range = isRecord(input.createTimeRange) ? input.createTimeRange : undefined;
  const toMs = (v: unknown) => (typeof v === 'number' ? v * 1000 - ctx.world.startEpochMs : undefined);
  const start = toMs(range?.start);
  const end = toMs(range?.end);
  const ids = [...codedeploy.deploymentOrder].reverse().filter((id) => {
    const d = codedeploy.deployments[id];
    if (!d) return false;
    if (application !== undefined && d.applicationName !== application) return false;
    if (group !== undefined && d.deploymentGroupName !== group) return false;
    if (Array.isArray(statuses) && !statuses.includes(d.status)) return false;
    if (start !== undefined && d.createTime < start) return false;
    return end === undefined || d.createTime <= end;
  });
  const { items, nextToken } = page(ids, input.nextToken);
  return { deployments: items, ...(nextToken !== undefined && { nextToken }) };
};

/** Stops an active deployment as StopDeployment does (MANUAL_STOP); `rollback` overrides the configuration. */
export function stopDeployment(ctx: SimContext, d: Deployment, rollback?: boolean): void {
  finishDeployment(ctx, d, {
    status: 'Stopped',
    code: 'MANUAL_STOP',
    message: 'The deployment was stopped by a user (StopDeployment).',
    rollbackEvent: 'DEPLOYMENT_STOP_ON_REQUEST',
    ...(rollback !== undefined && { rollback }),
  });
}

/** StopDeployment: Stopped (MANUAL_STOP), rolling back when asked or when the configuration says so. */
export const StopDeployment: Operation = (ctx, input) => {
  const d = requireDeployment(ctx, input);
  const rollback = input.autoRollbackEnabled;
  if (rollback !== undefined && rollback !== null && typeof rollback !== 'boolean') {
    throw errors.invalidInput('autoRollbackEnabled must be a boolean');
  }
  if (!isActive(d)) throw errors.deploymentAlreadyCompleted(d.deploymentId);
  stopDeployment(ctx, d, typeof rollback === 'boolean' ? rollback : undefined);
  return { status: 'Succeeded', statusMessage: `Deployment ${d.deploymentId} stopped.` };
};

/** ContinueDeployment: reroute a Ready blue/green deployment now, or end the wait before terminating the originals. */
export const ContinueDeployment: Operation = (ctx, input) => {
  const d = requireDeployment(ctx, input);
  const type = input.deploymentWaitType ?? 'READY_WAIT';
  if (type !== 'READY_WAIT' && type !== 'TERMINATION_WAIT') {
    throw errors.invalidDeploymentWaitType(
      `The wait type is invalid: ${String(type)}. Valid types are READY_WAIT and TERMINATION_WAIT.`,
    );
  }
  const active = activeDeployment(ctx, d.deploymentId);
  if (!active) throw errors.deploymentAlreadyCompleted(d.deploymentId);
  const exec = active.execution;
  if (!exec) throw errors.deploymentAlreadyCompleted(d.deploymentId);
  if (type === 'READY_WAIT') {
    if (exec.phase !== 'ready') throw errors.deploymentNotReady(d.deploymentId);
    reroute(ctx, active, exec);
  } else {
    if (exec.phase !== 'terminationWait') {
      throw errors.invalidDeploymentWaitType(
        `Deployment ${d.deploymentId} is not waiting to terminate its original instances or task set.`,
      );
    }
    terminateOriginal(ctx, active, exec);
  }
  return {};
};

function requireTarget(d: Deployment, id: string | undefined, missing: () => Error): DeploymentTarget {
  if (id === undefined || id === '') throw missing();
  const target = getOwn(d.targets, id);
  if (!target)
    throw d.computePlatform === 'Server' && missing === errors.instanceIdRequired
      ? errors.instanceNotInDeployment(id)
      : errors.targetNotFound(id);
  return target;
}

function targetsFiltered(d: Deployment, statuses: unknown, labels: unknown): string[] {
  if (statuses !== undefined && statuses !== null) {
    if (!Array.isArray(statuses)) throw errors.invalidInstanceStatus(statuses);
    for (const s of statuses) if (!TARGET_STATUSES.includes(s as string)) throw errors.invalidInstanceStatus(s);
  }
  if (labels !== undefined && labels !== null) {
    if (!Array.isArray(labels)) throw errors.invalidInstanceType(labels);
    for (const l of labels) if (l !== 'Blue' && l !== 'Green') throw errors.invalidInstanceType(l);
  }
  return d.targetIds.filter((id) => {
    const t = d.targets[id] as DeploymentTarget;
    if (Array.isArray(statuses) && !statuses.includes(t.status)) return false;
    return !Array.isArray(labels) || (t.targetLabel !== undefined && labels.includes(t.targetLabel));
  });
}

export const ListDeploymentTargets: Operation = (ctx, input) => {
  const d = requireDeployment(ctx, input);
  const filters = isRecord(input.targetFilters) ? input.targetFilters : {};
  const ids = targetsFiltered(d, filters.TargetStatus, filters.ServerInstanceLabel);
  const { items, nextToken } = page(ids, input.nextToken);
  return { targetIds: items, ...(nextToken !== undefined && { nextToken }) };
};

export const BatchGetDeploymentTargets: Operation = (ctx, input) => {
  const d = requireDeployment(ctx, input);
  const ids = idList(input, 'targetIds', errors.targetIdRequired, DEPLOYMENT_BATCH_LIMIT);
  return {
    deploymentTargets: ids.map((id) => deploymentTargetView(ctx, d, requireTarget(d, id, errors.targetIdRequired))),
  };
};

export const GetDeploymentTarget: Operation = (ctx, input) => {
  const d = requireDeployment(ctx, input);
  const target = requireTarget(d, optionalString(input, 'targetId'), errors.targetIdRequired);
  return { deploymentTarget: deploymentTargetView(ctx, d, target) };
};

function requireServer(d: Deployment) {
  if (d.computePlatform !== 'Server') throw errors.invalidDeploymentInstanceType(d.deploymentId);
}

export const ListDeploymentInstances: Operation = (ctx, input) => {
  const d = requireDeployment(ctx, input);
  requireServer(d);
  const ids = targetsFiltered(d, input.instanceStatusFilter, input.instanceTypeFilter);
  const { items, nextToken } = page(ids, input.nextToken);
  return { instancesList: items, ...(nextToken !== undefined && { nextToken }) };
};

export const BatchGetDeploymentInstances: Operation = (ctx, input) => {
  const d = requireDeployment(ctx, input);
  requireServer(d);
  const ids = idList(input, 'instanceIds', errors.instanceIdRequired, DEPLOYMENT_BATCH_LIMIT);
  const instancesSummary: Record<string, unknown>[] = [];
  for (const id of ids) {
    const t = getOwn(d.targets, id);
    if (t) instancesSummary.push(instanceSummary(ctx, d, t));
  }
  const missing = ids.filter((id) => !getOwn(d.targets, id));
  return {
    instancesSummary,
    ...(missing.length > 0 && {
      errorMessage: `Instances not part of deployment ${d.deploymentId}: ${missing.join(', ')}`,
    }),
  };
};

export const GetDeploymentInstance: Operation = (ctx, input) => {
  const d = requireDeployment(ctx, input);
  requireServer(d);
  const target = requireTarget(d, optionalString(input, 'instanceId'), errors.instanceIdRequired);
  return { instanceSummary: instanceSummary(ctx, d, target) };
};

/** A Lambda or ECS hook function reports its result (it must, within an hour of being invoked). */
export const PutLifecycleEventHookExecutionStatus: Operation = (ctx, input) => {
  const d = requireDeployment(ctx, input);
  const id = optionalString(input, 'lifecycleEventHookExecutionId');
  if (id === undefined || id === '') throw errors.hookExecutionIdInvalid('(none)');
  const status = input.status;
  if (status !== 'Succeeded' && status !== 'Failed') throw errors.hookStatusInvalid(status);
  const known = d.targetIds.some((t) => d.targets[t]?.lifecycleEvents.some((e) => e.hookExecutionId === id));
  if (!known) throw errors.hookExecutionIdInvalid(id);
  const active = activeDeployment(ctx, d.deploymentId);
  if (!active?.execution || !getOwn(active.execution.hooks, id)) throw errors.hookAlreadyCompleted(id);
  hookReported(ctx, active, id, status, 'the hook function');
  return { lifecycleEventHookExecutionId: id };
};

/**
 * Simulator operation (not in CodeDeploy's API): arm a named hook to fail or hang on every target of the next
 * deployment, so the console can show what a broken ValidateService does.
 */
export const InjectDeploymentFault: Operation = (ctx, input) => {
  const name = optionalString(input, 'lifecycleEventName');
  const effect = input.effect ?? 'fail';
  if (name === undefined || name === '') throw errors.invalidInput('lifecycleEventName is required');
  if (effect !== 'fail' && effect !== 'hang') throw errors.invalidInput('effect is fail or hang');
  const applicationName = optionalString(input, 'applicationName');
  const fault: DeploymentFault = {
    lifecycleEventName: name,
    effect,
    ...(applicationName !== undefined && { applicationName }),
  };
  const codedeploy = ctx.world.account.codedeploy;
  codedeploy.faults = [...(codedeploy.faults ?? []).filter((f) => f.lifecycleEventName !== name), fault];
  return {
    explanation:
      effect === 'fail'
        ? `The next deployment's ${name} event fails on every target: its first script exits with status 1 (ScriptFailed), or a Lambda/ECS hook function reports Failed.`
        : `The next deployment's ${name} event hangs on every target: its first script never finishes, so it fails with ScriptTimedOut after its timeout (a Lambda/ECS hook never reports and fails after 1 hour).`,
  };
};
