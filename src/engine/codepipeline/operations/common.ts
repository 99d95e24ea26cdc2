import { getOwn } from '../../core/records';
import type { SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import { findBucket } from '../../s3/public';
import { parsePipeline } from '../../specs/pipeline/parse-pipeline';
import type { PipelineDeclaration } from '../../specs/pipeline/types';
import type { World } from '../../world';
import { codepipelineErrors as errors } from '../errors';
import type { Pipeline } from '../state';

/** Pipeline, stage and action names (BOTO `PipelineName`, `StageName`, `ActionName`). */
const NAME = /^[A-Za-z0-9.@\-_]{1,100}$/;
const NAME_PATTERN = 'Member must satisfy regular expression pattern: [A-Za-z0-9.@\\-_]+';
export const PIPELINE_LIMIT = 1000;
const PAGE_SIZE = 100;

/** A required name field, checked the way the API model checks it (ValidationException). */
export function readName(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (value === undefined || value === null) throw errors.required(field);
  if (typeof value !== 'string' || value.length < 1 || value.length > 100) {
    throw errors.validation(field, value, 'Member must have length between 1 and 100');
  }
  if (!NAME.test(value)) throw errors.validation(field, value, NAME_PATTERN);
  return value;
}

export function requirePipeline(ctx: SimContext, name: string): Pipeline {
  const pipeline = getOwn(ctx.world.account.codepipeline.pipelines, name);
  if (!pipeline) throw errors.pipelineNotFound(name, ctx.world.account.accountId);
  return pipeline;
}

export const pipelineArnOf = (world: World, name: string) =>
  `arn:aws:codepipeline:${world.account.region}:${world.account.accountId}:${name}`;

export const epochSeconds = (ctx: SimContext, t: number) => epochSecondsAt(ctx.world.startEpochMs, t);

/** Pages of `maxResults` (default 100) with an opaque numeric token, as the other services page. */
export function page<T>(
  items: readonly T[],
  input: Record<string, unknown>,
  maxResultsLimit: number,
): { items: T[]; nextToken?: string } {
  const { nextToken: token, maxResults } = input;
  let size = PAGE_SIZE;
  if (maxResults !== undefined && maxResults !== null) {
    if (
      typeof maxResults !== 'number' ||
      !Number.isInteger(maxResults) ||
      maxResults < 1 ||
      maxResults > maxResultsLimit
    ) {
      throw errors.validation('maxResults', maxResults, `Member must have value between 1 and ${maxResultsLimit}`);
    }
    size = maxResults;
  }
  let start = 0;
  if (token !== undefined && token !== null) {
    start = Number(token);
    if (typeof token !== 'string' || !Number.isSafeInteger(start) || start < 0) throw errors.invalidNextToken();
  }
  const slice = items.slice(start, start + size);
  return start + size < items.length ? { items: slice, nextToken: String(start + size) } : { items: slice };
}

/** `arn:aws:iam::<account>:role/[path/]name` naming a role of this account. */
function isAccountRole(world: World, arn: string): boolean {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/.exec(arn);
  return (
    match !== null &&
    match[1] === world.account.accountId &&
    getOwn(world.account.iam.roles, match[2] as string) !== undefined
  );
}

const V2_ONLY_MODES = ['QUEUED', 'PARALLEL'];

/**
 * Whether the declaration uses something only V2 pipelines have (aws-facts §1.4): "putting any V2-only field into
 * a definition makes the pipeline V2". A declaration that names no type gets V1 otherwise, as CreatePipeline does.
 */
function usesV2Features(declaration: PipelineDeclaration): boolean {
  return (
    declaration.variables !== undefined ||
    declaration.triggers !== undefined ||
    V2_ONLY_MODES.includes(declaration.executionMode ?? 'SUPERSEDED') ||
    declaration.stages.some(
      (stage) =>
        stage.onFailure !== undefined ||
        stage.onSuccess !== undefined ||
        stage.beforeEntry !== undefined ||
        stage.actions.some((action) => action.actionTypeId.category === 'Compute'),
    )
  );
}

/**
 * The declaration CreatePipeline / UpdatePipeline would store, or the refusal AWS would answer: the structure,
 * name, action type and artifact rules (the specs module's checks, whose first error is the answer), then the
 * service role and artifact buckets, which must exist in the account.
 */
export function readDeclaration(ctx: SimContext, input: Record<string, unknown>): PipelineDeclaration {
  const raw = input.pipeline;
  if (raw === undefined || raw === null) throw errors.required('pipeline');
  const { world } = ctx;
  const parsed = parsePipeline(JSON.stringify({ pipeline: raw }), { region: world.account.region });
  const first = parsed.diagnostics.find((d) => d.severity === 'error');
  if (first !== undefined || parsed.declaration === undefined) {
    const message = first?.message ?? 'ValidationException: The pipeline declaration is not valid.';
    const colon = message.indexOf(': ');
    throw errors.declaration(message.slice(0, colon), message.slice(colon + 2));
  }
  const declaration = parsed.declaration as PipelineDeclaration;
  if (!isAccountRole(world, declaration.roleArn)) throw errors.roleNotAssumable(declaration.roleArn);
  for (const action of declaration.stages.flatMap((s) => s.actions)) {
    if (action.roleArn !== undefined && !isAccountRole(world, action.roleArn)) {
      throw errors.actionRoleNotAssumable(declaration.roleArn, action.roleArn);
    }
  }
  const stores: [string, string][] = declaration.artifactStore
    ? [[world.account.region, declaration.artifactStore.location]]
    : Object.entries(declaration.artifactStores ?? {}).map(([region, store]) => [region, store.location]);
  for (const [region, bucket] of stores) {
    if (!findBucket(world, bucket)) throw errors.artifactBucketMissing(bucket, region);
  }
  return {
    ...declaration,
    executionMode: declaration.executionMode ?? 'SUPERSEDED',
    pipelineType: declaration.pipelineType ?? (usesV2Features(declaration) ? 'V2' : 'V1'),
  };
}

/** The wire `PipelineMetadata`. */
export const metadataView = (ctx: SimContext, pipeline: Pipeline) => ({
  pipelineArn: pipeline.pipelineArn,
  created: epochSeconds(ctx, pipeline.created),
  updated: epochSeconds(ctx, pipeline.updated),
});
