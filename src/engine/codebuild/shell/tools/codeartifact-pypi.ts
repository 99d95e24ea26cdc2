import { publishPackageVersion, resolvePackageVersion } from '../../../codeartifact/public';
import type { Tool, ToolCall } from '../shell';
import { basename } from '../workspace';
import {
  buildRequestContext,
  chooseVersion,
  compareVersions,
  codeArtifactRegistry,
  fetchAsBuild,
  originNote,
  tokenAccepted,
  type CodeArtifactRegistry,
} from './codeartifact-registry';
import { duration, eprintln, fnv, option, println } from './util';

/**
 * pip and twine against a CodeArtifact repository endpoint: `pip install` through the index pip.conf (or
 * `--index-url`, or PIP_INDEX_URL) names, and `twine upload` of dist files to the repository ~/.pypirc (or
 * `--repository-url`) names. `python -m build` writes the dist files twine uploads.
 */

/** An index URL with its credentials taken out (`https://aws:TOKEN@host/pypi/r/simple/` → host URL and TOKEN). */
function withoutCredentials(url: string): { url: string; password?: string } {
  const m = /^(https?:\/\/)(?:([^:@/]*)(?::([^@/]*))?@)?(.*)$/.exec(url.trim());
  if (!m) return { url };
  return { url: `${m[1] ?? ''}${m[4] ?? ''}`, ...(m[3] !== undefined && { password: decodeURIComponent(m[3]) }) };
}

/** The `key = value` of one section of an INI file (pip.conf, .pypirc); continuation lines join the value. */
function iniSection(text: string, section: string): Map<string, string> {
  const values = new Map<string, string>();
  let inside = false;
  let last: string | undefined;
  for (const raw of text.split('\n')) {
    if (/^\s*[#;]/.test(raw) || raw.trim() === '') continue;
    const header = /^\s*\[([^\]]+)\]/.exec(raw);
    if (header) {
      inside = header[1]?.trim() === section;
      last = undefined;
      continue;
    }
    if (!inside) continue;
    if (/^\s/.test(raw) && last !== undefined) {
      values.set(last, `${values.get(last) ?? ''}\n${raw.trim()}`);
      continue;
    }
    const m = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw.trim());
    if (m) {
      last = (m[1] ?? '').trim();
      values.set(last, (m[2] ?? '').trim());
    }
  }
  return values;
}

/** The index pip uses: `--index-url`/`-i`, then PIP_INDEX_URL, then pip.conf (user over global). */
function pipIndexUrl(call: ToolCall, args: readonly string[]): string | undefined {
  const { shell } = call;
  const flag = option(args, '--index-url', '-i');
  if (flag !== undefined) return flag;
  const env = shell.get('PIP_INDEX_URL');
  if (env !== undefined) return env;
  const home = shell.get('HOME') ?? '/root';
  const files = [
    shell.get('PIP_CONFIG_FILE'),
    `${home}/.config/pip/pip.conf`,
    `${home}/.pip/pip.conf`,
    '/etc/pip.conf',
  ];
  for (const path of files) {
    const text = path === undefined ? undefined : shell.fs.read(path);
    if (text === undefined) continue;
    const url = iniSection(text, 'install').get('index-url') ?? iniSection(text, 'global').get('index-url');
    if (url !== undefined) return url;
  }
  return undefined;
}

interface Requirement {
  /** As written, for pip's messages (`requests>=2,<3`). */
  text: string;
  name: string;
  accepts: (version: string) => boolean;
}

/** PEP 440 specifiers (`==2.32.3`, `>=2,<3`, `~=2.31`, `!=2.0.*`); pre-releases only when named exactly. */
function specifierAccepts(spec: string): (version: string) => boolean {
  const clauses = spec
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .map((c) => /^(===|==|!=|~=|>=|<=|>|<)\s*(.+)$/.exec(c))
    .filter((m): m is RegExpExecArray => m !== null);
  const prefix = (v: string, p: string) => v === p || v.startsWith(`${p}.`);
  return (version) => {
    const pre = /[a-z]/i.test(version);
    if (pre && !clauses.some((m) => (m[1] === '==' || m[1] === '===') && m[2] === version)) return false;
    return clauses.every((m) => {
      const op = m[1] as string;
      const target = m[2] as string;
      if (target.endsWith('.*')) {
        const hit = prefix(version, target.slice(0, -2));
        return op === '!=' ? !hit : hit;
      }
      const c = compareVersions(version, target);
      switch (op) {
        case '===':
          return version === target;
        case '==':
          return c === 0;
        case '!=':
          return c !== 0;
        case '>=':
          return c >= 0;
        case '<=':
          return c <= 0;
        case '>':
          return c > 0;
        case '<':
          return c < 0;
        default:
          return c >= 0 && prefix(version, target.split('.').slice(0, -1).join('.'));
      }
    });
  };
}

/** A requirement line (`name[extra] specifiers ; marker`); undefined for URLs, paths and options. */
function requirement(line: string): Requirement | undefined {
  const text = line
    .replace(/\s+#.*$/, '')
    .replace(/;.*$/, '')
    .trim();
  if (text === '' || text.startsWith('-') || text.startsWith('.') || text.startsWith('/') || text.includes('@'))
    return undefined;
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(text);
  if (!m) return undefined;
  return { text, name: m[1] as string, accepts: specifierAccepts(m[3] ?? '') };
}

/** The requirements `pip install` names: `-r` files (recursively) and arguments; local projects are left out. */
function requirementsOf(call: ToolCall, args: readonly string[]): Requirement[] | string {
  const { shell } = call;
  const out: Requirement[] = [];
  const readFile = (file: string, depth: number): string | undefined => {
    const text = shell.fs.read(shell.resolve(file));
    if (text === undefined)
      return `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'`;
    for (const line of text.split('\n')) {
      const nested = /^\s*(?:-r|--requirement)\s*=?\s*(\S+)/.exec(line);
      if (nested && depth < 5) {
        const error = readFile(nested[1] as string, depth + 1);
        if (error) return error;
        continue;
      }
      const r = requirement(line.replace(/^\s*#.*$/, ''));
      if (r) out.push(r);
    }
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-r' || a === '--requirement' || (a.startsWith('-r') && a.length > 2)) {
      const error = readFile(a.length > 2 && a !== '--requirement' ? a.slice(2) : (args[++i] ?? ''), 0);
      if (error) return error;
    } else if (['-i', '--index-url', '-t', '--target', '-c', '--constraint', '-e', '--editable'].includes(a)) i++;
    else if (!a.startsWith('-')) {
      const r = requirement(a);
      if (r) out.push(r);
    }
  }
  return out;
}

const noMatch = (call: ToolCall, r: Requirement, versions: readonly string[]) => {
  eprintln(
    call.io,
    `ERROR: Could not find a version that satisfies the requirement ${r.text} (from versions: ${versions.length > 0 ? versions.join(', ') : 'none'})`,
  );
  eprintln(call.io, `ERROR: No matching distribution found for ${r.text}`);
  return 1;
};

const wheelName = (name: string, version: string) => `${name.replace(/-/g, '_')}-${version}-py3-none-any.whl`;

/**
 * `pip install` when pip's index is a CodeArtifact repository endpoint: each requirement is resolved through the
 * repository as the build's role, with a note of where it came from. Undefined when the index is not CodeArtifact
 * (pip behaves as it always did), else pip's exit status.
 */
export function pipInstallThroughCodeArtifact(call: ToolCall, args: readonly string[]): number | undefined {
  const { shell, io } = call;
  const index = pipIndexUrl(call, args);
  const ctx = buildRequestContext(call);
  if (index === undefined || !ctx) return undefined;
  const { url, password } = withoutCredentials(index);
  const repo = codeArtifactRegistry(url, password);
  if (!repo) return undefined;
  const requirements = requirementsOf(call, args);
  if (typeof requirements === 'string') {
    eprintln(io, requirements);
    return 1;
  }
  println(io, `Looking in indexes: ${index.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:****@')}`);
  const simple = `${url.replace(/\/?$/, '/')}`;
  const installed: string[] = [];
  for (const r of requirements) {
    println(io, `Collecting ${r.text}`);
    shell.elapse(duration(call, 300, 900));
    const request = {
      domain: repo.domain,
      domainOwner: repo.domainOwner,
      repository: repo.repository,
      format: 'pypi' as const,
      package: r.name,
    };
    if (!tokenAccepted(call, repo)) {
      println(io, `WARNING: 401 Error, Credentials not correct for ${simple}${r.name.toLowerCase()}/`);
      return noMatch(call, r, []);
    }
    const { version, available } = chooseVersion(shell.host.world, request, r.accepts);
    if (version === undefined) {
      const newest = resolvePackageVersion(shell.host.world, request);
      if (!newest.found && newest.error) println(io, `codeartifact: ${newest.error.message}`);
      return noMatch(call, r, available);
    }
    const resolution = fetchAsBuild(ctx, { ...request, version });
    if (resolution.error) {
      eprintln(io, `ERROR: HTTP error ${resolution.error.status} while getting ${simple}${r.name.toLowerCase()}/`);
      eprintln(io, `ERROR: ${resolution.error.message}`);
      return 1;
    }
    const wheel = wheelName(r.name, version);
    println(
      io,
      `  Downloading ${simple}${r.name.toLowerCase()}/${version}/${wheel} (${(Number.parseInt(fnv(r.name).slice(0, 3), 16) / 10).toFixed(1)} kB)`,
    );
    println(io, originNote(`${r.name}==${version}`, repo.repository, resolution));
    installed.push(`${r.name}-${version}`);
  }
  if (installed.length > 0) {
    println(io, `Installing collected packages: ${installed.map((p) => p.slice(0, p.lastIndexOf('-'))).join(', ')}`);
    shell.elapse(duration(call, 500, 1500));
    println(io, `Successfully installed ${installed.join(' ')}`);
  }
  return 0;
}

/** The project's name and version from pyproject.toml, setup.cfg or setup.py. */
function projectMetadata(call: ToolCall): { name: string; version: string } | undefined {
  const read = (file: string) => call.shell.fs.read(call.shell.resolve(file));
  const field = (text: string | undefined, key: string) =>
    text === undefined ? undefined : new RegExp(`^\\s*${key}\\s*[=:]\\s*["']?([^"'\\s,]+)`, 'm').exec(text)?.[1];
  for (const file of ['pyproject.toml', 'setup.cfg']) {
    const text = read(file);
    const name = field(text, 'name');
    const version = field(text, 'version');
    if (name && version) return { name, version };
  }
  const setup = read('setup.py');
  const name = setup && /name\s*=\s*["']([^"']+)["']/.exec(setup)?.[1];
  const version = setup && /version\s*=\s*["']([^"']+)["']/.exec(setup)?.[1];
  return name && version ? { name, version } : undefined;
}

/** `python -m build`: an sdist and a wheel of the project in dist/. */
export function pythonBuild(call: ToolCall): number {
  const { shell, io } = call;
  const project = projectMetadata(call);
  if (!project) {
    eprintln(
      io,
      `ERROR Source ${shell.state.cwd} does not appear to be a Python project: no pyproject.toml or setup.py`,
    );
    return 1;
  }
  const sdist = `${project.name.replace(/-/g, '_')}-${project.version}.tar.gz`;
  const wheel = wheelName(project.name, project.version);
  println(io, '* Creating isolated environment: venv+pip...');
  println(io, '* Installing packages in isolated environment:');
  println(io, '  - setuptools>=61.0');
  shell.elapse(duration(call, 3000, 8000));
  println(io, '* Getting build dependencies for sdist...');
  println(io, '* Building sdist...');
  println(io, '* Building wheel from sdist');
  shell.elapse(duration(call, 1500, 4000));
  for (const file of [sdist, wheel])
    shell.fs.write(shell.resolve(`dist/${file}`), `simulated distribution of ${project.name} ${project.version}\n`);
  println(io, `Successfully built ${sdist} and ${wheel}`);
  return 0;
}

/** `name-version(-tags).whl` or `name-version.tar.gz|zip`: the project and version a dist file carries. */
function distribution(file: string): { name: string; version: string } | undefined {
  const base = basename(file);
  const wheel = /^([^-]+)-([^-]+)(-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/.exec(base);
  if (wheel) return { name: wheel[1] as string, version: wheel[2] as string };
  const sdist = /^(.+)-([0-9][^-]*)\.(tar\.gz|zip)$/.exec(base);
  return sdist ? { name: sdist[1] as string, version: sdist[2] as string } : undefined;
}

/** Where twine uploads: `--repository-url`, TWINE_REPOSITORY_URL, else the `-r` section of ~/.pypirc. */
function twineTarget(call: ToolCall, args: readonly string[]): CodeArtifactRegistry | undefined {
  const { shell } = call;
  const password = option(args, '-p', '--password') ?? shell.get('TWINE_PASSWORD');
  const direct = option(args, '--repository-url') ?? shell.get('TWINE_REPOSITORY_URL');
  if (direct !== undefined) return codeArtifactRegistry(direct, password);
  const name = option(args, '-r', '--repository') ?? shell.get('TWINE_REPOSITORY') ?? 'pypi';
  const config = shell.fs.read(
    shell.resolve(option(args, '--config-file') ?? `${shell.get('HOME') ?? '/root'}/.pypirc`),
  );
  const section = config === undefined ? undefined : iniSection(config, name);
  const url = section?.get('repository');
  return url === undefined ? undefined : codeArtifactRegistry(url, password ?? section?.get('password'));
}

const TWINE_VALUE_OPTIONS = [
  '-r',
  '--repository',
  '--repository-url',
  '-u',
  '--username',
  '-p',
  '--password',
  '--config-file',
  '-c',
  '--comment',
  '--sign-with',
  '-i',
  '--identity',
  '--client-cert',
  '--cert',
];

/** `twine upload dist/*` to a CodeArtifact repository: each dist file's project version is published there. */
export const twine: Tool = (call) => {
  const { argv, io, shell } = call;
  const sub = argv[1] ?? '';
  if (argv.includes('--version')) {
    println(
      io,
      'twine version 6.0.1 (importlib-metadata: 8.5.0, keyring: 25.5.0, pkginfo: 1.12.0, requests: 2.32.3, requests-toolbelt: 1.0.0, urllib3: 2.3.0)',
    );
    return 0;
  }
  const args = argv.slice(2);
  const target = sub === 'upload' ? twineTarget(call, args) : undefined;
  const ctx = buildRequestContext(call);
  if (!target || !ctx) {
    io.err(
      `cicdlab: simulated '${argv.slice(0, 3).join(' ')}${argv.length > 3 ? ' …' : ''}' (not modelled): exit status 0\n`,
    );
    return 0;
  }
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (TWINE_VALUE_OPTIONS.includes(a)) i++;
    else if (!a.startsWith('-')) files.push(a);
  }
  const missing = files.find((f) => !shell.fs.isFile(shell.resolve(f)));
  if (files.length === 0 || missing !== undefined) {
    eprintln(io, `ERROR    InvalidDistribution: Cannot find file (or expand pattern): '${missing ?? 'dist/*'}'`);
    return 1;
  }
  const groups = new Map<string, { name: string; version: string; files: string[] }>();
  for (const file of files) {
    const d = distribution(file);
    if (!d) {
      eprintln(io, `ERROR    InvalidDistribution: Unknown distribution format: '${basename(file)}'`);
      return 1;
    }
    const key = `${d.name.toLowerCase().replace(/[-_.]+/g, '-')}==${d.version}`;
    const group = groups.get(key) ?? { ...d, files: [] };
    group.files.push(file);
    groups.set(key, group);
  }
  println(io, `Uploading distributions to ${target.url}`);
  const skipExisting = args.includes('--skip-existing');
  for (const group of groups.values()) {
    for (const file of group.files) println(io, `Uploading ${basename(file)}`);
    shell.elapse(duration(call, 600, 2000) * group.files.length);
    if (!tokenAccepted(call, target)) {
      eprintln(io, `ERROR    HTTPError: 401 Unauthorized from ${target.url}`);
      eprintln(io, '         Unauthorized');
      return 1;
    }
    const result = publishPackageVersion(
      ctx,
      {
        domain: target.domain,
        domainOwner: target.domainOwner,
        repository: target.repository,
        format: 'pypi',
        package: group.name,
        version: group.version,
        assets: group.files.map((f) => ({
          name: basename(f),
          size: Math.max(1024, (shell.fs.read(shell.resolve(f)) ?? '').length * 97),
        })),
      },
      ctx.caller,
    );
    if (!result.ok) {
      if (result.status === 409 && skipExisting) {
        println(io, `WARNING  Skipping ${basename(group.files[0] ?? '')} because it appears to already exist`);
        continue;
      }
      eprintln(
        io,
        `ERROR    HTTPError: ${result.status} ${result.status === 409 ? 'Conflict' : result.status === 403 ? 'Forbidden' : 'Not Found'} from ${target.url}`,
      );
      eprintln(io, `         ${result.message}`);
      return 1;
    }
    println(io, `codeartifact: ${group.name} ${group.version} published to ${target.repository}`);
  }
  return 0;
};

/** `python -m twine ...` runs the same program. */
export const twineModule = (call: ToolCall, args: readonly string[]) => twine({ ...call, argv: ['twine', ...args] });
