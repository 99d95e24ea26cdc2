import type { Operation, SimContext } from '../../core/simulation';
import { fetchPackageVersion, resolvePackageVersion, type PackageRequest } from '../resolution';
import { optionalText, readPackage, requireRepository } from './common';

/** The package request the explorer describes; the domain and repository must exist (the API's own errors). */
function readRequest(ctx: SimContext, input: Record<string, unknown>): PackageRequest {
  const { domain, repository } = requireRepository(ctx, input);
  const p = readPackage(input);
  const version = optionalText(input, 'version');
  return {
    domain: domain.name,
    domainOwner: domain.owner,
    repository: repository.name,
    format: p.format,
    ...(p.namespace === undefined ? {} : { namespace: p.namespace }),
    package: p.name,
    ...(version === undefined || version === '' ? {} : { version }),
  };
}

/** Simulator only: where a package manager's request would be served from, step by step; changes nothing. */
export const ExplainPackageVersionResolution: Operation = (ctx, input) =>
  resolvePackageVersion(ctx.world, readRequest(ctx, input));

/** Simulator only: makes the request as the caller's package manager would (retention, events, 404/403). */
export const FetchPackageVersion: Operation = (ctx, input) => fetchPackageVersion(ctx, readRequest(ctx, input));
