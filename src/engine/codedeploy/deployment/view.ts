import type { SimContext } from '../../core/simulation';
import { epochSecondsAt, type SimMillis } from '../../core/time';
import { revisionLocationView } from '../revisions';
import type { Deployment, DeploymentTarget, LifecycleEvent } from '../state';
import { readRevision } from './bundle';

const at = (ctx: SimContext, t: SimMillis) => epochSecondsAt(ctx.world.startEpochMs, t);

/** `deploymentOverview`: how many targets are in each status. */
export function overview(d: Deployment) {
  const counts = { Pending: 0, InProgress: 0, Succeeded: 0, Failed: 0, Skipped: 0, Ready: 0 };
  for (const id of d.targetIds) {
    const status = d.targets[id]?.status;
    if (status !== undefined && status !== 'Unknown') counts[status]++;
  }
  return counts;
}

/** The wire `DeploymentInfo`. */
export function deploymentInfo(ctx: SimContext, d: Deployment): Record<string, unknown> {
  const group = ctx.world.account.codedeploy.deploymentGroups[`${d.applicationName}/${d.deploymentGroupName}`];
  return {
    applicationName: d.applicationName,
    deploymentGroupName: d.deploymentGroupName,
    deploymentConfigName: d.deploymentConfigName,
    deploymentId: d.deploymentId,
    ...(d.previousRevision && { previousRevision: revisionLocationView(d.previousRevision) }),
    revision: revisionLocationView(d.revision),
    status: d.status,
    ...(d.errorInformation && { errorInformation: { ...d.errorInformation } }),
    createTime: at(ctx, d.createTime),
    ...(d.startTime !== undefined && { startTime: at(ctx, d.startTime) }),
    ...(d.completeTime !== undefined && { completeTime: at(ctx, d.completeTime) }),
    deploymentOverview: overview(d),
    ...(d.description !== undefined && { description: d.description }),
    creator: d.creator,
    ignoreApplicationStopFailures: d.ignoreApplicationStopFailures,
    autoRollbackConfiguration: {
      enabled: d.autoRollbackConfiguration.enabled,
      events: [...d.autoRollbackConfiguration.events],
    },
    updateOutdatedInstancesOnly: false,
    ...(d.rollbackInfo && { rollbackInfo: { ...d.rollbackInfo } }),
    deploymentStyle: { ...d.deploymentStyle },
    ...(d.targetInstances && {
      targetInstances: {
        tagFilters: d.targetInstances.tagFilters.map((f) => ({ ...f })),
        autoScalingGroups: [...d.targetInstances.autoScalingGroups],
      },
    }),
    instanceTerminationWaitTimeStarted: d.instanceTerminationWaitTimeStarted,
    ...(d.blueGreenDeploymentConfiguration && { blueGreenDeploymentConfiguration: d.blueGreenDeploymentConfiguration }),
    ...(group?.loadBalancerInfo &&
      d.computePlatform === 'Server' && {
        loadBalancerInfo: { targetGroupInfoList: group.loadBalancerInfo.targetGroupInfoList.map((t) => ({ ...t })) },
      }),
    fileExistsBehavior: d.fileExistsBehavior,
    deploymentStatusMessages: [],
    computePlatform: d.computePlatform,
  };
}

/** The wire `LifecycleEvent`. */
export function lifecycleEventView(ctx: SimContext, e: LifecycleEvent): Record<string, unknown> {
  return {
    lifecycleEventName: e.lifecycleEventName,
    ...(e.diagnostics && { diagnostics: { ...e.diagnostics } }),
    ...(e.startTime !== undefined && { startTime: at(ctx, e.startTime) }),
    ...(e.endTime !== undefined && { endTime: at(ctx, e.endTime) }),
    status: e.status,
  };
}

/** The wire `InstanceSummary` (BatchGetDeploymentInstances, GetDeploymentInstance). */
export function instanceSummary(ctx: SimContext, d: Deployment, t: DeploymentTarget): Record<string, unknown> {
  return {
    deploymentId: d.deploymentId,
    instanceId: t.targetId,
    status: t.status,
    lastUpdatedAt: at(ctx, t.lastUpdatedAt),
    lifecycleEvents: t.lifecycleEvents.map((e) => lifecycleEventView(ctx, e)),
    ...(t.targetLabel && { instanceType: t.targetLabel }),
  };
}

/** The wire `DeploymentTarget`: an instance, Lambda or ECS target. */
export function deploymentTargetView(ctx: SimContext, d: Deployment, t: DeploymentTarget): Record<string, unknown> {
  const common = {
    deploymentId: d.deploymentId,
    targetId: t.targetId,
    targetArn: t.targetArn,
    status: t.status,
    lastUpdatedAt: at(ctx, t.lastUpdatedAt),
    lifecycleEvents: t.lifecycleEvents.map((e) => lifecycleEventView(ctx, e)),
  };
  if (t.deploymentTargetType === 'InstanceTarget') {
    return {
      deploymentTargetType: 'InstanceTarget',
      instanceTarget: { ...common, ...(t.targetLabel && { instanceLabel: t.targetLabel }) },
    };
  }
  if (t.deploymentTargetType === 'LambdaTarget') {
    const [functionName = '', functionAlias = ''] = t.targetId.split(':');
    // The versions are the AppSpec's; it is read again (a pure read) rather than kept on the target.
    const spec = readRevision(ctx.world, d.revision, 'Lambda').appspec;
    const versions = spec?.platform === 'Lambda' ? spec.function : undefined;
    return {
      deploymentTargetType: 'LambdaTarget',
      lambdaTarget: {
        ...common,
        lambdaFunctionInfo: {
          functionName,
          functionAlias,
          ...(versions && { currentVersion: versions.currentVersion, targetVersion: versions.targetVersion }),
          targetVersionWeight: d.trafficShiftedPercent / 100,
        },
      },
    };
  }
  const service = ctx.world.account.fleet.ecsServices[t.targetId.replace(':', '/')];
  return {
    deploymentTargetType: 'ECSTarget',
    ecsTarget: {
      ...common,
      taskSetsInfo: (service?.taskSets ?? []).map((s) => {
        // The task set this deployment created is the replacement (Green); it has the shifted share of traffic.
        const green = d.startTime !== undefined && s.createdAt >= d.startTime;
        return {
          identifer: s.id,
          desiredCount: service?.desiredCount ?? 0,
          status: s.status,
          trafficWeight: green ? d.trafficShiftedPercent : 100 - d.trafficShiftedPercent,
          targetGroup: { name: ctx.world.account.fleet.targetGroups[s.targetGroupArn]?.targetGroupName ?? '' },
          taskSetLabel: green ? 'Green' : 'Blue',
        };
      }),
    },
  };
}
