import { SIMULATOR_SOURCE } from '../../core/events';
import type { SimContext } from '../../core/simulation';
import type { Deployment, DeploymentTarget, LifecycleEvent } from '../state';

/** State values of CodeDeploy's EventBridge notifications (aws-facts §3.12). */
export type NotificationState = 'START' | 'SUCCESS' | 'FAILURE' | 'STOP' | 'READY';

export const LIFECYCLE_EVENT_CHANGE = 'CodeDeploy Lifecycle Event Change';

const applicationArn = (ctx: SimContext, d: Deployment) => ctx.arn('codedeploy', `application:${d.applicationName}`);
const groupArn = (ctx: SimContext, d: Deployment) =>
  ctx.arn('codedeploy', `deploymentgroup:${d.applicationName}/${d.deploymentGroupName}`);

function groupId(ctx: SimContext, d: Deployment): string {
  const key = `${d.applicationName}/${d.deploymentGroupName}`;
  return Object.hasOwn(ctx.world.account.codedeploy.deploymentGroups, key)
    ? (ctx.world.account.codedeploy.deploymentGroups[key]?.deploymentGroupId ?? '')
    : '';
}

/** "CodeDeploy Deployment State-change Notification". */
export function emitDeploymentState(ctx: SimContext, d: Deployment, state: NotificationState): void {
  ctx.emit({
    source: 'aws.codedeploy',
    detailType: 'CodeDeploy Deployment State-change Notification',
    resources: [applicationArn(ctx, d), groupArn(ctx, d)],
    detail: {
      instanceGroupId: groupId(ctx, d),
      region: ctx.world.account.region,
      application: d.applicationName,
      deploymentId: d.deploymentId,
      state,
      deploymentGroup: d.deploymentGroupName,
    },
  });
}

/** "CodeDeploy Instance State-change Notification" (EC2 instances only). */
export function emitInstanceState(ctx: SimContext, d: Deployment, target: DeploymentTarget, state: NotificationState) {
  if (target.deploymentTargetType !== 'InstanceTarget') return;
  ctx.emit({
    source: 'aws.codedeploy',
    detailType: 'CodeDeploy Instance State-change Notification',
    resources: [target.targetArn, groupArn(ctx, d), applicationArn(ctx, d)],
    detail: {
      instanceGroupId: groupId(ctx, d),
      region: ctx.world.account.region,
      application: d.applicationName,
      deploymentId: d.deploymentId,
      state,
      deploymentGroup: d.deploymentGroupName,
      instanceId: target.targetId,
    },
  });
}

/**
 * A lifecycle event of a target changed status. CodeDeploy publishes no such event; the simulator does
 * (docs/events.md) so the console's timeline and `npm run sim` can follow every hook.
 */
export function emitLifecycleChange(ctx: SimContext, d: Deployment, target: DeploymentTarget, event: LifecycleEvent) {
  ctx.emit({
    source: SIMULATOR_SOURCE,
    detailType: LIFECYCLE_EVENT_CHANGE,
    resources: [],
    detail: {
      deploymentId: d.deploymentId,
      targetId: target.targetId,
      lifecycleEventName: event.lifecycleEventName,
      status: event.status,
      ...(event.diagnostics && event.status === 'Failed' && { errorCode: event.diagnostics.errorCode }),
    },
  });
}
