import type { ServiceModule, SimContext } from '../core/simulation';
import type { SimEvent } from '../core/events';
import { DRAIN_TIMER, HEALTH_TIMER, INSTANCE_TIMER, drainTimer, healthTimer, instanceTimer } from './lifecycle';
import { autoscalingOperations, ec2Operations } from './operations/ec2';
import { cloudwatchOperations } from './operations/cloudwatch';
import { ecsOperations } from './operations/ecs';
import { elbOperations } from './operations/elb';
import { faultOperations } from './operations/faults';
import { lambdaOperations } from './operations/lambda';
import { publishWeights } from './routing';
import { TASK_SET_TIMER, taskSetTimer } from './task-sets';
import { TRAFFIC_TIMER, trafficTimer, wake } from './traffic';

/**
 * CodeDeploy changes what an instance runs by writing its `revision`; the fleet sees that through
 * CodeDeploy's events and republishes the traffic split (the share each revision now serves).
 */
function onEvent(ctx: SimContext, event: SimEvent): void {
  if (event.source !== 'aws.codedeploy') return;
  publishWeights(ctx.world.account, ctx);
  wake(ctx);
}

/**
 * The simulated fleet's own clockwork (boots, health checks, draining, task sets, traffic) and its
 * fault operations; the AWS APIs over it are the modules below.
 */
export const fleet: ServiceModule = {
  service: 'fleet',
  operations: faultOperations,
  timers: {
    [INSTANCE_TIMER]: instanceTimer,
    [HEALTH_TIMER]: healthTimer,
    [DRAIN_TIMER]: drainTimer,
    [TASK_SET_TIMER]: taskSetTimer,
    [TRAFFIC_TIMER]: trafficTimer,
  },
  onEvent,
};

export const ec2: ServiceModule = { service: 'ec2', operations: ec2Operations };
export const autoscaling: ServiceModule = { service: 'autoscaling', operations: autoscalingOperations };
export const elasticloadbalancing: ServiceModule = { service: 'elasticloadbalancing', operations: elbOperations };
export const lambda: ServiceModule = { service: 'lambda', operations: lambdaOperations };
export const ecs: ServiceModule = { service: 'ecs', operations: ecsOperations };
export const cloudwatch: ServiceModule = { service: 'cloudwatch', operations: cloudwatchOperations };

export const FLEET_SERVICES: readonly ServiceModule[] = [
  fleet,
  ec2,
  autoscaling,
  elasticloadbalancing,
  lambda,
  ecs,
  cloudwatch,
];
