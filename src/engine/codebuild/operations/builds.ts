import { optionalInteger, optionalString } from '../../core/input';
import { deleteOwn, getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { endEarly } from '../build/lifecycle';
import { startBuild } from '../build/start';
import { buildView } from '../build/view';
import { codebuildErrors as errors } from '../errors';
import {
  COMPUTE_TYPES,
  ENVIRONMENT_TYPES,
  checkEnvironment,
  readArtifacts,
  readCache,
  readVariables,
} from '../project-input';
import type { Build, BuildRequest } from '../state';
import { page, requireProject, sortOrder, stringList } from './common';

function requireBuild(ctx: SimContext, id: string | undefined): Build {
  if (!id) throw errors.required('id');
  const build = getOwn(ctx.world.account.codebuild.builds, id);
  if (!build) throw errors.buildNotFound(id);
  return build;
}

function range(input: Record<string, unknown>, field: string, min: number, max: number): number | undefined {
  const value = optionalInteger(input, field);
  if (value === undefined) return undefined;
  if (value < min) throw errors.constraint(value, field, `Member must have value greater than or equal to ${min}`);
  if (value > max) throw errors.constraint(value, field, `Member must have value less than or equal to ${max}`);
  return value;
}

function oneOf(input: Record<string, unknown>, field: string, values: readonly string[]): string | undefined {
  const value = optionalString(input, field);
  if (value !== undefined && !values.includes(value)) {
    throw errors.constraint(value, field, `Member must satisfy enum value set: [${values.join(', ')}]`);
  }
  return value;
}

/** StartBuild's overrides, checked; an override beats the project setting, which beats the buildspec. */
function readRequest(input: Record<string, unknown>): BuildRequest {
  const privileged = input.privilegedModeOverride;
  if (privileged !== undefined && privileged !== null && typeof privileged !== 'boolean') {
    throw errors.constraint(privileged, 'privilegedModeOverride', 'Member must be a boolean');
  }
  const request: BuildRequest = {};
  const set = <K extends keyof BuildRequest>(key: K, value: BuildRequest[K] | undefined) => {
    if (value !== undefined) request[key] = value;
  };
  set('sourceVersion', optionalString(input, 'sourceVersion') || undefined);
  set('buildspecOverride', optionalString(input, 'buildspecOverride') || undefined);
  if (input.environmentVariablesOverride !== undefined) {
    set(
      'environmentVariablesOverride',
      readVariables(input.environmentVariablesOverride, 'environmentVariablesOverride'),
    );
  }
  set('timeoutInMinutesOverride', range(input, 'timeoutInMinutesOverride', 5, 2160));
  set('queuedTimeoutInMinutesOverride', range(input, 'queuedTimeoutInMinutesOverride', 5, 480));
  set('imageOverride', optionalString(input, 'imageOverride') || undefined);
  set('computeTypeOverride', oneOf(input, 'computeTypeOverride', COMPUTE_TYPES));
  set('environmentTypeOverride', oneOf(input, 'environmentTypeOverride', ENVIRONMENT_TYPES));
  if (typeof privileged === 'boolean') request.privilegedModeOverride = privileged;
  if (input.artifactsOverride !== undefined && input.artifactsOverride !== null)
    set('artifactsOverride', readArtifacts(input.artifactsOverride, 'artifactsOverride'));
  if (input.cacheOverride !== undefined && input.cacheOverride !== null)
    set('cacheOverride', readCache(input.cacheOverride, 'cacheOverride'));
  return request;
}

export const StartBuild: Operation = (ctx, input) => {
  const project = requireProject(ctx, optionalString(input, 'projectName'));
  const request = readRequest(input);
  if (project.source.type === 'CODEPIPELINE') {
    throw errors.invalidInput('Build projects with source type CODEPIPELINE can only be started by CodePipeline');
  }
  checkEnvironment({
    ...project.environment,
    ...(request.imageOverride !== undefined && { image: request.imageOverride }),
    ...(request.computeTypeOverride !== undefined && { computeType: request.computeTypeOverride }),
    ...(request.environmentTypeOverride !== undefined && { type: request.environmentTypeOverride }),
    ...(request.privilegedModeOverride !== undefined && { privilegedMode: request.privilegedModeOverride }),
  });
  const build = startBuild(ctx, project, { request, initiator: ctx.caller.name });
  return { build: buildView(ctx, build) };
};

/** Stopping ends the current phase as STOPPED and finalizes the build; a finished build is returned unchanged. */
export const StopBuild: Operation = (ctx, input) => {
  const build = requireBuild(ctx, optionalString(input, 'id'));
  stopBuild(ctx, build);
  return { build: buildView(ctx, build) };
};

export function stopBuild(ctx: SimContext, build: Build): void {
  if (!build.buildComplete && build.run && !build.run.ending) {
    endEarly(ctx, build, 'STOPPED');
    build.buildStatus = 'STOPPED';
  }
}

export const RetryBuild: Operation = (ctx, input) => {
  const build = requireBuild(ctx, optionalString(input, 'id'));
  if (!build.buildComplete)
    throw errors.invalidInput(`Build ${build.id} is still in progress; only completed builds can be retried`);
  const project = requireProject(ctx, build.projectName);
  const retried = startBuild(ctx, project, {
    request: build.request,
    initiator: ctx.caller.name,
    ...(build.webhook && { webhook: build.webhook }),
    ...(build.webhook &&
      build.resolvedSourceVersion !== undefined && { resolvedSourceVersion: build.resolvedSourceVersion }),
    ...(build.pullRequestId !== undefined && { pullRequestId: build.pullRequestId }),
    ...(build.revisionId !== undefined && { revisionId: build.revisionId }),
    ...(build.inputFiles && { inputFiles: build.inputFiles }),
    ...(build.pipelineArtifact && { pipelineArtifact: build.pipelineArtifact }),
  });
  return { build: buildView(ctx, retried) };
};

export const BatchGetBuilds: Operation = (ctx, input) => {
  const ids = stringList(input, 'ids', 100);
  const builds = [];
  const missing = [];
  for (const id of ids) {
    const build = getOwn(ctx.world.account.codebuild.builds, id);
    if (build) builds.push(buildView(ctx, build));
    else missing.push(id);
  }
  return { builds, buildsNotFound: missing };
};

/** Newest first by default (DESCENDING), as the console lists them. */
export const ListBuilds: Operation = (ctx, input) => {
  const order = sortOrder(input, 'DESCENDING');
  const ids = [...ctx.world.account.codebuild.buildOrder];
  if (order === 'DESCENDING') ids.reverse();
  const { items, nextToken } = page(ids, input.nextToken, 100);
  return { ids: items, ...(nextToken && { nextToken }) };
};

export const ListBuildsForProject: Operation = (ctx, input) => {
  const project = requireProject(ctx, optionalString(input, 'projectName'));
  const order = sortOrder(input, 'DESCENDING');
  const state = ctx.world.account.codebuild;
  const ids = state.buildOrder.filter((id) => state.builds[id]?.projectName === project.name);
  if (order === 'DESCENDING') ids.reverse();
  const { items, nextToken } = page(ids, input.nextToken, 100);
  return { ids: items, ...(nextToken && { nextToken }) };
};

export const BatchDeleteBuilds: Operation = (ctx, input) => {
  const ids = stringList(input, 'ids', 100);
  const state = ctx.world.account.codebuild;
  const deleted: string[] = [];
  const notDeleted: { id: string; statusCode: string }[] = [];
  for (const id of ids) {
    const build = getOwn(state.builds, id);
    if (!build) notDeleted.push({ id, statusCode: 'BUILD_NOT_FOUND' });
    else if (!build.buildComplete) notDeleted.push({ id, statusCode: 'BUILD_IN_PROGRESS' });
    else {
      deleteOwn(state.builds, id);
      state.buildOrder = state.buildOrder.filter((x) => x !== id);
      deleted.push(id);
    }
  }
  return { buildsDeleted: deleted, buildsNotDeleted: notDeleted };
};
