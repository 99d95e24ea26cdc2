import { publishPackageVersion, resolvePackageVersion } from '../../../codeartifact/public';
import type { ToolCall } from '../shell';
import {
  buildRequestContext,
  chooseVersion,
  codeArtifactRegistry,
  fetchAsBuild,
  originNote,
  splitUrl,
  tokenAccepted,
  type CodeArtifactRegistry,
} from './codeartifact-registry';
import { duration, eprintln, fnv, option, println } from './util';

/**
 * npm against a CodeArtifact repository endpoint: which registry and token npm's configuration gives each
 * package, `npm install` resolving each dependency through the repository, and `npm publish` creating the
 * version. npm's configuration is read as npm reads it: `--registry`, `npm_config_*` variables, the project's
 * .npmrc, then the user's ~/.npmrc, with `${VAR}` replaced from the environment.
 */

export interface NpmManifest {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  publishConfig?: { registry?: string };
}

/** npm's effective configuration, and the first `${VAR}` it could not replace (npm refuses to run with one). */
interface NpmConfig {
  values: Map<string, string>;
  unresolved?: string;
}

function parseIni(call: ToolCall, text: string, config: NpmConfig): void {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const key = line.slice(0, eq).trim();
    const value = line
      .slice(eq + 1)
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2')
      .replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
        const v = call.shell.get(name);
        if (v === undefined) config.unresolved ??= whole;
        return v ?? whole;
      });
    if (!config.values.has(key)) config.values.set(key, value);
  }
}

/** npm's effective configuration, highest precedence first. */
function npmConfig(call: ToolCall, args: readonly string[]): NpmConfig {
  const { shell } = call;
  const config: NpmConfig = { values: new Map() };
  const registry = option(args, '--registry') ?? shell.get('npm_config_registry') ?? shell.get('NPM_CONFIG_REGISTRY');
  if (registry !== undefined) config.values.set('registry', registry);
  const userConfig = shell.get('NPM_CONFIG_USERCONFIG') ?? `${shell.get('HOME') ?? '/root'}/.npmrc`;
  for (const path of [shell.resolve('.npmrc'), userConfig]) {
    const text = shell.fs.read(path);
    if (text !== undefined) parseIni(call, text, config);
  }
  return config;
}

/** npm's refusal of an `.npmrc` naming an unset variable; only reported where CodeArtifact is involved, so builds without it run as before. */
function unresolvedError(call: ToolCall, config: NpmConfig): number | undefined {
  if (config.unresolved === undefined) return undefined;
  eprintln(call.io, `npm error Failed to replace env in config: ${config.unresolved}`);
  return 1;
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** The token npm sends to a registry: the `//host/path/:_authToken` of the registry's URL or a parent path. */
function tokenFor(config: Map<string, string>, registry: string): string | undefined {
  const url = splitUrl(withSlash(registry));
  let path = url.pathname;
  for (;;) {
    const token = config.get(`//${url.host}${path}:_authToken`);
    if (token !== undefined) return token;
    if (path === '/') return undefined;
    path = path.replace(/[^/]+\/$/, '');
  }
}

/** The registry a package name is fetched from: its scope's registry, else the default one. */
function registryFor(config: Map<string, string>, name: string, override?: string): string {
  const scope = name.startsWith('@') ? name.split('/')[0] : undefined;
  return (
    override ?? (scope && config.get(`${scope}:registry`)) ?? config.get('registry') ?? 'https://registry.npmjs.org/'
  );
}

function codeArtifactFor(config: Map<string, string>, registry: string): CodeArtifactRegistry | undefined {
  return codeArtifactRegistry(withSlash(registry), tokenFor(config, registry));
}

const splitName = (name: string) =>
  name.startsWith('@')
    ? { namespace: name.slice(1, name.indexOf('/')), package: name.slice(name.indexOf('/') + 1) }
    : { package: name };

// --- npm's version ranges (node-semver), for released versions ---

type Comparator = [op: '>=' | '>' | '<' | '<=' | '=', version: string];

const WILD = /^[xX*]$/;

/** `1`, `1.2`, `1.2.3`, `1.x`: the numbers given, up to the first wildcard. */
function partial(text: string): number[] | undefined {
  const core = text.replace(/^v/, '').split(/[-+]/)[0] ?? '';
  const parts: number[] = [];
  for (const p of core.split('.')) {
    if (p === '' || WILD.test(p)) break;
    if (!/^\d+$/.test(p)) return undefined;
    parts.push(Number(p));
  }
  return parts.slice(0, 3);
}

const v3 = (p: number[]) => [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0].join('.');

function comparators(term: string): Comparator[] | undefined {
  const m = /^(\^|~>?|>=|<=|>|<|=)?\s*(.*)$/.exec(term);
  const op = m?.[1] ?? '';
  const text = m?.[2] ?? '';
  if (text === '' || WILD.test(text)) return [];
  const p = partial(text);
  if (p === undefined) return undefined;
  const exact = p.length === 3 && /^v?\d+\.\d+\.\d+-/.test(text) ? text.replace(/^v/, '') : v3(p);
  const next = (i: number) => v3([...p.slice(0, i), (p[i] ?? 0) + 1]);
  if (op === '^') {
    const first = p.findIndex((n) => n !== 0);
    const bump = p.length === 0 ? -1 : first === -1 ? p.length - 1 : Math.min(first, p.length - 1);
    return bump < 0
      ? []
      : [
          ['>=', exact],
          ['<', next(bump)],
        ];
  }
  if (op.startsWith('~'))
    return p.length === 0
      ? []
      : [
          ['>=', exact],
          ['<', next(Math.min(1, p.length - 1))],
        ];
  if (op === '>=' || op === '<') return [[op, exact]];
  if (op === '>')
    return p.length === 3 ? [['>', exact]] : p.length === 0 ? [['<', '0.0.0']] : [['>=', next(p.length - 1)]];
  if (op === '<=') return p.length === 3 ? [['<=', exact]] : p.length === 0 ? [] : [['<', next(p.length - 1)]];
  if (p.length === 3) return [['=', exact]];
  return p.length === 0
    ? []
    : [
        ['>=', v3(p)],
        ['<', next(p.length - 1)],
      ];
}

/**
 * Whether npm would accept `version` for `range` (`^1.2.3`, `~1.2`, `>=1 <3`, `1.x || 2`, `1.0.0 - 2.0.0`,
 * `*`, `latest`); undefined for specs that are not version ranges (tarball URLs, git, file:).
 */
export function npmRangeAccepts(range: string, compare: (a: string, b: string) => number) {
  const trimmed = range.trim();
  if (/^(https?:|git|file:|link:|github:|[\w-]+\/[\w.-]+$)/.test(trimmed)) return undefined;
  if (trimmed === '' || /^[A-Za-z][\w.-]*$/.test(trimmed)) return (v: string) => !v.includes('-') || trimmed === v;
  const sets: Comparator[][] = [];
  for (const set of trimmed.split('||')) {
    const hyphen = /^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(set);
    const terms = hyphen
      ? [`>=${hyphen[1]}`, `<=${hyphen[2]}`]
      : set
          .trim()
          .replace(/([<>=~^]+)\s+/g, '$1')
          .split(/\s+/);
    const cs: Comparator[] = [];
    for (const t of terms) {
      if (t === '') continue;
      const c = comparators(t);
      if (!c) return undefined;
      cs.push(...c);
    }
    sets.push(cs);
  }
  return (v: string) =>
    sets.some((cs) => {
      if (v.includes('-') && !cs.some(([op, w]) => op === '=' && w === v)) return false;
      return cs.every(([op, w]) => {
        const c = compare(v, w);
        return op === '=' ? c === 0 : op === '>=' ? c >= 0 : op === '>' ? c > 0 : op === '<' ? c < 0 : c <= 0;
      });
    });
}

// --- npm's error output ---

function e401(call: ToolCall): number {
  eprintln(call.io, 'npm error code E401');
  eprintln(call.io, 'npm error Unable to authenticate, your authentication token seems to be invalid.');
  eprintln(call.io, 'npm error To correct this please try logging in again with:');
  eprintln(call.io, 'npm error     npm login');
  return 1;
}

function httpError(call: ToolCall, method: 'GET' | 'PUT', url: string, error: { status: number; message: string }) {
  const { io } = call;
  const text = error.status === 404 ? 'Not Found' : error.status === 403 ? 'Forbidden' : 'Conflict';
  eprintln(io, `npm error code E${error.status}`);
  eprintln(io, `npm error ${error.status} ${text} - ${method} ${url} - ${error.message}`);
  if (error.status === 403) {
    eprintln(io, 'npm error 403 In most cases, you or one of your dependencies are requesting');
    eprintln(io, 'npm error 403 a package version that is forbidden by your security policy, or');
    eprintln(io, 'npm error 403 on a server you do not have access to.');
  }
  return 1;
}

function notInRegistry(call: ToolCall, url: string, spec: string, message: string): number {
  httpError(call, 'GET', url, { status: 404, message });
  eprintln(call.io, 'npm error 404');
  eprintln(call.io, `npm error 404  '${spec}' is not in this registry.`);
  eprintln(call.io, 'npm error 404');
  eprintln(call.io, 'npm error 404 Note that you can also install from a');
  eprintln(call.io, 'npm error 404 tarball, folder, http url, or git url.');
  return 1;
}

/** The direct dependencies to install: package.json's, and the named specs (`lodash@4.17.20`, `@types/node`). */
function wanted(pkg: NpmManifest, named: readonly string[]): [string, string][] {
  const specs: Record<string, string> = { ...pkg.devDependencies, ...pkg.dependencies };
  for (const spec of named) {
    const at = spec.indexOf('@', 1);
    if (at < 0) specs[spec] = 'latest';
    else specs[spec.slice(0, at)] = spec.slice(at + 1);
  }
  return Object.entries(specs).sort(([a], [b]) => a.localeCompare(b));
}

/** The version package-lock.json pins for a package, when the lockfile has it. */
function lockedVersion(call: ToolCall, name: string): string | undefined {
  const text = call.shell.fs.read(call.shell.resolve('package-lock.json'));
  if (text === undefined) return undefined;
  try {
    const lock = JSON.parse(text) as { packages?: Record<string, { version?: string }> };
    return lock.packages?.[`node_modules/${name}`]?.version;
  } catch {
    return undefined;
  }
}

const tarballUrl = (registry: string, name: string, version: string) =>
  `${withSlash(registry)}${name}/-/${name.split('/').pop() ?? name}-${version}.tgz`;

/**
 * `npm install` / `npm ci` when npm's configuration sends packages to a CodeArtifact repository: each direct
 * dependency is resolved through the repository as the build's role, with a note of where it came from. Returns
 * undefined when no package goes to CodeArtifact (npm behaves as it always did), the exit status when npm fails,
 * else the version installed for each dependency.
 */
export function installThroughCodeArtifact(
  call: ToolCall,
  pkg: NpmManifest,
  args: readonly string[],
  named: readonly string[],
): Record<string, string> | number | undefined {
  const { shell, io } = call;
  const npmrc = npmConfig(call, args);
  const config = npmrc.values;
  const deps = wanted(pkg, named);
  if (!deps.some(([name]) => codeArtifactFor(config, registryFor(config, name)))) return undefined;
  const ctx = buildRequestContext(call);
  if (!ctx) return undefined;
  const refused = unresolvedError(call, npmrc);
  if (refused !== undefined) return refused;
  const world = shell.host.world;
  const installed: Record<string, string> = {};
  const lock: Record<string, { version: string; resolved: string }> = {};
  for (const [name, range] of deps) {
    const registry = registryFor(config, name);
    const repo = codeArtifactFor(config, registry);
    const accepts = npmRangeAccepts(range, compareSemver);
    if (!repo || !accepts) {
      installed[name] = range.replace(/^[\^~>=<\s]+/, '') || '1.0.0';
      continue;
    }
    // A version package-lock.json pins is kept while it still satisfies the range, as npm does.
    const locked = lockedVersion(call, name);
    const pinned = locked !== undefined && accepts(locked) ? locked : undefined;
    shell.elapse(duration(call, 120, 450));
    const packumentUrl = `${withSlash(registry)}${name.replace('/', '%2f')}`;
    if (!tokenAccepted(call, repo)) return e401(call);
    const request = {
      domain: repo.domain,
      domainOwner: repo.domainOwner,
      repository: repo.repository,
      format: 'npm' as const,
      ...splitName(name),
    };
    const { version } = chooseVersion(world, request, pinned ? (v) => v === pinned : accepts);
    if (version === undefined) {
      const newest = resolvePackageVersion(world, request);
      const why = newest.found
        ? `No version of ${name} that ${repo.repository} can serve matches ${range} (the newest is ${newest.found.version}).`
        : (newest.error?.message ?? `${name} was not found.`);
      return notInRegistry(call, packumentUrl, `${name}@${range}`, why);
    }
    const resolution = fetchAsBuild(ctx, { ...request, version });
    if (resolution.error) {
      if (resolution.error.status === 403) return httpError(call, 'GET', packumentUrl, resolution.error);
      return notInRegistry(call, packumentUrl, `${name}@${range}`, resolution.error.message);
    }
    println(io, originNote(`${name}@${version}`, repo.repository, resolution));
    installed[name] = version;
    lock[`node_modules/${name}`] = { version, resolved: tarballUrl(registry, name, version) };
  }
  const root = { name: pkg.name ?? 'app', version: pkg.version ?? '1.0.0' };
  const lockfile = {
    ...root,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { ...root, dependencies: pkg.dependencies ?? {}, devDependencies: pkg.devDependencies ?? {} },
      ...lock,
    },
  };
  shell.fs.write(shell.resolve('package-lock.json'), `${JSON.stringify(lockfile, null, 2)}\n`);
  return installed;
}

/** node-semver order for released and pre-release versions. */
function compareSemver(a: string, b: string): number {
  const [coreA = '', preA] = a.split(/-(.*)/s, 2);
  const [coreB = '', preB] = b.split(/-(.*)/s, 2);
  const x = coreA.split('.').map(Number);
  const y = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

/** The files `npm pack` would put in the tarball (not node_modules, not .git), with their sizes. */
function packedFiles(call: ToolCall): [string, number][] {
  const { shell } = call;
  return shell.fs
    .filesUnder(shell.state.cwd)
    .filter((f) => !/^(node_modules|\.git)\//.test(f) && f !== '.npmrc')
    .sort()
    .map((f) => [f, (shell.fs.read(shell.resolve(f)) ?? '').length]);
}

const kB = (n: number) => (n < 1000 ? `${n}B` : `${(n / 1000).toFixed(1)}kB`);

/**
 * `npm publish` to a CodeArtifact repository: the tarball notice npm prints, then the version is created (or the
 * 409 CodeArtifact answers for a version that exists there or upstream). Undefined when the package does not go to
 * CodeArtifact.
 */
export function publishThroughCodeArtifact(
  call: ToolCall,
  pkg: NpmManifest,
  args: readonly string[],
): number | undefined {
  const { shell, io } = call;
  const npmrc = npmConfig(call, args);
  const config = npmrc.values;
  const name = pkg.name ?? '';
  const registry = registryFor(config, name, pkg.publishConfig?.registry);
  const repo = codeArtifactFor(config, registry);
  const ctx = buildRequestContext(call);
  if (!repo || !ctx) return undefined;
  const refused = unresolvedError(call, npmrc);
  if (refused !== undefined) return refused;
  const version = pkg.version ?? '';
  if (name === '' || version === '') {
    eprintln(io, 'npm error code EINVALIDPACKAGENAME');
    eprintln(io, `npm error Invalid package, must have a name and a version: "${name}@${version}"`);
    return 1;
  }
  const files = packedFiles(call);
  const unpacked = files.reduce((n, [, size]) => n + size, 0);
  const packed = Math.max(200, Math.round(unpacked * 0.38));
  const filename = `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
  const shasum = `${fnv(`${name}@${version}`)}${fnv(String(unpacked))}${fnv(filename)}${fnv(registry)}${fnv(version)}`;
  eprintln(io, 'npm notice');
  eprintln(io, `npm notice 📦  ${name}@${version}`);
  eprintln(io, 'npm notice Tarball Contents');
  for (const [file, size] of files) eprintln(io, `npm notice ${kB(size)} ${file}`);
  eprintln(io, 'npm notice Tarball Details');
  eprintln(io, `npm notice name: ${name}`);
  eprintln(io, `npm notice version: ${version}`);
  eprintln(io, `npm notice filename: ${filename}`);
  eprintln(io, `npm notice package size: ${kB(packed)}`);
  eprintln(io, `npm notice unpacked size: ${kB(unpacked)}`);
  eprintln(io, `npm notice shasum: ${shasum}`);
  eprintln(io, `npm notice total files: ${files.length}`);
  eprintln(io, 'npm notice');
  eprintln(io, `npm notice Publishing to ${withSlash(registry)} with tag latest and default access`);
  shell.elapse(duration(call, 800, 2500));
  if (!tokenAccepted(call, repo)) return e401(call);
  const result = publishPackageVersion(
    ctx,
    {
      domain: repo.domain,
      domainOwner: repo.domainOwner,
      repository: repo.repository,
      format: 'npm',
      ...splitName(name),
      version,
      assets: [{ name: `${splitName(name).package}-${version}.tgz`, size: packed }],
    },
    ctx.caller,
  );
  if (!result.ok) return httpError(call, 'PUT', `${withSlash(registry)}${name.replace('/', '%2f')}`, result);
  println(io, `+ ${name}@${version}`);
  return 0;
}
