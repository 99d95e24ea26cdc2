import { SIMULATOR_SOURCE } from '../../core/events';
import type { SimContext } from '../../core/simulation';
import { getOwn } from '../../core/records';
import type { ActionExecution, PipelineExecution } from '../state';

/** `state` values of the three CodePipeline EventBridge events (aws-facts §1.15). */
export type PipelineEventState =
  'STARTED' | 'SUCCEEDED' | 'RESUMED' | 'FAILED' | 'CANCELED' | 'SUPERSEDED' | 'STOPPING' | 'STOPPED';
export type StageEventState = 'STARTED' | 'SUCCEEDED' | 'RESUMED' | 'FAILED' | 'CANCELED' | 'STOPPING' | 'STOPPED';
export type ActionEventState = 'STARTED' | 'SUCCEEDED' | 'FAILED' | 'ABANDONED' | 'CANCELED';

export const PIPELINE_EXECUTION_STATE_CHANGE = 'CodePipeline Pipeline Execution State Change';
export const STAGE_EXECUTION_STATE_CHANGE = 'CodePipeline Stage Execution State Change';
export const ACTION_EXECUTION_STATE_CHANGE = 'CodePipeline Action Execution State Change';
/** The SNS message a Manual approval sends, shown in the Events feed (docs/events.md). */
export const MANUAL_APPROVAL_NEEDED = 'Manual Approval Needed';

function pipelineArn(ctx: SimContext, pipelineName: string): string {
  return (
    getOwn(ctx.world.account.codepipeline.pipelines, pipelineName)?.pipelineArn ?? ctx.arn('codepipeline', pipelineName)
  );
}

export function emitPipelineState(ctx: SimContext, execution: PipelineExecution, state: PipelineEventState): void {
  ctx.emit({
    source: 'aws.codepipeline',
    detailType: PIPELINE_EXECUTION_STATE_CHANGE,
    resources: [pipelineArn(ctx, execution.pipelineName)],
    detail: {
      pipeline: execution.pipelineName,
      'execution-id': execution.pipelineExecutionId,
      ...(state === 'STARTED' && {
        'execution-trigger': {
          'trigger-type': execution.trigger.triggerType,
          'trigger-detail': execution.trigger.triggerDetail,
        },
      }),
      ...(state === 'STOPPING' &&
        execution.stopTrigger?.reason && { 'stop-execution-comments': execution.stopTrigger.reason }),
      state,
      version: execution.pipelineVersion,
    },
  });
}

export function emitStageState(
  ctx: SimContext,
  execution: PipelineExecution,
  stageName: string,
  state: StageEventState,
): void {
  ctx.emit({
    source: 'aws.codepipeline',
    detailType: STAGE_EXECUTION_STATE_CHANGE,
    resources: [pipelineArn(ctx, execution.pipelineName)],
    detail: {
      pipeline: execution.pipelineName,
      'execution-id': execution.pipelineExecutionId,
      stage: stageName,
      state,
      version: execution.pipelineVersion,
    },
  });
}

const artifactList = (artifacts: ActionExecution['input']['inputArtifacts']) =>
  artifacts.map((a) => ({ name: a.name, s3location: { bucket: a.location.bucket, key: a.location.key } }));

export function emitActionState(ctx: SimContext, action: ActionExecution, state: ActionEventState): void {
  const result = action.output.executionResult;
  const ended = state !== 'STARTED';
  ctx.emit({
    source: 'aws.codepipeline',
    detailType: ACTION_EXECUTION_STATE_CHANGE,
    resources: [pipelineArn(ctx, action.pipelineName)],
    detail: {
      pipeline: action.pipelineName,
      'execution-id': action.pipelineExecutionId,
      stage: action.stageName,
      action: action.actionName,
      state,
      region: action.input.region,
      type: {
        owner: action.actionTypeId.owner,
        category: action.actionTypeId.category,
        provider: action.actionTypeId.provider,
        version: action.actionTypeId.version,
      },
      version: action.pipelineVersion,
      'input-artifacts': artifactList(action.input.inputArtifacts),
      ...(ended &&
        action.output.outputArtifacts.length > 0 && {
          'output-artifacts': artifactList(action.output.outputArtifacts),
        }),
      ...(ended &&
        result && {
          'execution-result': {
            ...(result.externalExecutionUrl && { 'external-execution-url': result.externalExecutionUrl }),
            ...(result.externalExecutionSummary && { 'external-execution-summary': result.externalExecutionSummary }),
            ...(result.externalExecutionId && { 'external-execution-id': result.externalExecutionId }),
            ...(result.errorDetails && { 'error-code': result.errorDetails.code }),
          },
        }),
    },
  });
}

/** What the SNS topic of a Manual approval receives (aws-facts §1.8), as a simulator event. */
export interface ApprovalNotice {
  region: string;
  consoleLink: string;
  notificationArn?: string;
  approval: {
    pipelineName: string;
    stageName: string;
    actionName: string;
    token: string;
    expires: string;
    externalEntityLink?: string;
    approvalReviewLink: string;
    customData?: string;
  };
}

export function emitApprovalNeeded(ctx: SimContext, notice: ApprovalNotice): void {
  ctx.emit({
    source: SIMULATOR_SOURCE,
    detailType: MANUAL_APPROVAL_NEEDED,
    resources: [pipelineArn(ctx, notice.approval.pipelineName)],
    detail: { ...notice },
  });
}
