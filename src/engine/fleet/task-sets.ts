import { getOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import { publishWeights } from './routing';

export const TASK_SET_TIMER = 'fleet.taskSet';

/** A task set reaches steady state once its tasks pass health checks; a deleted one leaves after draining. */
export function taskSetTimer(
  ctx: SimContext,
  payload: { serviceKey: string; id: string; action: 'steady' | 'remove' },
) {
  const service = getOwn(ctx.world.account.fleet.ecsServices, payload.serviceKey);
  if (!service) return;
  if (payload.action === 'steady') {
    const taskSet = service.taskSets.find((t) => t.id === payload.id);
    if (taskSet && taskSet.status !== 'DRAINING') taskSet.stabilityStatus = 'STEADY_STATE';
    return;
  }
  service.taskSets = service.taskSets.filter((t) => t.id !== payload.id);
  publishWeights(ctx.world.account, ctx);
}
