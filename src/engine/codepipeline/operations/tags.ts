import type { Operation, SimContext } from '../../core/simulation';
import { codepipelineErrors as errors } from '../errors';
import type { Pipeline } from '../state';
import { page } from './common';

type Tag = { key: string; value: string };

const TAG_LIMIT = 50;

/** A tag list: keys 1-128 characters (not `aws:`), values 0-256, at most 50 per resource. */
export function readTags(raw: unknown, field: string): Tag[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw errors.validation(field, raw, 'Member must be a list');
  if (raw.length > TAG_LIMIT) throw errors.tooManyTags(TAG_LIMIT);
  return raw.map((item, i) => {
    const { key, value } = (item ?? {}) as Record<string, unknown>;
    if (typeof key !== 'string') throw errors.required(`${field}.${i + 1}.member.key`);
    if (typeof value !== 'string') throw errors.required(`${field}.${i + 1}.member.value`);
    if (key.length < 1 || key.length > 128) {
      throw errors.validation(`${field}.${i + 1}.member.key`, key, 'Member must have length between 1 and 128');
    }
    if (value.length > 256) {
      throw errors.validation(
        `${field}.${i + 1}.member.value`,
        value,
        'Member must have length less than or equal to 256',
      );
    }
    if (key.toLowerCase().startsWith('aws:'))
      throw errors.invalidTags(`Tag keys starting with "aws:" are reserved: ${key}`);
    return { key, value };
  });
}

/** The pipeline an ARN names: `arn:aws:codepipeline:<region>:<account>:<name>`. */
function pipelineByArn(ctx: SimContext, input: Record<string, unknown>): Pipeline {
  const arn = input.resourceArn;
  if (arn === undefined || arn === null) throw errors.required('resourceArn');
  if (typeof arn !== 'string' || !/^arn:aws(-[\w]+)*:codepipeline:.+:[0-9]{12}:.+$/.test(arn)) {
    throw errors.invalidArn(String(arn));
  }
  const pipeline = Object.values(ctx.world.account.codepipeline.pipelines).find((p) => p.pipelineArn === arn);
  if (!pipeline) throw errors.resourceNotFound(arn);
  return pipeline;
}

/** Adds tags; a key the pipeline has already gets the new value. */
export const TagResource: Operation = (ctx, input) => {
  const pipeline = pipelineByArn(ctx, input);
  if (input.tags === undefined || input.tags === null) throw errors.required('tags');
  const tags = readTags(input.tags, 'tags');
  const merged = new Map(pipeline.tags.map((t) => [t.key, t.value]));
  for (const t of tags) merged.set(t.key, t.value);
  if (merged.size > TAG_LIMIT) throw errors.tooManyTags(TAG_LIMIT);
  pipeline.tags = [...merged].map(([key, value]) => ({ key, value }));
  return {};
};

export const UntagResource: Operation = (ctx, input) => {
  const pipeline = pipelineByArn(ctx, input);
  const keys = input.tagKeys;
  if (keys === undefined || keys === null) throw errors.required('tagKeys');
  if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string')) {
    throw errors.validation('tagKeys', keys, 'Member must be a list of strings');
  }
  pipeline.tags = pipeline.tags.filter((t) => !keys.includes(t.key));
  return {};
};

export const ListTagsForResource: Operation = (ctx, input) => {
  const pipeline = pipelineByArn(ctx, input);
  const { items, nextToken } = page(pipeline.tags, input, 100);
  return { tags: items, ...(nextToken && { nextToken }) };
};
