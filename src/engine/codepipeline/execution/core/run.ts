import { clonePlain } from '../../../core/clone';
import { getOwn, setOwn } from '../../../core/records';
import type { SimContext } from '../../../core/simulation';
import type { ActionDeclaration, StageDeclaration } from '../../../specs/pipeline/types';
import type {
  ActionExecution,
  CodePipelineState,
  Pipeline,
  PipelineExecution,
  PipelineExecutionStatus,
  StageRun,
  StageRuntime,
} from '../../state';
import { providerFor } from '../actions/index';
import type { ActionJob, ActionOutcome, ActionProvider } from '../contract';
import { emitActionState, emitPipelineState, emitStageState, type PipelineEventState } from '../events';
import { resolveConfiguration } from '../variables';
import { approvalProvider, isManualApproval } from './approval';
import { checkCondition } from './conditions';

/**
 * The execution state machine (aws-facts §1.5–1.8): stages in order, each stage's actions in runOrder groups,
 * the stage locks and inbound queues of the execution modes, stop, retry and rollback. Every function here
 * changes the world and emits the CodePipeline events for what changed; operations validate before calling in.
 */

const slice = (ctx: SimContext): CodePipelineState => ctx.world.account.codepipeline;

export const runOrderOf = (action: ActionDeclaration): number => action.runOrder ?? 1;

const END_STATE: Record<Exclude<PipelineExecutionStatus, 'InProgress' | 'Stopping'>, PipelineEventState> = {
  Succeeded: 'SUCCEEDED',
  Failed: 'FAILED',
  Stopped: 'STOPPED',
  Superseded: 'SUPERSEDED',
  Cancelled: 'CANCELED',
};

export function stageRuntime(pipeline: Pipeline, stageName: string): StageRuntime {
  const existing = getOwn(pipeline.stages, stageName);
  if (existing) return existing;
  const created: StageRuntime = { runningExecutionIds: [], inboundExecutionIds: [] };
  setOwn(pipeline.stages, stageName, created);
  return created;
}

const NO_RUNTIME: StageRuntime = { runningExecutionIds: [], inboundExecutionIds: [] };

/** The stage's runtime for reading: unlike `stageRuntime`, it leaves the pipeline as it is. */
export const peekRuntime = (pipeline: Pipeline, stageName: string): Readonly<StageRuntime> =>
  getOwn(pipeline.stages, stageName) ?? NO_RUNTIME;

const pipelineOf = (ctx: SimContext, execution: PipelineExecution) =>
  getOwn(slice(ctx).pipelines, execution.pipelineName);

export const actionExecution = (ctx: SimContext, id: string): ActionExecution | undefined =>
  getOwn(slice(ctx).actionExecutions, id);

const actionsOf = (ctx: SimContext, run: StageRun): ActionExecution[] =>
  Object.values(run.actionExecutionIds).flatMap((id) => actionExecution(ctx, id) ?? []);

const isRunning = (status: string) => status === 'InProgress' || status === 'Stopping';

/** UpdatePipeline made a newer version since the execution started: it may finish the actions it runs, no more. */
const outdated = (ctx: SimContext, execution: PipelineExecution) => {
  const pipeline = pipelineOf(ctx, execution);
  return pipeline !== undefined && (pipeline.declaration.version ?? 1) !== execution.pipelineVersion;
};

const cancelledSummary = (ctx: SimContext, execution: PipelineExecution) =>
  `Cancelled: the pipeline was updated to version ${pipelineOf(ctx, execution)?.declaration.version ?? 1} ` +
  `before this execution of version ${execution.pipelineVersion} completed.`;

export interface NewExecution {
  trigger: PipelineExecution['trigger'];
  variables: PipelineExecution['variables'];
  sourceRevisionOverrides?: PipelineExecution['sourceRevisionOverrides'];
  clientRequestToken?: string;
}

/** Records a new execution of the pipeline's current version and announces it (STARTED); it has not moved yet. */
export function createExecution(ctx: SimContext, pipeline: Pipeline, fields: NewExecution): PipelineExecution {
  const declaration = clonePlain(pipeline.declaration);
  const execution: PipelineExecution = {
    pipelineExecutionId: ctx.uuid(),
    pipelineName: declaration.name,
    pipelineVersion: declaration.version ?? 1,
    status: 'InProgress',
    executionMode: declaration.executionMode ?? 'SUPERSEDED',
    executionType: 'STANDARD',
    trigger: fields.trigger,
    startTime: ctx.now,
    lastUpdateTime: ctx.now,
    declaration,
    sourceRevisions: [],
    variables: fields.variables,
    outputVariables: {},
    artifacts: {},
    stages: {},
    stageIndex: 0,
    waiting: false,
    ...(fields.sourceRevisionOverrides && { sourceRevisionOverrides: fields.sourceRevisionOverrides }),
    ...(fields.clientRequestToken !== undefined && { clientRequestToken: fields.clientRequestToken }),
  };
  const state = slice(ctx);
  setOwn(state.executions, execution.pipelineExecutionId, execution);
  const order = getOwn(state.executionOrder, execution.pipelineName) ?? [];
  order.push(execution.pipelineExecutionId);
  setOwn(state.executionOrder, execution.pipelineName, order);
  return execution;
}

function finish(ctx: SimContext, execution: PipelineExecution, status: keyof typeof END_STATE): void {
  execution.status = status;
  execution.waiting = false;
  execution.lastUpdateTime = ctx.now;
  emitPipelineState(ctx, execution, END_STATE[status]);
}

function supersede(ctx: SimContext, id: string, by: string): void {
  const older = getOwn(slice(ctx).executions, id);
  if (!older || older.status !== 'InProgress') return;
  older.supersededBy = by;
  // The API has no field for the successor, so its ID travels in the summary the console reads.
  older.statusSummary = `Superseded by execution ${by}`;
  finish(ctx, older, 'Superseded');
}

/**
 * Moves the execution into the stage at `stageIndex`, or makes it wait in front of it: the transition is disabled,
 * or (SUPERSEDED, QUEUED) another execution holds the stage. SUPERSEDED keeps one waiting execution per stage (a
 * newer arrival supersedes it); QUEUED keeps them all, in arrival order.
 */
export function enterOrWait(ctx: SimContext, execution: PipelineExecution): void {
  const pipeline = pipelineOf(ctx, execution);
  const stage = execution.declaration.stages[execution.stageIndex];
  if (!stage) {
    finish(ctx, execution, 'Succeeded');
    return;
  }
  if (!pipeline) return;
  const runtime = stageRuntime(pipeline, stage.name);
  const id = execution.pipelineExecutionId;
  const disabled = Object.hasOwn(pipeline.disabledTransitions, stage.name);
  const locked = execution.executionMode !== 'PARALLEL' && runtime.runningExecutionIds.length > 0;
  // A rollback goes before the queue: it restores the stage the failed execution left behind.
  const queued =
    execution.executionMode === 'QUEUED' &&
    execution.executionType === 'STANDARD' &&
    runtime.inboundExecutionIds.length > 0 &&
    runtime.inboundExecutionIds[0] !== id;
  if (disabled || locked || queued) {
    execution.waiting = true;
    execution.lastUpdateTime = ctx.now;
    if (runtime.inboundExecutionIds.includes(id)) return;
    if (execution.executionMode === 'SUPERSEDED') {
      const waiting = runtime.inboundExecutionIds;
      runtime.inboundExecutionIds = [id];
      for (const older of waiting) supersede(ctx, older, id);
    } else {
      runtime.inboundExecutionIds.push(id);
    }
    return;
  }
  runtime.inboundExecutionIds = runtime.inboundExecutionIds.filter((x) => x !== id);
  if (!runtime.runningExecutionIds.includes(id)) runtime.runningExecutionIds.push(id);
  runtime.latestExecutionId = id;
  execution.waiting = false;
  execution.lastUpdateTime = ctx.now;
  const run: StageRun = {
    status: 'InProgress',
    attempt: 1,
    startTime: ctx.now,
    actionExecutionIds: {},
    runOrder: Math.min(...stage.actions.map(runOrderOf)),
  };
  setOwn(execution.stages, stage.name, run);
  const entry = checkCondition(ctx, execution, stage, run, 'beforeEntry');
  if (entry && !entry.met && entry.condition.result === 'SKIP') {
    run.status = 'Skipped';
    run.endTime = ctx.now;
    leaveStage(ctx, execution, stage.name);
    execution.stageIndex += 1;
    enterOrWait(ctx, execution);
    admitWaiting(ctx, pipeline, stage.name);
    return;
  }
  emitStageState(ctx, execution, stage.name, 'STARTED');
  if (entry && !entry.met) stageFailed(ctx, execution, stage, run, 'FAIL');
  else runGroup(ctx, execution, stage, run, run.runOrder);
}

/** Lets the executions waiting in front of a stage try again, oldest first (a stage freed, a transition enabled). */
export function admitWaiting(ctx: SimContext, pipeline: Pipeline, stageName: string): void {
  const runtime = stageRuntime(pipeline, stageName);
  for (const id of [...runtime.inboundExecutionIds]) {
    const waiting = getOwn(slice(ctx).executions, id);
    if (!waiting || waiting.status !== 'InProgress') {
      runtime.inboundExecutionIds = runtime.inboundExecutionIds.filter((x) => x !== id);
      continue;
    }
    enterOrWait(ctx, waiting);
    if (waiting.waiting) return;
  }
}

function leaveStage(ctx: SimContext, execution: PipelineExecution, stageName: string): Pipeline | undefined {
  const pipeline = pipelineOf(ctx, execution);
  if (!pipeline) return undefined;
  const runtime = stageRuntime(pipeline, stageName);
  runtime.runningExecutionIds = runtime.runningExecutionIds.filter((x) => x !== execution.pipelineExecutionId);
  return pipeline;
}

function artifactBucket(execution: PipelineExecution, region: string): string {
  const { artifactStores, artifactStore } = execution.declaration;
  const store =
    (artifactStores && Object.hasOwn(artifactStores, region) ? artifactStores[region] : undefined) ??
    artifactStore ??
    Object.values(artifactStores ?? {})[0];
  return store?.location ?? '';
}

export function jobFor(execution: PipelineExecution, action: ActionExecution): ActionJob | undefined {
  const declaration = execution.declaration.stages
    .find((s) => s.name === action.stageName)
    ?.actions.find((a) => a.name === action.actionName);
  if (!declaration) return undefined;
  return { execution, action, declaration, artifactBucket: artifactBucket(execution, action.input.region) };
}

interface PreparedAction {
  job: ActionJob;
  /** Why the action cannot start, found while preparing it (an unresolved variable, a missing input artifact). */
  problem?: string;
}

function prepareAction(
  ctx: SimContext,
  execution: PipelineExecution,
  run: StageRun,
  stageName: string,
  declaration: ActionDeclaration,
): PreparedAction {
  const region = declaration.region ?? ctx.world.account.region;
  const configuration = { ...(declaration.configuration ?? {}) };
  const { resolved, unresolved } = resolveConfiguration(configuration, execution);
  const inputs = (declaration.inputArtifacts ?? []).map((a) => ({
    name: a.name,
    location: getOwn(execution.artifacts, a.name),
  }));
  const action: ActionExecution = {
    actionExecutionId: ctx.uuid(),
    pipelineExecutionId: execution.pipelineExecutionId,
    pipelineName: execution.pipelineName,
    pipelineVersion: execution.pipelineVersion,
    stageName,
    actionName: declaration.name,
    actionTypeId: { ...declaration.actionTypeId },
    runOrder: runOrderOf(declaration),
    status: 'InProgress',
    startTime: ctx.now,
    lastUpdateTime: ctx.now,
    updatedBy: execution.declaration.roleArn,
    input: {
      configuration,
      resolvedConfiguration: resolved,
      inputArtifacts: inputs.flatMap((a) => (a.location ? [{ name: a.name, location: a.location }] : [])),
      region,
      ...(declaration.namespace !== undefined && { namespace: declaration.namespace }),
      ...(declaration.roleArn !== undefined && { roleArn: declaration.roleArn }),
    },
    output: { outputArtifacts: [], outputVariables: {} },
  };
  setOwn(slice(ctx).actionExecutions, action.actionExecutionId, action);
  setOwn(run.actionExecutionIds, declaration.name, action.actionExecutionId);
  const missing = inputs.filter((a) => !a.location).map((a) => a.name);
  const problem =
    unresolved.length > 0
      ? `Unable to resolve ${unresolved.join(', ')} in the action configuration: no earlier action with that ` +
        'namespace produced the variable, and it is not a pipeline variable.'
      : missing.length > 0
        ? `The input artifact ${missing.join(', ')} was not produced by an earlier action of this execution.`
        : undefined;
  return { job: { execution, action, declaration, artifactBucket: artifactBucket(execution, region) }, problem };
}

export const providerOf = (action: ActionExecution): ActionProvider | undefined =>
  isManualApproval(action.actionTypeId) ? approvalProvider : providerFor(action.actionTypeId);

/**
 * Starts the actions of one runOrder group that have not already succeeded in this stage run (a FAILED_ACTIONS
 * retry keeps the ones that did). All of them exist before any starts, so one finishing at once cannot end the
 * group early.
 */
function runGroup(
  ctx: SimContext,
  execution: PipelineExecution,
  stage: StageDeclaration,
  run: StageRun,
  order: number,
) {
  run.runOrder = order;
  const done = new Set(
    actionsOf(ctx, run)
      .filter((a) => a.status === 'Succeeded')
      .map((a) => a.actionName),
  );
  const prepared = stage.actions
    .filter((a) => runOrderOf(a) === order && !done.has(a.name))
    .map((a) => prepareAction(ctx, execution, run, stage.name, a));
  if (prepared.length === 0) {
    groupEnded(ctx, execution, stage.name);
    return;
  }
  for (const { job } of prepared) emitActionState(ctx, job.action, 'STARTED');
  for (const { job, problem } of prepared) {
    if (job.action.status !== 'InProgress') continue;
    const provider = providerOf(job.action);
    if (problem !== undefined) {
      completeAction(ctx, job.action.actionExecutionId, {
        result: 'Failed',
        failure: { code: 'ConfigurationError', message: problem },
      });
    } else if (!provider) {
      completeAction(ctx, job.action.actionExecutionId, {
        result: 'Failed',
        failure: { code: 'JobFailed', message: `The simulator cannot run ${job.action.actionTypeId.provider} actions` },
      });
    } else {
      provider.start(ctx, job);
    }
  }
}

/** Ends an InProgress action execution and moves its stage (and the execution) on. Ignored if it already ended. */
export function completeAction(ctx: SimContext, actionExecutionId: string, outcome: ActionOutcome): void {
  const action = actionExecution(ctx, actionExecutionId);
  if (!action || action.status !== 'InProgress') return;
  const execution = getOwn(slice(ctx).executions, action.pipelineExecutionId);
  if (!execution) return;
  action.lastUpdateTime = ctx.now;
  execution.lastUpdateTime = ctx.now;
  if (outcome.result === 'Succeeded') {
    const s = outcome.success;
    action.status = 'Succeeded';
    action.output.outputArtifacts = s.outputArtifacts ?? [];
    action.output.outputVariables = { ...s.outputVariables };
    action.output.executionResult = {
      ...(s.externalExecutionId !== undefined && { externalExecutionId: s.externalExecutionId }),
      ...(s.summary !== undefined && { externalExecutionSummary: s.summary }),
      ...(s.externalExecutionUrl !== undefined && { externalExecutionUrl: s.externalExecutionUrl }),
    };
    for (const a of action.output.outputArtifacts) setOwn(execution.artifacts, a.name, a.location);
    if (action.input.namespace !== undefined) {
      setOwn(execution.outputVariables, action.input.namespace, { ...action.output.outputVariables });
    }
    if (s.sourceRevision) {
      execution.sourceRevisions = [
        ...execution.sourceRevisions.filter((r) => r.actionName !== action.actionName),
        { actionName: action.actionName, ...s.sourceRevision },
      ];
    }
    emitActionState(ctx, action, 'SUCCEEDED');
  } else {
    const f = outcome.failure;
    action.status = 'Failed';
    action.output.executionResult = {
      ...(f.externalExecutionId !== undefined && { externalExecutionId: f.externalExecutionId }),
      externalExecutionSummary: f.message,
      ...(f.externalExecutionUrl !== undefined && { externalExecutionUrl: f.externalExecutionUrl }),
      errorDetails: { code: f.code, message: f.message },
    };
    emitActionState(ctx, action, 'FAILED');
  }
  groupEnded(ctx, execution, action.stageName);
}

/** Once no action of the stage run is in progress: the next group, or the stage's end. */
function groupEnded(ctx: SimContext, execution: PipelineExecution, stageName: string): void {
  const stage = execution.declaration.stages[execution.stageIndex];
  const run = getOwn(execution.stages, stageName);
  if (!isRunning(execution.status) || !stage || stage.name !== stageName || !run || !isRunning(run.status)) return;
  const actions = actionsOf(ctx, run);
  if (actions.some((a) => a.status === 'InProgress')) return;
  if (execution.status === 'Stopping') {
    endStopped(ctx, execution, stageName, run);
  } else if (outdated(ctx, execution)) {
    endCancelled(ctx, execution, stageName, run);
  } else if (actions.some((a) => a.status !== 'Succeeded')) {
    stageFailed(ctx, execution, stage, run);
  } else {
    const later = stage.actions.map(runOrderOf).filter((o) => o > run.runOrder);
    if (later.length > 0) runGroup(ctx, execution, stage, run, Math.min(...later));
    else stageSucceeded(ctx, execution, stage, run);
  }
}

function stageSucceeded(ctx: SimContext, execution: PipelineExecution, stage: StageDeclaration, run: StageRun) {
  const success = checkCondition(ctx, execution, stage, run, 'onSuccess');
  if (success && !success.met) {
    stageFailed(ctx, execution, stage, run, success.condition.result === 'ROLLBACK' ? 'ROLLBACK' : 'FAIL');
    return;
  }
  run.status = 'Succeeded';
  run.endTime = ctx.now;
  emitStageState(ctx, execution, stage.name, 'SUCCEEDED');
  const pipeline = leaveStage(ctx, execution, stage.name);
  if (execution.executionType === 'ROLLBACK') {
    finish(ctx, execution, 'Succeeded');
  } else {
    execution.stageIndex += 1;
    enterOrWait(ctx, execution);
  }
  if (pipeline) admitWaiting(ctx, pipeline, stage.name);
}

type FailureResult = 'FAIL' | 'RETRY' | 'ROLLBACK';

/**
 * What a failed stage does (`onFailure`): its result, or, when it has a condition, its result only if the
 * condition is met; FAIL otherwise. SKIP is in the API's enum but the facts describe no failure it skips, so it fails.
 */
function failureResult(ctx: SimContext, execution: PipelineExecution, stage: StageDeclaration, run: StageRun) {
  const onFailure = stage.onFailure;
  if (!onFailure) return 'FAIL';
  const checked = checkCondition(ctx, execution, stage, run, 'onFailure');
  const result = checked ? (checked.met ? (checked.condition.result ?? onFailure.result) : 'FAIL') : onFailure.result;
  return result === 'RETRY' || result === 'ROLLBACK' ? result : 'FAIL';
}

/** A failed stage: retried once by itself, rolled back, or the end of the execution. `forced` skips `onFailure`. */
function stageFailed(
  ctx: SimContext,
  execution: PipelineExecution,
  stage: StageDeclaration,
  run: StageRun,
  forced?: FailureResult,
) {
  run.status = 'Failed';
  run.endTime = ctx.now;
  emitStageState(ctx, execution, stage.name, 'FAILED');
  const result = forced ?? failureResult(ctx, execution, stage, run);
  if (result === 'RETRY' && (run.retryStageMetadata?.autoStageRetryAttempt ?? 0) === 0) {
    const mode = stage.onFailure?.retryConfiguration?.retryMode ?? 'FAILED_ACTIONS';
    retryStage(ctx, execution, stage, mode, 'AutomatedStageRetry');
    return;
  }
  const pipeline = leaveStage(ctx, execution, stage.name);
  finish(ctx, execution, 'Failed');
  if (
    pipeline &&
    result === 'ROLLBACK' &&
    execution.executionMode !== 'PARALLEL' &&
    execution.executionType === 'STANDARD'
  ) {
    startRollback(ctx, pipeline, execution, stage.name);
  }
  if (pipeline) admitWaiting(ctx, pipeline, stage.name);
}

function endStopped(ctx: SimContext, execution: PipelineExecution, stageName: string, run: StageRun) {
  run.status = 'Stopped';
  run.endTime = ctx.now;
  emitStageState(ctx, execution, stageName, 'STOPPED');
  const pipeline = leaveStage(ctx, execution, stageName);
  finish(ctx, execution, 'Stopped');
  if (pipeline) admitWaiting(ctx, pipeline, stageName);
}

/** The stage run ends Cancelled with its execution, its running actions having been let finish. */
function endCancelled(ctx: SimContext, execution: PipelineExecution, stageName: string, run: StageRun) {
  run.status = 'Cancelled';
  run.endTime = ctx.now;
  emitStageState(ctx, execution, stageName, 'CANCELED');
  const pipeline = leaveStage(ctx, execution, stageName);
  execution.statusSummary = cancelledSummary(ctx, execution);
  finish(ctx, execution, 'Cancelled');
  if (pipeline) admitWaiting(ctx, pipeline, stageName);
}

/**
 * After UpdatePipeline (aws-facts §1.6: Cancelled = the definition was updated before the run finished): the
 * executions of earlier versions start nothing more. One waiting in front of a stage (or between stages) is
 * Cancelled now; one inside a stage lets its in-progress actions finish (an approval still waits for its answer),
 * then the stage and the execution end Cancelled. Stopping executions go on to Stopped.
 */
export function cancelOutdatedExecutions(ctx: SimContext, pipeline: Pipeline): void {
  const state = slice(ctx);
  for (const id of getOwn(state.executionOrder, pipeline.declaration.name) ?? []) {
    const execution = getOwn(state.executions, id);
    if (!execution || execution.status !== 'InProgress' || !outdated(ctx, execution)) continue;
    const stage = execution.declaration.stages[execution.stageIndex];
    const run = stage && getOwn(execution.stages, stage.name);
    if (stage && run && !execution.waiting && isRunning(run.status)) {
      // Normally some action is in progress here; if none is, the stage ends now rather than never.
      if (!actionsOf(ctx, run).some((a) => a.status === 'InProgress')) endCancelled(ctx, execution, stage.name, run);
      continue;
    }
    for (const runtime of Object.values(pipeline.stages)) {
      runtime.inboundExecutionIds = runtime.inboundExecutionIds.filter((x) => x !== id);
    }
    execution.statusSummary = cancelledSummary(ctx, execution);
    finish(ctx, execution, 'Cancelled');
  }
}

/**
 * StopPipelineExecution. Stop and wait: the execution is Stopping until its in-progress actions end, then
 * Stopped. Stop and abandon: those actions are Abandoned now (their providers are told, though the work in the
 * other service may go on) and the execution is Stopped. A waiting execution just stops and leaves the queue.
 */
export function stopExecution(ctx: SimContext, execution: PipelineExecution, abandon: boolean): void {
  const stage = execution.declaration.stages[execution.stageIndex];
  const run = stage && getOwn(execution.stages, stage.name);
  const pipeline = pipelineOf(ctx, execution);
  if (!stage || !run || execution.waiting || !isRunning(run.status)) {
    if (pipeline && stage) {
      const runtime = stageRuntime(pipeline, stage.name);
      runtime.inboundExecutionIds = runtime.inboundExecutionIds.filter((x) => x !== execution.pipelineExecutionId);
    }
    finish(ctx, execution, 'Stopped');
    return;
  }
  if (!abandon) {
    execution.status = 'Stopping';
    execution.lastUpdateTime = ctx.now;
    emitPipelineState(ctx, execution, 'STOPPING');
    run.status = 'Stopping';
    emitStageState(ctx, execution, stage.name, 'STOPPING');
    return;
  }
  for (const action of actionsOf(ctx, run)) {
    if (action.status !== 'InProgress') continue;
    action.status = 'Abandoned';
    action.lastUpdateTime = ctx.now;
    emitActionState(ctx, action, 'ABANDONED');
    const job = jobFor(execution, action);
    if (job) providerOf(action)?.abandon?.(ctx, job);
  }
  endStopped(ctx, execution, stage.name, run);
}

/**
 * A new attempt of a failed or stopped stage (RetryStageExecution, or `onFailure.result` RETRY once): the execution
 * is in progress again and holds the stage; FAILED_ACTIONS runs again what did not succeed, ALL_ACTIONS everything.
 */
export function retryStage(
  ctx: SimContext,
  execution: PipelineExecution,
  stage: StageDeclaration,
  retryMode: 'FAILED_ACTIONS' | 'ALL_ACTIONS',
  trigger: 'AutomatedStageRetry' | 'ManualStageRetry',
): void {
  const run = getOwn(execution.stages, stage.name);
  if (!run) return;
  const resumed = execution.status !== 'InProgress';
  execution.status = 'InProgress';
  delete execution.stopTrigger;
  execution.stageIndex = execution.declaration.stages.findIndex((s) => s.name === stage.name);
  execution.waiting = false;
  execution.lastUpdateTime = ctx.now;
  if (resumed) emitPipelineState(ctx, execution, 'RESUMED');
  const pipeline = pipelineOf(ctx, execution);
  if (pipeline) {
    const runtime = stageRuntime(pipeline, stage.name);
    if (!runtime.runningExecutionIds.includes(execution.pipelineExecutionId)) {
      runtime.runningExecutionIds.push(execution.pipelineExecutionId);
    }
    runtime.latestExecutionId = execution.pipelineExecutionId;
  }
  const metadata = run.retryStageMetadata ?? {
    autoStageRetryAttempt: 0,
    manualStageRetryAttempt: 0,
    latestRetryTrigger: trigger,
  };
  if (trigger === 'AutomatedStageRetry') metadata.autoStageRetryAttempt += 1;
  else metadata.manualStageRetryAttempt += 1;
  metadata.latestRetryTrigger = trigger;
  run.retryStageMetadata = metadata;
  run.attempt += 1;
  run.status = 'InProgress';
  delete run.endTime;
  if (retryMode === 'ALL_ACTIONS') run.actionExecutionIds = {};
  emitStageState(ctx, execution, stage.name, 'RESUMED');
  const succeeded = new Set(
    actionsOf(ctx, run)
      .filter((a) => a.status === 'Succeeded')
      .map((a) => a.actionName),
  );
  const orders = stage.actions.filter((a) => !succeeded.has(a.name)).map(runOrderOf);
  runGroup(ctx, execution, stage, run, orders.length > 0 ? Math.min(...orders) : run.runOrder);
}

/**
 * `onFailure.result` ROLLBACK: a ROLLBACK execution runs the failed stage again with the artifacts, variables and
 * source revisions of the last execution that succeeded in it (aws-facts §1.14). No such execution, no rollback.
 */
function startRollback(ctx: SimContext, pipeline: Pipeline, failed: PipelineExecution, stageName: string): void {
  const state = slice(ctx);
  const target = [...(getOwn(state.executionOrder, failed.pipelineName) ?? [])]
    .reverse()
    .map((id) => getOwn(state.executions, id))
    .find(
      (e) => e && e.pipelineExecutionId !== failed.pipelineExecutionId && e.stages[stageName]?.status === 'Succeeded',
    );
  const stageIndex = pipeline.declaration.stages.findIndex((s) => s.name === stageName);
  if (!target || stageIndex < 0) return;
  const execution = createExecution(ctx, pipeline, {
    trigger: { triggerType: 'AutomatedRollback', triggerDetail: failed.pipelineExecutionId },
    variables: clonePlain(target.variables),
  });
  execution.executionType = 'ROLLBACK';
  execution.rollbackMetadata = { rollbackTargetPipelineExecution: target.pipelineExecutionId };
  execution.stageIndex = stageIndex;
  execution.artifacts = clonePlain(target.artifacts);
  execution.outputVariables = clonePlain(target.outputVariables);
  execution.sourceRevisions = clonePlain(target.sourceRevisions);
  emitPipelineState(ctx, execution, 'STARTED');
  enterOrWait(ctx, execution);
}
