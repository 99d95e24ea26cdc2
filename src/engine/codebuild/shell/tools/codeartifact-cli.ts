import { codeartifact as codeartifactService } from '../../../codeartifact';
import { AwsError } from '../../../core/aws-error';
import type { Io, ToolCall } from '../shell';
import { clientError, output } from './aws';
import { buildRequestContext, splitUrl } from './codeartifact-registry';
import { duration, eprintln, option, println } from './util';

/**
 * `aws codeartifact login | get-authorization-token | get-repository-endpoint` in a build: the CLI calls
 * CodeArtifact as the build's service role and, for `login`, writes the package manager's configuration the way
 * the AWS CLI does (awscli/customizations/codeartifact/login.py).
 */

type LoginTool = 'swift' | 'nuget' | 'dotnet' | 'npm' | 'pip' | 'twine';

/** The CLI's `--tool` choices, in its own order; `maven` is not one (Maven reads settings.xml instead). */
const LOGIN_TOOLS: readonly LoginTool[] = ['swift', 'nuget', 'dotnet', 'npm', 'pip', 'twine'];
const TOOL_FORMAT: Record<LoginTool, string> = {
  swift: 'swift',
  nuget: 'nuget',
  dotnet: 'nuget',
  npm: 'npm',
  pip: 'pypi',
  twine: 'pypi',
};

/** argparse's answer to a bad command line: usage, then the error, exit status 252. */
function usageError(io: Io, message: string): number {
  eprintln(io, '');
  eprintln(io, 'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]');
  eprintln(io, 'To see help text, you can run:');
  eprintln(io, '');
  eprintln(io, '  aws help');
  eprintln(io, '  aws <command> help');
  eprintln(io, '  aws <command> <subcommand> help');
  eprintln(io, '');
  eprintln(io, `aws: error: ${message}`);
  return 252;
}

function invalidToolChoice(io: Io): number {
  const lines = ['argument --tool: Invalid choice, valid choices are:', ''];
  for (let i = 0; i < LOGIN_TOOLS.length; i += 2)
    lines.push(
      LOGIN_TOOLS.slice(i, i + 2)
        .map((t) => t.padEnd(40))
        .join(' | '),
    );
  return usageError(io, lines.join('\n'));
}

function missing(args: readonly string[], required: readonly string[]): string[] {
  return required.filter((name) => option(args, name) === undefined);
}

type Called = { ok: true; output: Record<string, unknown> } | { ok: false; error: AwsError };

/** One CodeArtifact API call, as the build's role would make it. */
function callApi(call: ToolCall, operation: string, input: Record<string, unknown>): Called {
  const ctx = buildRequestContext(call);
  const run = codeartifactService.operations[operation];
  if (!ctx || !run) return { ok: false, error: new AwsError('UnknownOperationException', operation) };
  call.shell.elapse(duration(call, 250, 700));
  try {
    const out = run(ctx, input) as Record<string, unknown>;
    return { ok: true, output: out };
  } catch (e) {
    if (e instanceof AwsError) return { ok: false, error: e };
    throw e;
  }
}

const failed = (call: ToolCall, operation: string, error: AwsError) =>
  clientError(call.io, error.type, operation, error.message);

/** Optional members only when given, as the CLI leaves unset arguments out of the request. */
function members(args: readonly string[], names: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [flag, member] of Object.entries(names)) {
    const value = option(args, flag);
    if (value !== undefined) input[member] = member === 'durationSeconds' ? Number(value) : value;
  }
  return input;
}

/** A timestamp the way the CLI's JSON output prints one (ISO 8601 with the UTC offset). */
function isoOffset(epochSeconds: number): string {
  const iso = new Date(Math.round(epochSeconds * 1000)).toISOString();
  const [whole = '', fraction = '000Z'] = iso.split('.');
  return `${whole}${fraction === '000Z' ? '' : `.${fraction.slice(0, 3)}000`}+00:00`;
}

/** Python's `str(datetime)`, which `login` prints the expiration with. */
const pythonDatetime = (epochSeconds: number) => isoOffset(epochSeconds).replace('T', ' ');

/** "12 hours", "1 hour and 30 minutes", "15 minutes": the CLI's get_relative_expiration_time. */
export function relativeExpiration(remainingMs: number): string {
  const total = Math.floor(remainingMs / 1000) + 30;
  const parts: [number, string][] = [
    [Math.floor(total / 86_400), 'day'],
    [Math.floor((total % 86_400) / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
  ];
  const words: string[] = [];
  let previous = false;
  for (const [value, unit] of parts) {
    if (value > 0) {
      if (previous) words.push('and');
      words.push(String(value), value === 1 ? unit : `${unit}s`);
    }
    if (previous) break;
    previous = value > 0;
  }
  return words.join(' ');
}

/** `npm config set key value` into ~/.npmrc: replaces the key's line or appends one. */
function setIni(text: string, key: string, value: string): string {
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const at = lines.findIndex((l) => l.slice(0, l.indexOf('=')).trim() === key);
  if (at >= 0) lines[at] = `${key}=${value}`;
  else lines.push(`${key}=${value}`);
  return `${lines.join('\n')}\n`;
}

const PYPIRC = (endpoint: string, token: string) =>
  `[distutils]\nindex-servers = \n\tpypi\n\tcodeartifact\n\n[codeartifact]\nrepository = ${endpoint}\nusername = aws\npassword = ${token}\n\n`;

/** An existing ~/.pypirc keeps its other servers; the codeartifact section is added or replaced. */
function updatePypirc(existing: string, endpoint: string, token: string): string {
  const sections = existing.split(/^(?=\[)/m).filter((s) => s.trim() !== '');
  const named = (s: string) => /^\[([^\]]+)\]/.exec(s)?.[1];
  const distutils = sections.find((s) => named(s) === 'distutils');
  if (!distutils) return PYPIRC(endpoint, token);
  const servers = (/index-servers\s*[=:]([\s\S]*)/.exec(distutils)?.[1] ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (!servers.includes('codeartifact')) servers.push('codeartifact');
  const kept = sections.filter((s) => named(s) !== 'distutils' && named(s) !== 'codeartifact');
  return [
    `[distutils]\nindex-servers = \n${servers.map((s) => `\t${s}`).join('\n')}\n\n`,
    ...kept.map((s) => `${s.trimEnd()}\n\n`),
    `[codeartifact]\nrepository = ${endpoint}\nusername = aws\npassword = ${token}\n\n`,
  ].join('');
}

/** The npm and pip commands the CLI runs to configure them (printed as they are by `--dry-run`). */
function configCommands(tool: 'npm' | 'pip', endpoint: string, token: string, scope?: string): string[][] {
  const url = splitUrl(endpoint);
  if (tool === 'pip')
    return [
      ['pip', 'config', 'set', 'global.index-url', `${url.protocol}//aws:${token}@${url.host}${url.pathname}simple/`],
    ];
  return [
    ['npm', 'config', 'set', scope ? `${scope}:registry` : 'registry', endpoint],
    ['npm', 'config', 'set', `//${url.host}${url.pathname}:always-auth`, 'true'],
    ['npm', 'config', 'set', `//${url.host}${url.pathname}:_authToken`, token],
  ];
}

const nugetConfig = (source: string, url: string, token: string) => {
  const element = source.replace(/\//g, '_x002F_');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<configuration>',
    '  <packageSources>',
    '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
    `    <add key="${source}" value="${url}" />`,
    '  </packageSources>',
    '  <packageSourceCredentials>',
    `    <${element}>`,
    '      <add key="Username" value="aws" />',
    `      <add key="ClearTextPassword" value="${token}" />`,
    `    </${element}>`,
    '  </packageSourceCredentials>',
    '</configuration>',
    '',
  ].join('\n');
};

/**
 * Writes the tool's configuration for the repository as the CLI's NpmLogin, PipLogin, TwineLogin and DotNetLogin
 * do (or, with `--dry-run`, prints what it would do); false when the tool is not installed in the image.
 */
function configure(
  call: ToolCall,
  tool: LoginTool,
  target: { endpoint: string; token: string; scope?: string; source: string },
  dryRun: boolean,
): boolean {
  const { io, shell } = call;
  const { endpoint, token, scope } = target;
  const home = shell.get('HOME') ?? '/root';
  if (tool === 'npm' || tool === 'pip') {
    const commands = configCommands(tool, endpoint, token, scope);
    if (dryRun) {
      for (const c of commands) println(io, `${c.join(' ')}\n`);
      return true;
    }
    if (tool === 'pip') {
      shell.fs.write(`${home}/.config/pip/pip.conf`, `[global]\nindex-url = ${commands[0]?.[4] ?? ''}\n`);
      return true;
    }
    const path = `${home}/.npmrc`;
    // npm 10 refuses the `always-auth` setting; the CLI ignores that failure, so only the registry and token stay.
    const npmrc = commands
      .filter((c) => !(c[3] ?? '').endsWith(':always-auth'))
      .reduce((text, c) => setIni(text, c[3] ?? '', c[4] ?? ''), shell.fs.read(path) ?? '');
    shell.fs.write(path, npmrc);
    return true;
  }
  if (tool === 'twine') {
    const path = `${home}/.pypirc`;
    const existing = shell.fs.read(path);
    const pypirc = existing === undefined ? PYPIRC(endpoint, token) : updatePypirc(existing, endpoint, token);
    if (dryRun) {
      println(io, 'Dryrun mode is enabled, not writing to pypirc.');
      println(io, `${path} would have been set to the following:`);
      println(io, '');
      println(io, pypirc);
    } else shell.fs.write(path, pypirc);
    return true;
  }
  if (tool === 'dotnet') {
    const url = `${endpoint}v3/index.json`;
    if (dryRun) {
      println(
        io,
        `dotnet nuget add source ${url} --name ${target.source} --username aws --password ${token} --store-password-in-clear-text`,
      );
      return true;
    }
    shell.fs.write(`${home}/.nuget/NuGet/NuGet.Config`, nugetConfig(target.source, url, token));
    println(io, `Added source ${target.source} to the user level NuGet.Config`);
    return true;
  }
  eprintln(io, '');
  eprintln(io, `${tool} was not found. Please verify installation.`);
  return false;
}

const NPM_SCOPE = /^@[a-z0-9-~][a-z0-9-._~]*/;

function login(call: ToolCall, args: readonly string[]): number {
  const { io, shell } = call;
  const absent = missing(args, ['--tool', '--domain', '--repository']);
  if (absent.length > 0) return usageError(io, `the following arguments are required: ${absent.join(', ')}`);
  const tool = (option(args, '--tool') ?? '').toLowerCase();
  if (!(LOGIN_TOOLS as readonly string[]).includes(tool)) return invalidToolChoice(io);
  const loginTool = tool as LoginTool;
  const token = callApi(
    call,
    'GetAuthorizationToken',
    members(args, { '--domain': 'domain', '--domain-owner': 'domainOwner', '--duration-seconds': 'durationSeconds' }),
  );
  if (!token.ok) return failed(call, 'GetAuthorizationToken', token.error);
  const endpoint = callApi(call, 'GetRepositoryEndpoint', {
    ...members(args, {
      '--domain': 'domain',
      '--repository': 'repository',
      '--domain-owner': 'domainOwner',
      '--endpoint-type': 'endpointType',
    }),
    format: TOOL_FORMAT[loginTool],
  });
  if (!endpoint.ok) return failed(call, 'GetRepositoryEndpoint', endpoint.error);
  const namespace = option(args, '--namespace');
  if (namespace !== undefined && loginTool !== 'npm' && loginTool !== 'swift') {
    eprintln(io, '');
    eprintln(io, `Argument --namespace is not supported for ${loginTool}`);
    return 255;
  }
  const scope = namespace === undefined ? undefined : namespace.startsWith('@') ? namespace : `@${namespace}`;
  if (loginTool === 'npm' && scope !== undefined && !NPM_SCOPE.test(scope)) {
    eprintln(io, '');
    eprintln(io, 'Invalid scope name, scope must contain URL-safe characters, no leading dots or underscores');
    return 255;
  }
  const repositoryEndpoint = String(endpoint.output.repositoryEndpoint);
  const authorizationToken = String(token.output.authorizationToken);
  const expiration = Number(token.output.expiration);
  const dryRun = args.includes('--dry-run');
  const target = {
    endpoint: repositoryEndpoint,
    token: authorizationToken,
    ...(scope !== undefined && { scope }),
    source: `${option(args, '--domain') ?? ''}/${option(args, '--repository') ?? ''}`,
  };
  if (!configure(call, loginTool, target, dryRun)) return 255;
  if (dryRun) return 0;
  const remaining = expiration * 1000 - (shell.host.world.startEpochMs + shell.now());
  println(io, `Successfully configured ${loginTool} to use AWS CodeArtifact repository ${repositoryEndpoint} `);
  println(io, `Login expires in ${relativeExpiration(remaining)} at ${pythonDatetime(expiration)}`);
  return 0;
}

/** `aws codeartifact <subcommand>` in a build. */
export function codeartifactCli(call: ToolCall, sub: string, args: readonly string[]): number {
  switch (sub) {
    case 'login':
      return login(call, args);
    case 'get-authorization-token': {
      if (option(args, '--domain') === undefined)
        return usageError(call.io, 'the following arguments are required: --domain');
      const token = callApi(
        call,
        'GetAuthorizationToken',
        members(args, {
          '--domain': 'domain',
          '--domain-owner': 'domainOwner',
          '--duration-seconds': 'durationSeconds',
        }),
      );
      if (!token.ok) return failed(call, 'GetAuthorizationToken', token.error);
      return output(call, {
        authorizationToken: token.output.authorizationToken,
        expiration: isoOffset(Number(token.output.expiration)),
      });
    }
    case 'get-repository-endpoint': {
      const absent = missing(args, ['--domain', '--repository', '--format']);
      if (absent.length > 0) return usageError(call.io, `the following arguments are required: ${absent.join(', ')}`);
      const endpoint = callApi(
        call,
        'GetRepositoryEndpoint',
        members(args, {
          '--domain': 'domain',
          '--domain-owner': 'domainOwner',
          '--repository': 'repository',
          '--format': 'format',
          '--endpoint-type': 'endpointType',
        }),
      );
      if (!endpoint.ok) return failed(call, 'GetRepositoryEndpoint', endpoint.error);
      return output(call, endpoint.output);
    }
    default:
      call.shell.elapse(duration(call, 500, 3000));
      eprintln(call.io, `cicdlab: simulated 'aws codeartifact ${sub}' (not modelled in builds): exit status 0`);
      return 0;
  }
}
