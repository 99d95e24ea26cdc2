import { optionalString, optionalStringMap, requiredString } from '../../core/input';
import { deleteOwn, getOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { codecommitErrors as errors } from '../errors';
import { DESCRIPTION_MAX, REPOSITORY_LIMIT, isValidRepositoryName } from '../names';
import { repositoryMetadata, requireRepository } from '../repository';
import { newRepository } from '../state';

const PAGE_SIZE = 1000;

function validateTags(tags: Record<string, string> | undefined): void {
  for (const [key, value] of Object.entries(tags ?? {})) {
    if (key.length < 1 || key.length > 128)
      throw errors.invalidTagsMap(`tag key '${key}' must be 1 to 128 characters.`);
    if (key.startsWith('aws:')) throw errors.invalidTagsMap(`tag keys starting with 'aws:' are reserved.`);
    if (value.length > 256) throw errors.invalidTagsMap(`the value of tag '${key}' is longer than 256 characters.`);
  }
}

export const CreateRepository: Operation = (ctx, input) => {
  const name = requiredString(input, 'repositoryName', errors.repositoryNameRequired);
  const description = optionalString(input, 'repositoryDescription');
  const tags = optionalStringMap(input, 'tags');
  const repositories = ctx.world.account.codecommit.repositories;
  if (!isValidRepositoryName(name)) throw errors.invalidRepositoryName(name);
  if (description !== undefined && description.length > DESCRIPTION_MAX) {
    throw errors.invalidRepositoryDescription(description.length);
  }
  validateTags(tags);
  if (getOwn(repositories, name)) throw errors.repositoryNameExists(name);
  if (Object.keys(repositories).length >= REPOSITORY_LIMIT) throw errors.repositoryLimitExceeded(REPOSITORY_LIMIT);

  const repo = newRepository({
    repositoryId: ctx.uuid(),
    repositoryName: name,
    repositoryDescription: description,
    at: ctx.now,
    tags,
  });
  setOwn(repositories, name, repo);
  return { repositoryMetadata: repositoryMetadata(ctx, repo) };
};

export const GetRepository: Operation = (ctx, input) => ({
  repositoryMetadata: repositoryMetadata(ctx, requireRepository(ctx, input)),
});

export const ListRepositories: Operation = (ctx, input) => {
  const sortBy = optionalString(input, 'sortBy') ?? 'repositoryName';
  const order = optionalString(input, 'order') ?? 'ascending';
  const nextToken = optionalString(input, 'nextToken');
  if (sortBy !== 'repositoryName' && sortBy !== 'lastModifiedDate') throw errors.invalidSortBy(sortBy);
  if (order !== 'ascending' && order !== 'descending') throw errors.invalidOrder(order);
  const start = nextToken === undefined ? 0 : Number(nextToken);
  if (!Number.isSafeInteger(start) || start < 0) throw errors.invalidContinuationToken();

  const repos = Object.values(ctx.world.account.codecommit.repositories).sort((a, b) =>
    sortBy === 'repositoryName'
      ? a.repositoryName < b.repositoryName
        ? -1
        : a.repositoryName > b.repositoryName
          ? 1
          : 0
      : a.lastModifiedDate - b.lastModifiedDate,
  );
  if (order === 'descending') repos.reverse();
  const page = repos.slice(start, start + PAGE_SIZE);
  return {
    repositories: page.map((r) => ({ repositoryName: r.repositoryName, repositoryId: r.repositoryId })),
    ...(start + PAGE_SIZE < repos.length && { nextToken: String(start + PAGE_SIZE) }),
  };
};

/** A deleted repository's pull requests go with it, and templates forget it. */
function forgetRepository(ctx: SimContext, repositoryName: string): void {
  const state = ctx.world.account.codecommit;
  for (const [id, pr] of Object.entries(state.pullRequests)) {
    if (pr.target.repositoryName === repositoryName) deleteOwn(state.pullRequests, id);
  }
  for (const t of Object.values(state.approvalRuleTemplates)) {
    t.repositories = t.repositories.filter((r) => r !== repositoryName);
  }
}

/** Deleting a repository that does not exist is not an error: the ID comes back empty. */
export const DeleteRepository: Operation = (ctx, input) => {
  const name = requiredString(input, 'repositoryName', errors.repositoryNameRequired);
  if (!isValidRepositoryName(name)) throw errors.invalidRepositoryName(name);
  const repositories = ctx.world.account.codecommit.repositories;
  const repo = getOwn(repositories, name);
  if (!repo) return {};
  deleteOwn(repositories, name);
  forgetRepository(ctx, name);
  return { repositoryId: repo.repositoryId };
};
