import { getOwn } from '../../../core/records';
import type { Operation, SimContext } from '../../../core/simulation';
import { codepipelineErrors as errors } from '../../errors';
import { readName, requirePipeline } from '../../operations/common';
import type { Pipeline, PipelineExecution } from '../../state';
import { missingVariables, pipelineVariables, undeclaredVariables } from '../variables';
import { executionErrors } from './errors';
import { createExecution, enterOrWait, retryStage, peekRuntime, stopExecution, type NewExecution } from './run';
import { emitPipelineState } from '../events';

/** StartPipelineExecution, StopPipelineExecution and RetryStageExecution (aws-facts §1.7). */

export interface StartOptions {
  trigger: { triggerType: PipelineExecution['trigger']['triggerType']; triggerDetail: string };
  variables?: { name: string; value: string }[];
  sourceRevisions?: PipelineExecution['sourceRevisionOverrides'];
  clientRequestToken?: string;
}

/**
 * Starts an execution of the pipeline's current version and moves it into its first stage (or in front of it, by
 * the execution mode's rules); returns it. StartPipelineExecution, CreatePipeline and the triggers call it; the
 * caller has checked the pipeline exists and the variables are declared.
 */
export function startPipelineExecution(
  ctx: SimContext,
  pipelineName: string,
  options: StartOptions,
): PipelineExecution {
  const pipeline = getOwn(ctx.world.account.codepipeline.pipelines, pipelineName);
  if (!pipeline) throw new Error(`startPipelineExecution: no pipeline ${pipelineName}`);
  const fields: NewExecution = {
    trigger: options.trigger,
    variables: pipelineVariables(pipeline.declaration.variables ?? [], options.variables),
    ...(options.sourceRevisions && { sourceRevisionOverrides: options.sourceRevisions }),
    ...(options.clientRequestToken !== undefined && { clientRequestToken: options.clientRequestToken }),
  };
  const execution = createExecution(ctx, pipeline, fields);
  emitPipelineState(ctx, execution, 'STARTED');
  enterOrWait(ctx, execution);
  return execution;
}

const VARIABLE_NAME = /^[A-Za-z0-9@\-_]{1,128}$/;
const REVISION_TYPES = ['COMMIT_ID', 'IMAGE_DIGEST', 'S3_OBJECT_VERSION_ID', 'S3_OBJECT_KEY'] as const;
const EXECUTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function readList(input: Record<string, unknown>, field: string, limit: number): Record<string, unknown>[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'object' || v === null || Array.isArray(v))) {
    throw errors.validation(field, value, 'Member must be a list of structures');
  }
  if (value.length > limit) {
    throw errors.validation(field, value, `Member must have length less than or equal to ${limit}`);
  }
  return value as Record<string, unknown>[];
}

function readString(item: Record<string, unknown>, path: string, field: string, max: number, pattern?: RegExp) {
  const value = item[field];
  if (value === undefined || value === null) throw errors.required(`${path}.${field}`);
  if (typeof value !== 'string' || value.length < 1 || value.length > max) {
    throw errors.validation(`${path}.${field}`, value, `Member must have length between 1 and ${max}`);
  }
  if (pattern && !pattern.test(value)) {
    throw errors.validation(
      `${path}.${field}`,
      value,
      `Member must satisfy regular expression pattern: ${pattern.source}`,
    );
  }
  return value;
}

function readVariables(pipeline: Pipeline, input: Record<string, unknown>) {
  const list = readList(input, 'variables', 50);
  const given = (list ?? []).map((v, i) => ({
    name: readString(v, `variables.${i + 1}.member`, 'name', 128, VARIABLE_NAME),
    value: readString(v, `variables.${i + 1}.member`, 'value', 1000),
  }));
  const declaration = pipeline.declaration;
  if (given.length > 0 && declaration.pipelineType !== 'V2') {
    throw errors.validation(
      'variables',
      given.map((g) => g.name).join(','),
      `Pipeline variables are supported only by V2 pipelines; pipeline '${declaration.name}' is V1`,
    );
  }
  const declared = declaration.variables ?? [];
  const undeclared = undeclaredVariables(declared, given);
  if (undeclared.length > 0) {
    throw errors.validation(
      'variables',
      undeclared.join(','),
      `Variables must be declared in pipeline '${declaration.name}'`,
    );
  }
  const missing = missingVariables(declared, given);
  if (missing.length > 0) {
    throw errors.validation('variables', missing.join(','), 'Variables without a default value must be given a value');
  }
  return given;
}

function readSourceRevisions(pipeline: Pipeline, input: Record<string, unknown>) {
  const list = readList(input, 'sourceRevisions', 50);
  if (!list) return undefined;
  const sources = pipeline.declaration.stages.flatMap((s) =>
    s.actions.filter((a) => a.actionTypeId.category === 'Source').map((a) => a.name),
  );
  return list.map((item, i) => {
    const path = `sourceRevisions.${i + 1}.member`;
    const actionName = readString(item, path, 'actionName', 100);
    const revisionType = readString(item, path, 'revisionType', 30);
    const revisionValue = readString(item, path, 'revisionValue', 1500);
    if (!REVISION_TYPES.includes(revisionType as (typeof REVISION_TYPES)[number])) {
      throw errors.validation(
        `${path}.revisionType`,
        revisionType,
        `Member must satisfy enum value set: [${REVISION_TYPES.join(', ')}]`,
      );
    }
    if (!sources.includes(actionName)) {
      throw errors.validation(
        `${path}.actionName`,
        actionName,
        `Must name a source action of pipeline '${pipeline.declaration.name}'`,
      );
    }
    return { actionName, revisionType: revisionType as (typeof REVISION_TYPES)[number], revisionValue };
  });
}

export const StartPipelineExecution: Operation = (ctx, input) => {
  const name = readName(input, 'name');
  const token = input.clientRequestToken;
  if (token !== undefined && token !== null && (typeof token !== 'string' || !/^[a-zA-Z0-9-]{1,128}$/.test(token))) {
    throw errors.validation(
      'clientRequestToken',
      token,
      'Member must satisfy regular expression pattern: ^[a-zA-Z0-9-]+$',
    );
  }
  const pipeline = requirePipeline(ctx, name);
  const variables = readVariables(pipeline, input);
  const sourceRevisions = readSourceRevisions(pipeline, input);
  const state = ctx.world.account.codepipeline;
  if (typeof token === 'string') {
    const earlier = (getOwn(state.executionOrder, name) ?? []).find(
      (id) => getOwn(state.executions, id)?.clientRequestToken === token,
    );
    if (earlier !== undefined) return { pipelineExecutionId: earlier };
  }
  const execution = startPipelineExecution(ctx, name, {
    trigger: { triggerType: 'StartPipelineExecution', triggerDetail: ctx.caller.arn },
    variables,
    ...(sourceRevisions && { sourceRevisions }),
    ...(typeof token === 'string' && { clientRequestToken: token }),
  });
  return { pipelineExecutionId: execution.pipelineExecutionId };
};

function readExecutionId(input: Record<string, unknown>): string {
  const id = input.pipelineExecutionId;
  if (id === undefined || id === null) throw errors.required('pipelineExecutionId');
  if (typeof id !== 'string' || !EXECUTION_ID.test(id)) {
    throw errors.validation(
      'pipelineExecutionId',
      id,
      `Member must satisfy regular expression pattern: ${EXECUTION_ID.source}`,
    );
  }
  return id;
}

const executionOf = (ctx: SimContext, pipelineName: string, id: string) => {
  const execution = getOwn(ctx.world.account.codepipeline.executions, id);
  return execution?.pipelineName === pipelineName ? execution : undefined;
};

export function requireExecution(ctx: SimContext, pipelineName: string, id: string): PipelineExecution {
  const execution = executionOf(ctx, pipelineName, id);
  if (!execution) throw executionErrors.executionNotFound(id, pipelineName);
  return execution;
}

export const StopPipelineExecution: Operation = (ctx, input) => {
  const pipelineName = readName(input, 'pipelineName');
  const id = readExecutionId(input);
  const abandon = input.abandon ?? false;
  if (typeof abandon !== 'boolean') throw errors.validation('abandon', abandon, 'Member must be a boolean');
  const reason = input.reason;
  if (reason !== undefined && reason !== null && (typeof reason !== 'string' || reason.length > 200)) {
    throw errors.validation('reason', reason, 'Member must have length less than or equal to 200');
  }
  requirePipeline(ctx, pipelineName);
  const execution = executionOf(ctx, pipelineName, id);
  if (!execution) throw executionErrors.notStoppable(id, `pipeline '${pipelineName}' has no execution with that ID.`);
  if (execution.status !== 'InProgress' && execution.status !== 'Stopping') {
    throw executionErrors.notStoppable(id, `it is ${execution.status}; only an execution in progress can be stopped.`);
  }
  if (execution.status === 'Stopping' && !abandon) throw executionErrors.duplicatedStop(id);
  execution.stopTrigger = { reason: typeof reason === 'string' ? reason : '', abandon };
  stopExecution(ctx, execution, abandon);
  return { pipelineExecutionId: id };
};

export const RetryStageExecution: Operation = (ctx, input) => {
  const pipelineName = readName(input, 'pipelineName');
  const stageName = readName(input, 'stageName');
  const id = readExecutionId(input);
  const retryMode = input.retryMode;
  if (retryMode === undefined || retryMode === null) throw errors.required('retryMode');
  if (retryMode !== 'FAILED_ACTIONS' && retryMode !== 'ALL_ACTIONS') {
    throw errors.validation(
      'retryMode',
      retryMode,
      'Member must satisfy enum value set: [FAILED_ACTIONS, ALL_ACTIONS]',
    );
  }
  const pipeline = requirePipeline(ctx, pipelineName);
  const stage = pipeline.declaration.stages.find((s) => s.name === stageName);
  if (!stage) throw errors.stageNotFound(stageName, pipelineName);
  const execution = executionOf(ctx, pipelineName, id);
  const run = execution && getOwn(execution.stages, stageName);
  if (!execution || !run) {
    throw executionErrors.stageNotRetryable(`The pipeline execution ${id} has not run stage ${stageName}.`);
  }
  if (peekRuntime(pipeline, stageName).latestExecutionId !== id) throw executionErrors.notLatest(stageName, id);
  if (run.status !== 'Failed' && run.status !== 'Stopped') {
    throw executionErrors.stageNotRetryable(
      `Stage ${stageName} is ${run.status}; only a stage that failed or was stopped can be retried.`,
    );
  }
  const runStage = execution.declaration.stages.find((s) => s.name === stageName);
  if (!runStage || execution.pipelineVersion !== (pipeline.declaration.version ?? 1)) {
    throw executionErrors.stageNotRetryable(
      `The pipeline structure changed after execution ${id} ran (version ${execution.pipelineVersion}, now ` +
        `${pipeline.declaration.version ?? 1}).`,
    );
  }
  retryStage(ctx, execution, runStage, retryMode, 'ManualStageRetry');
  return { pipelineExecutionId: id };
};
