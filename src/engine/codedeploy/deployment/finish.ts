import type { SimContext } from '../../core/simulation';
import { DEFAULT_CONFIG_NAME } from '../configs';
import type { AutoRollbackEvent, Deployment, DeploymentGroup, LifecycleEvent } from '../state';
import { createDeployment } from './create';
import { emitDeploymentState, emitInstanceState, emitLifecycleChange } from './events';
import { groupOf, isActive, restoreTraffic } from './run';

export interface Ending {
  status: 'Succeeded' | 'Failed' | 'Stopped';
  code?: string;
  message?: string;
  /** What ended it, for automatic rollback (aws-facts §3.8). */
  rollbackEvent?: AutoRollbackEvent;
  /** StopDeployment's autoRollbackEnabled: roll back (true) or not (false) whatever the configuration says. */
  rollback?: boolean;
}

const STATE = { Succeeded: 'SUCCESS', Failed: 'FAILURE', Stopped: 'STOP' } as const;

/**
 * Ends a deployment: targets not reached are Skipped, a target caught mid-event fails, traffic returns to the
 * original fleet when it did not succeed, the group remembers the attempt (and the revision when it succeeded),
 * and an automatic rollback starts when the configuration asks for one.
 */
export function finishDeployment(ctx: SimContext, d: Deployment, ending: Ending): void {
  if (!isActive(d)) return;
  const exec = d.execution;
  d.status = ending.status;
  d.completeTime = ctx.now;
  if (ending.code !== undefined) d.errorInformation = { code: ending.code, message: ending.message ?? '' };
  for (const id of d.targetIds) {
    const target = d.targets[id];
    if (!target) continue;
    if (target.status === 'Pending' || target.status === 'Ready') {
      target.status = 'Skipped';
      for (const e of target.lifecycleEvents) if (e.status === 'Pending') e.status = 'Skipped';
      target.lastUpdatedAt = ctx.now;
    } else if (target.status === 'InProgress') {
      const running = target.lifecycleEvents.find((e) => e.status === 'InProgress');
      if (running) interrupt(ctx, d, target.targetId, running, ending.status);
      for (const e of target.lifecycleEvents) if (e.status === 'Pending') e.status = 'Skipped';
      const finished = ending.status === 'Succeeded';
      target.status = finished ? 'Succeeded' : 'Failed';
      target.lastUpdatedAt = ctx.now;
      emitInstanceState(ctx, d, target, finished ? 'SUCCESS' : 'FAILURE');
    }
  }
  if (exec && ending.status !== 'Succeeded') restoreTraffic(ctx, d, exec);
  delete d.execution;
  delete d.readyUntil;
  const group = groupOf(ctx, d);
  if (group) {
    const record = { deploymentId: d.deploymentId, createTime: d.createTime, endTime: ctx.now };
    group.lastAttemptedDeployment = { ...record, status: d.status };
    if (d.status === 'Succeeded') group.lastSuccessfulDeployment = { ...record, status: 'Succeeded' };
  }
  emitDeploymentState(ctx, d, STATE[ending.status]);
  if (ending.status === 'Succeeded' || !group || d.creator === 'codeDeployRollback') return;
  const configured =
    ending.rollbackEvent !== undefined &&
    d.autoRollbackConfiguration.enabled &&
    d.autoRollbackConfiguration.events.includes(ending.rollbackEvent);
  if (ending.rollback ?? configured) rollBack(ctx, d, group);
}

function interrupt(ctx: SimContext, d: Deployment, targetId: string, event: LifecycleEvent, status: Ending['status']) {
  event.status = 'Failed';
  event.endTime = ctx.now;
  event.diagnostics = {
    errorCode: 'UnknownError',
    scriptName: '',
    message: `The deployment ${status === 'Stopped' ? 'was stopped' : 'failed'} before this lifecycle event finished.`,
    logTail: '',
  };
  const target = d.targets[targetId];
  if (target) emitLifecycleChange(ctx, d, target, event);
}

/**
 * Automatic rollback: a new deployment (creator codeDeployRollback) of the group's last successful revision,
 * linked both ways. Lambda and ECS rollbacks shift all the traffic at once (a simulator rule, see the docs).
 */
function rollBack(ctx: SimContext, d: Deployment, group: DeploymentGroup): void {
  const last = group.lastSuccessfulDeployment;
  const good = last && ctx.world.account.codedeploy.deployments[last.deploymentId];
  if (!good) {
    d.rollbackInfo = {
      rollbackMessage:
        'Automatic rollback was not performed: this deployment group has no previous successful deployment, so there is no last known good revision to redeploy.',
    };
    return;
  }
  const rollback = createDeployment(ctx, {
    applicationName: d.applicationName,
    group,
    revision: good.revision,
    deploymentConfigName:
      d.computePlatform === 'Server' ? d.deploymentConfigName : DEFAULT_CONFIG_NAME[d.computePlatform],
    creator: 'codeDeployRollback',
    ignoreApplicationStopFailures: d.ignoreApplicationStopFailures,
    autoRollbackConfiguration: d.autoRollbackConfiguration,
    // A rollback reuses the file-exists option of the last successful deployment (aws-facts §3.8).
    fileExistsBehavior: good.fileExistsBehavior,
  });
  rollback.rollbackInfo = {
    rollbackTriggeringDeploymentId: d.deploymentId,
    rollbackMessage: `Rollback of deployment ${d.deploymentId}: redeploys the last successful revision, from deployment ${good.deploymentId}.`,
  };
  d.rollbackInfo = {
    rollbackDeploymentId: rollback.deploymentId,
    rollbackMessage: `Deployment ${d.deploymentId} is rolled back by deployment ${rollback.deploymentId}.`,
  };
}
