import type { Operation, SimContext, TimerHandler } from '../../../core/simulation';
import type { PipelineExecution, TriggerType } from '../../state';
import type { ActionOutcome } from '../contract';

// Contract placeholders: the execution-core helper replaces these bodies.

/** Ends an InProgress action execution and moves its stage (and the execution) on. Ignored if it already ended. */
export function completeAction(_ctx: SimContext, _actionExecutionId: string, _outcome: ActionOutcome): void {
  throw new Error('completeAction: not implemented yet');
}

export interface StartOptions {
  trigger: { triggerType: TriggerType; triggerDetail: string };
  variables?: { name: string; value: string }[];
  sourceRevisions?: PipelineExecution['sourceRevisionOverrides'];
  clientRequestToken?: string;
}

/** Starts an execution of the pipeline's current version; returns it (StartPipelineExecution and triggers). */
export function startPipelineExecution(
  _ctx: SimContext,
  _pipelineName: string,
  _options: StartOptions,
): PipelineExecution {
  throw new Error('startPipelineExecution: not implemented yet');
}

/** StartPipelineExecution, StopPipelineExecution, RetryStageExecution, PutApprovalResult and the execution reads. */
export const EXECUTION_OPERATIONS: Record<string, Operation> = {};
export const EXECUTION_TIMERS: Record<string, TimerHandler> = {};
