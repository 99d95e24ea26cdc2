import {
  authorizationTokenValid,
  fetchPackageVersion,
  parseRepositoryEndpoint,
  PUBLIC_REGISTRIES,
  resolvePackageVersion,
  type PackageFormat,
  type PackageRequest,
  type Resolution,
} from '../../../codeartifact/public';
import type { SimContext } from '../../../core/simulation';
import { rolePrincipal } from '../../../iam/principals';
import type { Principal } from '../../../iam/state';
import type { World } from '../../../world';
import type { ShellHost, ToolCall } from '../shell';

/**
 * What npm, pip and twine share when they talk to a CodeArtifact repository endpoint from a build: the build's
 * identity, the token check, choosing a version from what the repository can reach, and the log line that says
 * where a package came from.
 */

/** A registry URL that is a CodeArtifact repository endpoint, and the token the tool would send to it. */
export interface CodeArtifactRegistry {
  url: string;
  domain: string;
  domainOwner: string;
  repository: string;
  token?: string;
}

export function codeArtifactRegistry(url: string, token: string | undefined): CodeArtifactRegistry | undefined {
  const endpoint = parseRepositoryEndpoint(url);
  if (!endpoint) return undefined;
  return {
    url,
    domain: endpoint.domain,
    domainOwner: endpoint.domainOwner,
    repository: endpoint.repository,
    ...(token !== undefined && token !== '' && { token }),
  };
}

/** The build's service role as IAM sees it: what CodeArtifact checks the build's requests against. */
function buildPrincipal(host: ShellHost): Principal {
  const roleName = host.build.serviceRole.split('/').pop() ?? host.build.serviceRole;
  return rolePrincipal(host.world, roleName);
}

/**
 * The context a build's request to CodeArtifact runs in: the build's simulation, as the build's role, at the
 * shell's clock (a phase's commands run ahead of the world's clock, so tokens expire 12 h after the command that
 * asked for them). Undefined where no simulation runs (shell unit tests).
 */
export function buildRequestContext(call: ToolCall): SimContext | undefined {
  const ctx = call.shell.host.ctx;
  if (!ctx) return undefined;
  const caller = buildPrincipal(call.shell.host);
  return {
    world: ctx.world,
    get now() {
      return call.shell.now();
    },
    caller,
    emit: (event) => ctx.emit(event),
    schedule: (delay, kind, payload) => ctx.schedule(delay, kind, payload),
    uuid: () => ctx.uuid(),
    arn: (service, resource) => ctx.arn(service, resource),
  };
}

/** Whether the registry would accept the token now (the shell's clock, not the phase's start). */
export const tokenAccepted = (call: ToolCall, registry: CodeArtifactRegistry) =>
  registry.token !== undefined && authorizationTokenValid(call.shell.host.world, registry.token, call.shell.now());

const normalised = (format: PackageFormat, name: string) =>
  format === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;

/**
 * Every version of a package anywhere in the domain or in the public registries: the candidates a version range
 * is matched against. Which of them the repository can really serve is then asked of CodeArtifact.
 */
function candidateVersions(world: World, request: Omit<PackageRequest, 'version'>): string[] {
  const name = normalised(request.format, request.package);
  const namespace = request.namespace ?? '';
  const versions = new Set<string>();
  for (const p of Object.values(world.account.codeartifact.packages)) {
    if (p.domainName !== request.domain || p.format !== request.format) continue;
    if ((p.namespace ?? '') !== namespace || normalised(p.format, p.name) !== name) continue;
    for (const v of Object.values(p.versions)) if (v.status === 'Published') versions.add(v.version);
  }
  for (const registry of PUBLIC_REGISTRIES) {
    if (registry.format !== request.format) continue;
    const pkg = registry.packages.find(
      (p) => (p.namespace ?? '') === namespace && normalised(request.format, p.name) === name,
    );
    for (const v of pkg?.versions ?? []) versions.add(v.version);
  }
  return [...versions];
}

/** Numeric dot-separated parts compared as numbers; a pre-release sorts before its release. */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = a.split(/-(.*)/s, 2);
  const [coreB = '', preB] = b.split(/-(.*)/s, 2);
  const x = coreA.split('.');
  const y = coreB.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? '0';
    const q = y[i] ?? '0';
    const c = /^\d+$/.test(p) && /^\d+$/.test(q) ? Number(p) - Number(q) : p.localeCompare(q);
    if (c !== 0) return c;
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA.localeCompare(preB);
}

/**
 * The newest version the repository can serve that the package manager's range accepts, and the versions the
 * repository offers (pip lists them when nothing matches). Changes nothing.
 */
export function chooseVersion(
  world: World,
  request: Omit<PackageRequest, 'version'>,
  accepts: (version: string) => boolean,
): { version?: string; available: string[] } {
  const available = candidateVersions(world, request)
    .filter((v) => resolvePackageVersion(world, { ...request, version: v }).found !== undefined)
    .sort(compareVersions);
  return { version: available.filter(accepts).at(-1), available };
}

/** Fetches one version through the repository as the build's role: the search, and retention where the rules say. */
export const fetchAsBuild = (ctx: SimContext, request: PackageRequest): Resolution =>
  fetchPackageVersion(ctx, request, ctx.caller);

const andList = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;

/**
 * The simulator's note on where a fetched package came from: retained in the repository asked, fetched from an
 * upstream repository, or fetched from the public registry through the repository that owns the external
 * connection, and where it is kept now.
 */
export function originNote(label: string, requested: string, resolution: Resolution): string {
  const found = resolution.found;
  if (!found) return `codeartifact: ${label} not found from ${requested}`;
  const kept = resolution.retainedIn.length > 0 ? ` (now retained in ${andList(resolution.retainedIn)})` : '';
  if (found.via === 'local') return `codeartifact: ${label} retained in ${requested}`;
  if (found.via === 'upstream') return `codeartifact: ${label} fetched from upstream ${found.repository}${kept}`;
  return `codeartifact: ${label} fetched from ${found.externalConnection ?? 'the external connection'} through ${found.repository}${kept}`;
}

/** Scheme, host and path of an http(s) URL (the engine has no URL class); the path keeps its trailing slash. */
export function splitUrl(url: string): { protocol: string; host: string; pathname: string } {
  const m = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)([^?#]*)/i.exec(url.trim());
  return { protocol: m?.[1] ?? 'https:', host: m?.[2] ?? '', pathname: m?.[3] || '/' };
}
