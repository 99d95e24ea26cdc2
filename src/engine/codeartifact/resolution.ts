import { AwsError } from '../core/aws-error';
import { getOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import { authorize } from '../iam/policy';
import type { Principal } from '../iam/state';
import type { World } from '../world';
import {
  addVersion,
  assetOf,
  compareVersions,
  coordinates,
  ensurePackage,
  findDomain,
  findPackage,
  findRepository,
  type PackageCoordinates,
} from './packages';
import { authorizeByPolicy } from './policies';
import { findPublicPackage, type PublicPackage } from './public-registries';
import type { PackageFormat, PackageVersionRecord, Repository } from './state';

/** A request for one package version, as a package manager makes it of a repository endpoint. */
export interface PackageRequest {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: PackageFormat;
  namespace?: string;
  package: string;
  /** Undefined: the newest Published version the repository can reach. */
  version?: string;
}

export interface ResolutionStep {
  repository: string;
  outcome: 'found' | 'not-found' | 'blocked-by-origin-controls' | 'fetched-from-external-connection' | 'not-searched';
  /** Set on the step that asks a repository's external connection. */
  externalConnection?: string;
  /** 0 for the requested repository, 1 for its direct upstreams, ... */
  depth: number;
}

export interface Resolution {
  /** The search path in the documented order (aws-facts §5.2). */
  steps: ResolutionStep[];
  found?: {
    repository: string;
    version: string;
    via: 'local' | 'upstream' | 'external-connection';
    externalConnection?: string;
  };
  /** Repositories that keep (or, for a dry run, would keep) the version after this request. */
  retainedIn: string[];
  /** What the package manager gets instead of the version (HTTP status, error type, message). */
  error?: { status: number; type: string; message: string };
}

/** A single request searches at most 25 repositories (aws-facts §5.2). */
export const SEARCH_LIMIT = 25;

interface PlannedStep {
  repository: Repository;
  depth: number;
  externalConnection?: string;
  /** An origin control on the way (upstream=BLOCK for this package) keeps this step from being asked. */
  blocked: boolean;
}

/**
 * The order a request searches: depth first in priority order (the repository, then upstream 1 and its whole
 * subtree, then upstream 2, ...), each repository once, at most 25 repositories. A repository's external
 * connection is asked after its upstreams. A repository whose copy of the package has upstream=BLOCK does not
 * look further up for it.
 */
export function searchPlan(world: World, domain: string, start: Repository, p?: PackageCoordinates): PlannedStep[] {
  const steps: PlannedStep[] = [];
  const visited = new Set<string>();
  const visit = (repository: Repository, depth: number, blocked: boolean) => {
    if (visited.has(repository.name) || visited.size >= SEARCH_LIMIT) return;
    visited.add(repository.name);
    steps.push({ repository, depth, blocked });
    const local = p && findPackage(world, domain, repository.name, p);
    const blocksUpstream = blocked || local?.originConfiguration.restrictions.upstream === 'BLOCK';
    for (const name of repository.upstreams) {
      const upstream = findRepository(world, domain, name);
      if (upstream) visit(upstream, depth + 1, blocksUpstream);
    }
    for (const c of repository.externalConnections) {
      steps.push({ repository, depth, externalConnection: c.externalConnectionName, blocked: blocksUpstream });
    }
  };
  visit(start, 0, false);
  return steps;
}

const DOWNLOADABLE = new Set<PackageVersionRecord['status']>(['Published', 'Unlisted']);

export const displayName = (p: PackageCoordinates) =>
  p.format === 'npm' && p.namespace ? `@${p.namespace}/${p.name}` : p.namespace ? `${p.namespace}:${p.name}` : p.name;

const notFound = (message: string) => ({ status: 404, type: 'ResourceNotFoundException', message });

type Source =
  | { kind: 'repository'; step: PlannedStep; record: PackageVersionRecord }
  | { kind: 'external'; step: PlannedStep; publicPackage: PublicPackage };

interface Outcome {
  resolution: Resolution;
  coordinates?: PackageCoordinates;
  source?: Source;
}

/** The newest Published version any unblocked source on the search path offers. */
function newestReachable(world: World, domain: string, plan: PlannedStep[], p: PackageCoordinates) {
  const versions: string[] = [];
  for (const step of plan) {
    if (step.blocked) continue;
    if (step.externalConnection) {
      const pub = findPublicPackage(step.externalConnection, p.format, p.namespace, p.name);
      versions.push(...(pub?.versions.map((v) => v.version) ?? []));
    } else {
      const local = findPackage(world, domain, step.repository.name, p);
      versions.push(
        ...Object.values(local?.versions ?? {}).flatMap((v) => (v.status === 'Published' ? [v.version] : [])),
      );
    }
  }
  return versions.sort(compareVersions).at(-1);
}

function resolve(world: World, request: PackageRequest): Outcome {
  const failed = (error: Resolution['error']): Outcome => ({ resolution: { steps: [], retainedIn: [], error } });
  const domain = findDomain(world, request.domain);
  if (!domain || (request.domainOwner !== undefined && request.domainOwner !== domain.owner))
    return failed(
      notFound(`Domain ${request.domain} does not exist in account ${request.domainOwner ?? world.account.accountId}.`),
    );
  const start = findRepository(world, request.domain, request.repository);
  if (!start) return failed(notFound(`Repository ${request.repository} does not exist in domain ${request.domain}.`));
  const p = coordinates(request.format, request.namespace, request.package);
  const plan = searchPlan(world, request.domain, start, p);
  const version = request.version ?? newestReachable(world, request.domain, plan, p);
  const steps: ResolutionStep[] = [];
  let source: Source | undefined;
  let error: Resolution['error'];
  for (const step of plan) {
    const base = {
      repository: step.repository.name,
      depth: step.depth,
      ...(step.externalConnection ? { externalConnection: step.externalConnection } : {}),
    };
    if (source || error) {
      steps.push({ ...base, outcome: 'not-searched' });
      continue;
    }
    if (step.blocked) {
      steps.push({ ...base, outcome: 'blocked-by-origin-controls' });
      continue;
    }
    if (version === undefined) {
      steps.push({ ...base, outcome: 'not-found' });
      continue;
    }
    if (step.externalConnection) {
      const pub = findPublicPackage(step.externalConnection, p.format, p.namespace, p.name);
      const hit = pub?.versions.some((v) => v.version === version);
      steps.push({ ...base, outcome: hit ? 'fetched-from-external-connection' : 'not-found' });
      if (hit && pub) source = { kind: 'external', step, publicPackage: pub };
      continue;
    }
    const local = findPackage(world, request.domain, step.repository.name, p);
    const record = local && getOwn(local.versions, version);
    if (record) {
      if (DOWNLOADABLE.has(record.status)) {
        steps.push({ ...base, outcome: 'found' });
        source = { kind: 'repository', step, record };
      } else {
        steps.push({ ...base, outcome: 'not-found' });
        error = notFound(
          `${displayName(p)} ${version} is ${record.status} in repository ${step.repository.name}: ${record.status} versions cannot be downloaded, and the search stops there.`,
        );
      }
      continue;
    }
    steps.push({ ...base, outcome: 'not-found' });
  }
  if (!source) {
    const what = version === undefined ? displayName(p) : `${displayName(p)} ${version}`;
    return {
      resolution: {
        steps,
        retainedIn: [],
        error:
          error ??
          notFound(
            `${what} was not found in repository ${request.repository}, its upstream repositories or their external connections (${p.format}).`,
          ),
      },
    };
  }
  const found: NonNullable<Resolution['found']> =
    source.kind === 'external'
      ? {
          repository: source.step.repository.name,
          version: version as string,
          via: 'external-connection',
          externalConnection: source.step.externalConnection as string,
        }
      : {
          repository: source.step.repository.name,
          version: version as string,
          via: source.step.depth === 0 ? 'local' : 'upstream',
        };
  // Retention (aws-facts §5.2): the requested repository keeps what came from elsewhere; the repository that
  // owns an external connection always keeps what it ingested; intermediate repositories keep nothing.
  const retainedIn =
    found.via === 'local'
      ? []
      : found.via === 'upstream' || found.repository === request.repository
        ? [request.repository]
        : [request.repository, found.repository];
  return { resolution: { steps, found, retainedIn }, coordinates: p, source };
}

/** Where a request for one package version would be served from, and what would keep it; changes nothing. */
export const resolvePackageVersion = (world: World, request: PackageRequest): Resolution =>
  resolve(world, request).resolution;

/** Refuses a principal the repository's policy (or an explicit identity deny) does not let do `action`. */
export function checkRepositoryAccess(
  world: World,
  repository: Repository,
  principal: Principal,
  action: string,
): void {
  authorize(principal, action, repository.arn);
  authorizeByPolicy(world, repository.policy, principal, action, repository.arn);
}

const asError = (e: AwsError) => ({ status: e.status === 400 ? 403 : e.status, type: e.type, message: e.message });

/**
 * What a package manager's request does: checks the caller may read the repository, searches in order, and
 * keeps the version where the retention rules say (emitting Package Version State Change events for each
 * repository that now holds it).
 */
export function fetchPackageVersion(ctx: SimContext, request: PackageRequest, principal?: Principal): Resolution {
  const repository = findRepository(ctx.world, request.domain, request.repository);
  if (repository) {
    try {
      checkRepositoryAccess(ctx.world, repository, principal ?? ctx.caller, 'codeartifact:ReadFromRepository');
    } catch (e) {
      if (!(e instanceof AwsError)) throw e;
      return { steps: [], retainedIn: [], error: asError(e) };
    }
  }
  const { resolution, coordinates: p, source } = resolve(ctx.world, request);
  if (!resolution.found || !p || !source) return resolution;
  const { version } = resolution.found;
  const external = source.kind === 'external' ? source : undefined;
  const assets = external
    ? (external.publicPackage.versions.find((v) => v.version === version)?.assets ?? []).map((a) =>
        assetOf(
          a.name,
          a.size,
          `${external.step.externalConnection}/${p.format}/${p.namespace ?? ''}/${p.name}@${version}/${a.name}`,
        ),
      )
    : (source as Extract<Source, { kind: 'repository' }>).record.assets;
  const origin: PackageVersionRecord['origin'] = external
    ? { domainEntryPoint: { externalConnectionName: external.step.externalConnection }, originType: 'EXTERNAL' }
    : (source as Extract<Source, { kind: 'repository' }>).record.origin;
  const status = external ? 'Published' : (source as Extract<Source, { kind: 'repository' }>).record.status;
  for (const name of resolution.retainedIn) {
    const record = ensurePackage(ctx.world, request.domain, name, p, { publish: 'BLOCK', upstream: 'ALLOW' });
    if (Object.hasOwn(record.versions, version)) continue;
    addVersion(ctx, record, {
      version,
      status,
      origin,
      assets: assets.map((a) => ({ ...a, hashes: { ...a.hashes } })),
      ...(external ? { summary: external.publicPackage.summary } : {}),
    });
  }
  return resolution;
}

export type PublishResult = { ok: true } | { ok: false; status: number; type: string; message: string };

/** Whether a version of the package exists where this repository's upstreams and external connections reach. */
function reachableUpstream(world: World, domain: string, start: Repository, p: PackageCoordinates, version: string) {
  for (const step of searchPlan(world, domain, start, p)) {
    if (step.blocked || (step.depth === 0 && !step.externalConnection)) continue;
    if (step.externalConnection) {
      const pub = findPublicPackage(step.externalConnection, p.format, p.namespace, p.name);
      if (pub?.versions.some((v) => v.version === version))
        return `the public repository behind ${step.externalConnection} (external connection of ${step.repository.name})`;
    } else {
      const local = findPackage(world, domain, step.repository.name, p);
      if (local && Object.hasOwn(local.versions, version)) return `upstream repository ${step.repository.name}`;
    }
  }
  return undefined;
}

const conflict = (message: string) => ({ status: 409, type: 'ConflictException', message });

/**
 * Why publishing this version to the repository is refused (409), or undefined when it may be published: the
 * package's origin controls block publishing, the version exists here, or it exists in a reachable upstream or
 * public repository while the package's origin controls let upstream versions in (aws-facts §5.2, §5.4).
 */
export function publishRefusal(
  world: World,
  repository: Repository,
  p: PackageCoordinates,
  version: string,
): { status: number; type: string; message: string } | undefined {
  const what = `${displayName(p)} ${version}`;
  const existing = findPackage(world, repository.domainName, repository.name, p);
  if (existing?.originConfiguration.restrictions.publish === 'BLOCK')
    return conflict(
      `Package ${displayName(p)} in repository ${repository.name} has the origin control publish=BLOCK: new versions cannot be published to it (change it with PutPackageOriginConfiguration).`,
    );
  if (existing && Object.hasOwn(existing.versions, version))
    return conflict(
      `Package version ${what} already exists in repository ${repository.name} (status ${existing.versions[version]!.status}).`,
    );
  if (existing?.originConfiguration.restrictions.upstream !== 'BLOCK') {
    const where = reachableUpstream(world, repository.domainName, repository, p, version);
    if (where)
      return conflict(
        `Package version ${what} already exists in ${where}, which repository ${repository.name} can reach: publishing it here would shadow it. To publish your own, set the package's origin control upstream=BLOCK in ${repository.name}.`,
      );
  }
  return undefined;
}

/**
 * Publishing a version (npm publish, twine upload, PublishPackageVersion): refused with 409 when the version
 * exists in the repository, or in a reachable upstream or public repository while the package's origin controls
 * let upstream versions in, or when the package's origin controls block publishing (aws-facts §5.2, §5.4).
 */
export function publishPackageVersion(
  ctx: SimContext,
  request: PackageRequest & { version: string; assets: { name: string; size: number }[] },
  principal?: Principal,
): PublishResult {
  const fail = (status: number, type: string, message: string): PublishResult => ({ ok: false, status, type, message });
  const domain = findDomain(ctx.world, request.domain);
  if (!domain) return fail(404, 'ResourceNotFoundException', `Domain ${request.domain} does not exist.`);
  const repository = findRepository(ctx.world, request.domain, request.repository);
  if (!repository)
    return fail(
      404,
      'ResourceNotFoundException',
      `Repository ${request.repository} does not exist in domain ${request.domain}.`,
    );
  try {
    checkRepositoryAccess(ctx.world, repository, principal ?? ctx.caller, 'codeartifact:PublishPackageVersion');
  } catch (e) {
    if (!(e instanceof AwsError)) throw e;
    return { ok: false, ...asError(e) };
  }
  const p = coordinates(request.format, request.namespace, request.package);
  const refusal = publishRefusal(ctx.world, repository, p, request.version);
  if (refusal) return { ok: false, ...refusal };
  const record = ensurePackage(ctx.world, request.domain, repository.name, p, { publish: 'ALLOW', upstream: 'BLOCK' });
  addVersion(ctx, record, {
    version: request.version,
    status: 'Published',
    origin: { domainEntryPoint: { repositoryName: repository.name }, originType: 'INTERNAL' },
    assets: request.assets.map((a) =>
      assetOf(
        a.name,
        a.size,
        `${domain.name}/${repository.name}/${p.format}/${p.namespace ?? ''}/${p.name}@${request.version}/${a.name}:${a.size}`,
      ),
    ),
  });
  return { ok: true };
}
