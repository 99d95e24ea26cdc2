import type { Operation, SimContext } from '../../core/simulation';
import { codeartifactErrors as errors } from '../errors';
import { readStringList, readTags, requiredText, tagList } from './common';

/** Domains and repositories carry tags; they are named by ARN. */
function taggable(ctx: SimContext, input: Record<string, unknown>) {
  const arn = requiredText(input, 'resourceArn');
  const state = ctx.world.account.codeartifact;
  const resource =
    Object.values(state.domains).find((d) => d.arn === arn) ??
    Object.values(state.repositories).find((r) => r.arn === arn);
  if (!resource) throw errors.resourceNotFound(arn);
  return resource;
}

export const TagResource: Operation = (ctx, input) => {
  const resource = taggable(ctx, input);
  const tags = { ...resource.tags, ...readTags(input) };
  if (Object.keys(tags).length > 50) throw errors.tooManyTags();
  resource.tags = tags;
  return {};
};

export const UntagResource: Operation = (ctx, input) => {
  const resource = taggable(ctx, input);
  const keys = readStringList(input, 'tagKeys');
  if (keys === undefined) throw errors.required('tagKeys');
  resource.tags = Object.fromEntries(Object.entries(resource.tags).filter(([k]) => !keys.includes(k)));
  return {};
};

export const ListTagsForResource: Operation = (ctx, input) => ({ tags: tagList(taggable(ctx, input).tags) });
