import type { EventListener, TimerHandler } from '../../../core/simulation';
import type { ActionTypeId } from '../../../specs/pipeline/types';
import type { ActionProvider } from '../contract';

// Contract placeholder: the actions helper replaces this with the real providers.

/** The provider that runs actions of this type, or undefined when the simulator has none (the action fails). */
export function providerFor(_type: ActionTypeId): ActionProvider | undefined {
  return undefined;
}

/** Builds, deployments and pushes finishing or starting actions and executions (the module's onEvent). */
export const onServiceEvent: EventListener = () => undefined;
export const ACTION_TIMERS: Record<string, TimerHandler> = {};
