import { getOwn } from '../../../core/records';
import type { Operation, SimContext } from '../../../core/simulation';
import { codepipelineErrors as errors } from '../../errors';
import { epochSeconds, page, readName, requirePipeline } from '../../operations/common';
import type { ActionExecution, ArtifactLocation, Pipeline, PipelineExecution, StageRun } from '../../state';
import { requireExecution } from './operations';
import { actionExecution, peekRuntime } from './run';

/**
 * GetPipelineState, GetPipelineExecution, ListPipelineExecutions and ListActionExecutions, in the SDK's shapes
 * (`@aws-sdk/client-codepipeline` models) with epoch-second timestamps.
 */

const stageExecution = (execution: PipelineExecution, status: string) => ({
  pipelineExecutionId: execution.pipelineExecutionId,
  status,
  type: execution.executionType,
});

const executionById = (ctx: SimContext, id: string | undefined) =>
  id === undefined ? undefined : getOwn(ctx.world.account.codepipeline.executions, id);

/** The action's latest execution as GetPipelineState shows it (`ActionExecution`). */
function latestActionView(ctx: SimContext, action: ActionExecution) {
  const result = action.output.executionResult;
  const summary = action.approval?.summary ?? result?.externalExecutionSummary;
  return {
    actionExecutionId: action.actionExecutionId,
    status: action.status,
    ...(summary !== undefined && { summary }),
    lastStatusChange: epochSeconds(ctx, action.lastUpdateTime),
    ...(action.approval && action.status === 'InProgress' && { token: action.approval.token }),
    ...(action.updatedBy !== undefined && { lastUpdatedBy: action.updatedBy }),
    ...(result?.externalExecutionId !== undefined && { externalExecutionId: result.externalExecutionId }),
    ...(result?.externalExecutionUrl !== undefined && { externalExecutionUrl: result.externalExecutionUrl }),
    ...(result?.errorDetails && { errorDetails: result.errorDetails }),
  };
}

const CONDITION_STATES = {
  beforeEntry: 'beforeEntryConditionState',
  onSuccess: 'onSuccessConditionState',
  onFailure: 'onFailureConditionState',
} as const;

/** The conditions the stage's latest run evaluated (`beforeEntryConditionState`, ...). */
function conditionStates(ctx: SimContext, run: StageRun | undefined) {
  return Object.fromEntries(
    Object.entries(run?.conditions ?? {}).map(([kind, c]) => [
      CONDITION_STATES[kind as keyof typeof CONDITION_STATES],
      {
        latestExecution: { status: c.status, summary: c.summary },
        conditionStates: [
          {
            latestExecution: {
              status: c.status,
              summary: c.summary,
              lastStatusChange: epochSeconds(ctx, c.lastStatusChange),
            },
          },
        ],
      },
    ]),
  );
}

function stageState(ctx: SimContext, pipeline: Pipeline, stageName: string, actionNames: string[]) {
  const runtime = peekRuntime(pipeline, stageName);
  const latest = executionById(ctx, runtime.latestExecutionId);
  const run = latest ? getOwn(latest.stages, stageName) : undefined;
  const inbound = runtime.inboundExecutionIds.flatMap((id) => {
    const e = executionById(ctx, id);
    return e ? [stageExecution(e, e.status)] : [];
  });
  const disabled = getOwn(pipeline.disabledTransitions, stageName);
  return {
    stageName,
    ...(inbound[0] && { inboundExecution: inbound[0], inboundExecutions: inbound }),
    inboundTransitionState: disabled
      ? {
          enabled: false,
          lastChangedBy: disabled.lastChangedBy,
          lastChangedAt: epochSeconds(ctx, disabled.lastChangedAt),
          disabledReason: disabled.reason,
        }
      : { enabled: true },
    actionStates: actionNames.map((actionName) => {
      const id = run ? getOwn(run.actionExecutionIds, actionName) : undefined;
      const action = id !== undefined ? actionExecution(ctx, id) : undefined;
      const revision = latest?.sourceRevisions.find((r) => r.actionName === actionName);
      return {
        actionName,
        ...(revision &&
          action && {
            currentRevision: {
              revisionId: revision.revisionId,
              revisionChangeId: revision.revisionId,
              created: epochSeconds(ctx, action.lastUpdateTime),
            },
          }),
        ...(action && { latestExecution: latestActionView(ctx, action) }),
        ...(revision?.revisionUrl !== undefined && { revisionUrl: revision.revisionUrl }),
      };
    }),
    ...(latest && run && { latestExecution: stageExecution(latest, run.status) }),
    ...(run?.retryStageMetadata && { retryStageMetadata: run.retryStageMetadata }),
    ...conditionStates(ctx, run),
  };
}

export const GetPipelineState: Operation = (ctx, input) => {
  const name = readName(input, 'name');
  const pipeline = requirePipeline(ctx, name);
  return {
    pipelineName: name,
    pipelineVersion: pipeline.declaration.version ?? 1,
    stageStates: pipeline.declaration.stages.map((s) =>
      stageState(
        ctx,
        pipeline,
        s.name,
        s.actions.map((a) => a.name),
      ),
    ),
    created: epochSeconds(ctx, pipeline.created),
    updated: epochSeconds(ctx, pipeline.updated),
  };
};

const rollbackView = (execution: PipelineExecution) =>
  execution.rollbackMetadata && {
    rollbackMetadata: { rollbackTargetPipelineExecutionId: execution.rollbackMetadata.rollbackTargetPipelineExecution },
  };

/** The output artifact each source action produced, with the revision it read (`artifactRevisions`). */
function artifactRevisions(ctx: SimContext, execution: PipelineExecution) {
  return execution.sourceRevisions.flatMap((revision) => {
    const action = execution.declaration.stages.flatMap((s) => s.actions).find((a) => a.name === revision.actionName);
    const name = action?.outputArtifacts?.[0]?.name;
    if (name === undefined) return [];
    return [
      {
        name,
        revisionId: revision.revisionId,
        ...(revision.revisionSummary !== undefined && { revisionSummary: revision.revisionSummary }),
        ...(revision.revisionUrl !== undefined && { revisionUrl: revision.revisionUrl }),
        created: epochSeconds(ctx, execution.startTime),
      },
    ];
  });
}

export const GetPipelineExecution: Operation = (ctx, input) => {
  const pipelineName = readName(input, 'pipelineName');
  const id = input.pipelineExecutionId;
  if (id === undefined || id === null) throw errors.required('pipelineExecutionId');
  if (typeof id !== 'string') throw errors.validation('pipelineExecutionId', id, 'Member must be a string');
  requirePipeline(ctx, pipelineName);
  const execution = requireExecution(ctx, pipelineName, id);
  return {
    pipelineExecution: {
      pipelineName,
      pipelineVersion: execution.pipelineVersion,
      pipelineExecutionId: execution.pipelineExecutionId,
      status: execution.status,
      ...(execution.statusSummary !== undefined && { statusSummary: execution.statusSummary }),
      artifactRevisions: artifactRevisions(ctx, execution),
      variables: execution.variables,
      trigger: execution.trigger,
      executionMode: execution.executionMode,
      executionType: execution.executionType,
      ...rollbackView(execution),
    },
  };
};

function executionSummary(ctx: SimContext, execution: PipelineExecution) {
  return {
    pipelineExecutionId: execution.pipelineExecutionId,
    status: execution.status,
    ...(execution.statusSummary !== undefined && { statusSummary: execution.statusSummary }),
    startTime: epochSeconds(ctx, execution.startTime),
    lastUpdateTime: epochSeconds(ctx, execution.lastUpdateTime),
    sourceRevisions: execution.sourceRevisions,
    trigger: execution.trigger,
    ...(execution.stopTrigger && { stopTrigger: { reason: execution.stopTrigger.reason } }),
    executionMode: execution.executionMode,
    executionType: execution.executionType,
    ...rollbackView(execution),
  };
}

function readFilter(input: Record<string, unknown>): Record<string, unknown> | undefined {
  const filter = input.filter;
  if (filter === undefined || filter === null) return undefined;
  if (typeof filter !== 'object' || Array.isArray(filter))
    throw errors.validation('filter', filter, 'Member must be a structure');
  return filter as Record<string, unknown>;
}

/** Newest first; `filter.succeededInStage` keeps the executions whose run of that stage succeeded. */
export const ListPipelineExecutions: Operation = (ctx, input) => {
  const pipelineName = readName(input, 'pipelineName');
  requirePipeline(ctx, pipelineName);
  const succeededIn = readFilter(input)?.succeededInStage;
  const stageName =
    succeededIn && typeof succeededIn === 'object' ? (succeededIn as Record<string, unknown>).stageName : undefined;
  const state = ctx.world.account.codepipeline;
  const executions = [...(getOwn(state.executionOrder, pipelineName) ?? [])]
    .reverse()
    .flatMap((id) => executionById(ctx, id) ?? [])
    .filter((e) => typeof stageName !== 'string' || getOwn(e.stages, stageName)?.status === 'Succeeded');
  const { items, nextToken } = page(executions, input, 100);
  return {
    pipelineExecutionSummaries: items.map((e) => executionSummary(ctx, e)),
    ...(nextToken !== undefined && { nextToken }),
  };
};

const artifactDetails = (artifacts: { name: string; location: ArtifactLocation }[]) =>
  artifacts.map((a) => ({ name: a.name, s3location: { bucket: a.location.bucket, key: a.location.key } }));

function actionDetail(ctx: SimContext, action: ActionExecution) {
  const result = action.output.executionResult;
  return {
    pipelineExecutionId: action.pipelineExecutionId,
    actionExecutionId: action.actionExecutionId,
    pipelineVersion: action.pipelineVersion,
    stageName: action.stageName,
    actionName: action.actionName,
    startTime: epochSeconds(ctx, action.startTime),
    lastUpdateTime: epochSeconds(ctx, action.lastUpdateTime),
    ...(action.updatedBy !== undefined && { updatedBy: action.updatedBy }),
    status: action.status,
    input: {
      actionTypeId: action.actionTypeId,
      configuration: action.input.configuration,
      resolvedConfiguration: action.input.resolvedConfiguration,
      ...(action.input.roleArn !== undefined && { roleArn: action.input.roleArn }),
      region: action.input.region,
      inputArtifacts: artifactDetails(action.input.inputArtifacts),
      ...(action.input.namespace !== undefined && { namespace: action.input.namespace }),
    },
    output: {
      outputArtifacts: artifactDetails(action.output.outputArtifacts),
      ...(result && { executionResult: result }),
      outputVariables: action.output.outputVariables,
    },
  };
}

/** Newest first, optionally the actions of one execution (PipelineExecutionNotFoundException if it is not there). */
export const ListActionExecutions: Operation = (ctx, input) => {
  const pipelineName = readName(input, 'pipelineName');
  requirePipeline(ctx, pipelineName);
  const filter = readFilter(input);
  const executionId = filter?.pipelineExecutionId;
  if (executionId !== undefined && executionId !== null) {
    if (typeof executionId !== 'string') {
      throw errors.validation('filter.pipelineExecutionId', executionId, 'Member must be a string');
    }
    requireExecution(ctx, pipelineName, executionId);
  }
  const actions = Object.values(ctx.world.account.codepipeline.actionExecutions)
    .filter(
      (a) =>
        a.pipelineName === pipelineName && (typeof executionId !== 'string' || a.pipelineExecutionId === executionId),
    )
    .reverse();
  const { items, nextToken } = page(actions, input, 100);
  return {
    actionExecutionDetails: items.map((a) => actionDetail(ctx, a)),
    ...(nextToken !== undefined && { nextToken }),
  };
};
