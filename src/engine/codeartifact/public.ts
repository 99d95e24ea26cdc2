import type { SimMillis } from '../core/time';
import type { World } from '../world';
import { findDomain, findRepository } from './packages';

/**
 * What other services (a build's `aws codeartifact login`, `npm install`, `twine upload`) and the console use of
 * CodeArtifact: package requests as a package manager makes them, repository endpoints and authorization tokens.
 */
import type { PackageFormat } from './state';

export type { PackageFormat };
export {
  fetchPackageVersion,
  publishPackageVersion,
  resolvePackageVersion,
  type PackageRequest,
  type PublishResult,
  type Resolution,
  type ResolutionStep,
} from './resolution';
export { PUBLIC_REGISTRIES, type PublicRegistry } from './public-registries';

/** `https://<domain>-<owner>.d.codeartifact.<region>.amazonaws.com/<format>/<repository>/`, as GetRepositoryEndpoint answers. */
export function repositoryEndpoint(
  world: World,
  domain: string,
  repository: string,
  format: PackageFormat,
): string | undefined {
  const d = findDomain(world, domain);
  if (!d || !findRepository(world, domain, repository)) return undefined;
  return `https://${d.name}-${d.owner}.d.codeartifact.${world.account.region}.amazonaws.com/${format}/${repository}/`;
}

const ENDPOINT =
  /^https:\/\/([a-z][a-z0-9-]{0,48}[a-z0-9])-(\d{12})\.d\.codeartifact\.([a-z0-9-]+)\.amazonaws\.com\/([a-z]+)\/([A-Za-z0-9][A-Za-z0-9._-]{1,99})\/?/;

/** The parts of a repository endpoint URL (a registry setting, a pip index URL), or undefined for any other URL. */
export function parseRepositoryEndpoint(
  url: string,
): { domain: string; domainOwner: string; region: string; format: string; repository: string } | undefined {
  const m = ENDPOINT.exec(url.trim());
  if (!m) return undefined;
  const [, domain = '', domainOwner = '', region = '', format = '', repository = ''] = m;
  return { domain, domainOwner, region, format, repository };
}

/** Whether a token GetAuthorizationToken issued is still good at `now` (tokens last 12 h unless asked otherwise). */
export function authorizationTokenValid(world: World, token: string, now: SimMillis): boolean {
  const issued = Object.hasOwn(world.account.codeartifact.authorizationTokens, token)
    ? world.account.codeartifact.authorizationTokens[token]
    : undefined;
  return issued !== undefined && now < issued.expiration;
}
