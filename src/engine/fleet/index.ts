import type { ServiceModule, SimContext } from '../core/simulation';
import type { SimEvent } from '../core/events';
import { DRAIN_TIMER, HEALTH_TIMER, INSTANCE_TIMER, drainTimer, healthTimer, instanceTimer } from './lifecycle';
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

/** The simulated fleet's own clockwork: boots, health checks, draining, task sets, traffic. */
export const fleet: ServiceModule = {
  service: 'fleet',
  operations: {},
  timers: {
    [INSTANCE_TIMER]: instanceTimer,
    [HEALTH_TIMER]: healthTimer,
    [DRAIN_TIMER]: drainTimer,
    [TASK_SET_TIMER]: taskSetTimer,
    [TRAFFIC_TIMER]: trafficTimer,
  },
  onEvent,
};
