import type { SimContext } from '../core/simulation';
import { epochSecondsAt } from '../core/time';
import { getOwn } from '../core/records';
import { requiredString } from '../core/input';
import { codecommitErrors as errors } from './errors';
import { isValidRepositoryName } from './names';
import type { Repository } from './state';

/** Reads `repositoryName` from a request and returns that repository, or the service's error. */
export function requireRepository(ctx: SimContext, input: Record<string, unknown>): Repository {
  const name = requiredString(input, 'repositoryName', errors.repositoryNameRequired);
  if (!isValidRepositoryName(name)) throw errors.invalidRepositoryName(name);
  const repo = getOwn(ctx.world.account.codecommit.repositories, name);
  if (!repo) throw errors.repositoryDoesNotExist(name);
  return repo;
}

export const repositoryArn = (ctx: SimContext, name: string) => ctx.arn('codecommit', name);

/** `RepositoryMetadata` as GetRepository and CreateRepository return it. */
export function repositoryMetadata(ctx: SimContext, repo: Repository) {
  const { region, accountId } = ctx.world.account;
  const at = (t: number) => epochSecondsAt(ctx.world.startEpochMs, t);
  return {
    accountId,
    repositoryId: repo.repositoryId,
    repositoryName: repo.repositoryName,
    ...(repo.repositoryDescription !== undefined && { repositoryDescription: repo.repositoryDescription }),
    ...(repo.defaultBranch !== undefined && { defaultBranch: repo.defaultBranch }),
    lastModifiedDate: at(repo.lastModifiedDate),
    creationDate: at(repo.creationDate),
    cloneUrlHttp: `https://git-codecommit.${region}.amazonaws.com/v1/repos/${repo.repositoryName}`,
    cloneUrlSsh: `ssh://git-codecommit.${region}.amazonaws.com/v1/repos/${repo.repositoryName}`,
    Arn: repositoryArn(ctx, repo.repositoryName),
    kmsKeyId: `arn:aws:kms:${region}:${accountId}:alias/aws/codecommit`,
  };
}
