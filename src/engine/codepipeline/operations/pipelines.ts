import { clonePlain } from '../../core/clone';
import { deleteOwn, getOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import type { PipelineDeclaration } from '../../specs/pipeline/types';
import { codepipelineErrors as errors } from '../errors';
import { cancelOutdatedExecutions, startPipelineExecution } from '../execution/core/index';
import type { Pipeline, StageRuntime } from '../state';
import {
  epochSeconds,
  metadataView,
  page,
  PIPELINE_LIMIT,
  pipelineArnOf,
  readDeclaration,
  readName,
  requirePipeline,
} from './common';
import { readTags } from './tags';

const emptyStageRuntime = (): StageRuntime => ({ runningExecutionIds: [], inboundExecutionIds: [] });

/** Every stage of the declaration has its runtime; stages an older version had keep theirs (executions may hold them). */
function withStageRuntimes(stages: Record<string, StageRuntime>, declaration: PipelineDeclaration) {
  const result: Record<string, StageRuntime> = { ...stages };
  for (const stage of declaration.stages) {
    if (!getOwn(result, stage.name)) setOwn(result, stage.name, emptyStageRuntime());
  }
  return result;
}

/**
 * Creates the pipeline at version 1 and starts its first execution (trigger CreatePipeline, detail = the caller), as
 * CodePipeline does: a new pipeline runs its source actions at once.
 */
export const CreatePipeline: Operation = (ctx, input) => {
  const declaration = readDeclaration(ctx, input);
  const tags = readTags(input.tags, 'tags');
  const { world } = ctx;
  const pipelines = world.account.codepipeline.pipelines;
  if (getOwn(pipelines, declaration.name)) throw errors.pipelineNameInUse(declaration.name, world.account.accountId);
  if (Object.keys(pipelines).length >= PIPELINE_LIMIT) throw errors.pipelineLimit(PIPELINE_LIMIT);
  const pipeline = newPipeline(ctx, declaration, tags);
  setOwn(pipelines, declaration.name, pipeline);
  startPipelineExecution(ctx, declaration.name, {
    trigger: { triggerType: 'CreatePipeline', triggerDetail: ctx.caller.arn },
  });
  return { pipeline: clonePlain(pipeline.declaration), ...(tags.length > 0 && { tags }) };
};

/** A pipeline record at version 1, created now (CreatePipeline and the scenario loader). */
export function newPipeline(
  ctx: SimContext,
  declaration: PipelineDeclaration,
  tags: { key: string; value: string }[],
): Pipeline {
  const stored: PipelineDeclaration = { ...declaration, version: 1 };
  return {
    declaration: stored,
    pipelineArn: pipelineArnOf(ctx.world, declaration.name),
    created: ctx.now,
    updated: ctx.now,
    tags,
    disabledTransitions: {},
    stages: withStageRuntimes({}, stored),
    lastSeenSourceRevisions: {},
  };
}

/** The current version, or with `version` an earlier one as it was (the metadata stays the pipeline's). */
export const GetPipeline: Operation = (ctx, input) => {
  const name = readName(input, 'name');
  const pipeline = requirePipeline(ctx, name);
  const { version } = input;
  let declaration = pipeline.declaration;
  if (version !== undefined && version !== null) {
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw errors.validation('version', version, 'Member must have value greater than or equal to 1');
    }
    const found = [pipeline.declaration, ...(pipeline.previousVersions ?? [])].find((d) => d.version === version);
    if (!found) throw errors.pipelineVersionNotFound(name, version);
    declaration = found;
  }
  return { pipeline: clonePlain(declaration), metadata: metadataView(ctx, pipeline) };
};

/**
 * A new version of the declaration. The name cannot change (it says which pipeline). Executions of the earlier
 * version finish the actions they are running and end Cancelled (see cancelOutdatedExecutions). Transitions
 * disabled into stages that are gone are dropped.
 */
export const UpdatePipeline: Operation = (ctx, input) => {
  const declaration = readDeclaration(ctx, input);
  const pipeline = requirePipeline(ctx, declaration.name);
  const stored: PipelineDeclaration = { ...declaration, version: (pipeline.declaration.version ?? 1) + 1 };
  const stageNames = new Set(stored.stages.map((s) => s.name));
  for (const stage of Object.keys(pipeline.disabledTransitions)) {
    if (!stageNames.has(stage)) deleteOwn(pipeline.disabledTransitions, stage);
  }
  pipeline.previousVersions = [...(pipeline.previousVersions ?? []), pipeline.declaration];
  pipeline.declaration = stored;
  pipeline.updated = ctx.now;
  pipeline.stages = withStageRuntimes(pipeline.stages, stored);
  cancelOutdatedExecutions(ctx, pipeline);
  return { pipeline: clonePlain(stored) };
};

/**
 * Deletes the pipeline with its execution history. Deleting one that does not exist succeeds: the operation has
 * no "not found" error.
 */
export const DeletePipeline: Operation = (ctx, input) => {
  const name = readName(input, 'name');
  const state = ctx.world.account.codepipeline;
  if (!getOwn(state.pipelines, name)) return {};
  for (const id of getOwn(state.executionOrder, name) ?? []) deleteOwn(state.executions, id);
  for (const [id, action] of Object.entries(state.actionExecutions)) {
    if (action.pipelineName === name) deleteOwn(state.actionExecutions, id);
  }
  for (const key of Object.keys(state.actionOutcomes)) {
    if (key.startsWith(`${name}/`)) deleteOwn(state.actionOutcomes, key);
  }
  deleteOwn(state.executionOrder, name);
  deleteOwn(state.pipelines, name);
  return {};
};

const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const ListPipelines: Operation = (ctx, input) => {
  const pipelines = Object.values(ctx.world.account.codepipeline.pipelines).sort((a, b) =>
    compareNames(a.declaration.name, b.declaration.name),
  );
  const { items, nextToken } = page(pipelines, input, 1000);
  return {
    pipelines: items.map((p) => ({
      name: p.declaration.name,
      version: p.declaration.version,
      pipelineType: p.declaration.pipelineType,
      executionMode: p.declaration.executionMode,
      created: epochSeconds(ctx, p.created),
      updated: epochSeconds(ctx, p.updated),
    })),
    ...(nextToken && { nextToken }),
  };
};
