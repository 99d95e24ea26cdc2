import { deleteOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { codeartifactErrors as errors } from '../errors';
import { findRepository } from '../packages';
import { PUBLIC_REGISTRIES, publicRegistry } from '../public-registries';
import { repositoryKey, type Domain, type Repository } from '../state';
import {
  compareNames,
  epochSeconds,
  optionalText,
  page,
  readEnum,
  readFormat,
  readRepositoryName,
  readTags,
  requiredText,
  requireDomain,
  requireRepository,
  UPSTREAM_LIMIT,
} from './common';

/** RepositoryDescription: what the repository operations answer. */
export const repositoryDescription = (ctx: SimContext, r: Repository) => ({
  name: r.name,
  administratorAccount: r.administratorAccount,
  domainName: r.domainName,
  domainOwner: r.domainOwner,
  arn: r.arn,
  ...(r.description === undefined ? {} : { description: r.description }),
  upstreams: r.upstreams.map((repositoryName) => ({ repositoryName })),
  externalConnections: r.externalConnections.map((c) => ({ ...c })),
  createdTime: epochSeconds(ctx.world, r.createdTime),
});

const repositorySummary = (ctx: SimContext, r: Repository) => ({
  name: r.name,
  administratorAccount: r.administratorAccount,
  domainName: r.domainName,
  domainOwner: r.domainOwner,
  arn: r.arn,
  ...(r.description === undefined ? {} : { description: r.description }),
  createdTime: epochSeconds(ctx.world, r.createdTime),
});

function readDescription(input: Record<string, unknown>): string | undefined {
  const description = optionalText(input, 'description');
  if (description !== undefined && description.length > 1000) throw errors.length('description', description, 0, 1000);
  return description;
}

/**
 * The upstream list of a create or update: at most 10 existing repositories of the domain, each once, and never
 * one from which `repository` can already be reached (that would make the upstream graph a cycle).
 */
function readUpstreams(ctx: SimContext, domain: Domain, repository: string, input: Record<string, unknown>) {
  const value = input.upstreams;
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw errors.validation('upstreams must be a list of {"repositoryName": ...}');
  if (value.length > UPSTREAM_LIMIT) throw errors.upstreamLimit(value.length);
  const names = value.map((u, i) => {
    const name = (u as { repositoryName?: unknown } | null)?.repositoryName;
    if (typeof name !== 'string' || name === '')
      throw errors.required('repositoryName', `upstreams.${i + 1}.member.repositoryName`);
    return name;
  });
  const seen = new Set<string>();
  for (const name of names) {
    if (name === repository) throw errors.upstreamSelf(repository);
    if (seen.has(name)) throw errors.upstreamDuplicate(name);
    seen.add(name);
    if (!findRepository(ctx.world, domain.name, name)) throw errors.repositoryNotFound(name, domain.name, domain.owner);
    const path = pathUpstream(ctx, domain.name, name, repository);
    if (path) throw errors.upstreamCycle(repository, [repository, ...path]);
  }
  return names;
}

/** The upstream path from `from` to `to`, if there is one. */
function pathUpstream(ctx: SimContext, domain: string, from: string, to: string): string[] | undefined {
  const seen = new Set<string>();
  const walk = (name: string): string[] | undefined => {
    if (name === to) return [name];
    if (seen.has(name)) return undefined;
    seen.add(name);
    for (const up of findRepository(ctx.world, domain, name)?.upstreams ?? []) {
      const rest = walk(up);
      if (rest) return [name, ...rest];
    }
    return undefined;
  };
  return walk(from);
}

export const CreateRepository: Operation = (ctx, input) => {
  const domain = requireDomain(ctx, input);
  const name = readRepositoryName(input);
  if (findRepository(ctx.world, domain.name, name)) throw errors.repositoryExists(name, domain.name);
  const description = readDescription(input);
  const upstreams = readUpstreams(ctx, domain, name, input) ?? [];
  const tags = readTags(input);
  const repository: Repository = {
    name,
    domainName: domain.name,
    domainOwner: domain.owner,
    administratorAccount: ctx.world.account.accountId,
    arn: ctx.arn('codeartifact', `repository/${domain.name}/${name}`),
    ...(description === undefined ? {} : { description }),
    upstreams,
    externalConnections: [],
    createdTime: ctx.now,
    tags,
  };
  setOwn(ctx.world.account.codeartifact.repositories, repositoryKey(domain.name, name), repository);
  return { repository: repositoryDescription(ctx, repository) };
};

export const DescribeRepository: Operation = (ctx, input) => ({
  repository: repositoryDescription(ctx, requireRepository(ctx, input).repository),
});

export const UpdateRepository: Operation = (ctx, input) => {
  const { domain, repository } = requireRepository(ctx, input);
  const description = readDescription(input);
  const upstreams = readUpstreams(ctx, domain, repository.name, input);
  if (description !== undefined) repository.description = description;
  if (upstreams !== undefined) repository.upstreams = upstreams;
  return { repository: repositoryDescription(ctx, repository) };
};

/**
 * Deletes a repository and its packages. Repositories that listed it as an upstream lose that upstream; what
 * they retained from it stays theirs (aws-facts §5.2).
 */
export const DeleteRepository: Operation = (ctx, input) => {
  const { domain, repository } = requireRepository(ctx, input);
  const state = ctx.world.account.codeartifact;
  for (const other of Object.values(state.repositories)) {
    if (other.domainName === domain.name) other.upstreams = other.upstreams.filter((u) => u !== repository.name);
  }
  for (const [key, p] of Object.entries(state.packages)) {
    if (p.domainName === domain.name && p.repositoryName === repository.name) deleteOwn(state.packages, key);
  }
  deleteOwn(state.repositories, repositoryKey(domain.name, repository.name));
  return { repository: repositoryDescription(ctx, repository) };
};

function listRepositories(ctx: SimContext, input: Record<string, unknown>, inDomain?: Domain) {
  const prefix = optionalText(input, 'repositoryPrefix');
  const admin = optionalText(input, 'administratorAccount');
  const all = Object.values(ctx.world.account.codeartifact.repositories)
    .filter(
      (r) =>
        (!inDomain || r.domainName === inDomain.name) &&
        (prefix === undefined || r.name.startsWith(prefix)) &&
        (admin === undefined || r.administratorAccount === admin),
    )
    .sort((a, b) => compareNames(a.name, b.name) || compareNames(a.domainName, b.domainName));
  const { items, nextToken } = page(all, input);
  return { repositories: items.map((r) => repositorySummary(ctx, r)), ...(nextToken ? { nextToken } : {}) };
}

export const ListRepositories: Operation = (ctx, input) => listRepositories(ctx, input);

export const ListRepositoriesInDomain: Operation = (ctx, input) =>
  listRepositories(ctx, input, requireDomain(ctx, input));

const CONNECTION_NAMES = PUBLIC_REGISTRIES.map((r) => r.externalConnectionName);

export const AssociateExternalConnection: Operation = (ctx, input) => {
  const { repository } = requireRepository(ctx, input);
  const name = requiredText(input, 'externalConnection');
  const registry = publicRegistry(name);
  if (!registry) throw errors.unknownExternalConnection(name, CONNECTION_NAMES);
  const existing = repository.externalConnections[0];
  if (existing?.externalConnectionName === name) throw errors.externalConnectionExists(repository.name, name);
  if (existing) throw errors.externalConnectionLimit(repository.name, existing.externalConnectionName);
  repository.externalConnections.push({
    externalConnectionName: name,
    packageFormat: registry.format,
    status: 'Available',
  });
  return { repository: repositoryDescription(ctx, repository) };
};

export const DisassociateExternalConnection: Operation = (ctx, input) => {
  const { repository } = requireRepository(ctx, input);
  const name = requiredText(input, 'externalConnection');
  if (!repository.externalConnections.some((c) => c.externalConnectionName === name))
    throw errors.externalConnectionNotFound(repository.name, name);
  repository.externalConnections = repository.externalConnections.filter((c) => c.externalConnectionName !== name);
  return { repository: repositoryDescription(ctx, repository) };
};

/** The endpoint package managers use: `https://<domain>-<owner>.d.codeartifact.<region>.amazonaws.com/<format>/<repository>/`. */
export const GetRepositoryEndpoint: Operation = (ctx, input) => {
  const { domain, repository } = requireRepository(ctx, input);
  const format = readFormat(input);
  const endpointType = readEnum(input, 'endpointType', ['ipv4', 'dualstack'] as const) ?? 'ipv4';
  const host = endpointType === 'dualstack' ? 'on.aws' : 'amazonaws.com';
  return {
    repositoryEndpoint: `https://${domain.name}-${domain.owner}.d.codeartifact.${ctx.world.account.region}.${host}/${format}/${repository.name}/`,
  };
};
