import type { Operation, SimContext, TimerHandler } from '../../../core/simulation';
import { getOwn } from '../../../core/records';
import { APPROVAL_TIMERS, PutApprovalResult } from './approval';
import { RetryStageExecution, StartPipelineExecution, StopPipelineExecution } from './operations';
import { GetPipelineExecution, GetPipelineState, ListActionExecutions, ListPipelineExecutions } from './reads';
import { admitWaiting } from './run';

export { cancelOutdatedExecutions, completeAction } from './run';
export { startPipelineExecution, type StartOptions } from './operations';
export { EXECUTION_ERROR_EXPLANATIONS } from './errors';

/**
 * EnableStageTransition calls this once the transition into `stageName` is enabled again: the execution waiting in
 * front of it enters (SUPERSEDED: the newest; QUEUED: the oldest; PARALLEL: all of them).
 */
export function releaseInbound(ctx: SimContext, pipelineName: string, stageName: string): void {
  const pipeline = getOwn(ctx.world.account.codepipeline.pipelines, pipelineName);
  if (pipeline) admitWaiting(ctx, pipeline, stageName);
}

/** StartPipelineExecution, StopPipelineExecution, RetryStageExecution, PutApprovalResult and the execution reads. */
export const EXECUTION_OPERATIONS: Record<string, Operation> = {
  StartPipelineExecution,
  StopPipelineExecution,
  RetryStageExecution,
  PutApprovalResult,
  GetPipelineState,
  GetPipelineExecution,
  ListPipelineExecutions,
  ListActionExecutions,
};

export const EXECUTION_TIMERS: Record<string, TimerHandler> = { ...APPROVAL_TIMERS };
