import type { SimContext } from '../../core/simulation';
import type { SimMillis } from '../../core/time';
import { getObjectBytes } from '../../s3/public';
import { PHASE_NAMES, type Buildspec, type BuildspecPhase, type PhaseName } from '../../specs';
import { strFromU8 } from 'fflate';
import { chooseRuntime, imageSpec } from '../images';
import { Shell } from '../shell/shell';
import { TOOLS } from '../shell/tools';
import { BASE_DIRS } from '../shell/workspace';
import type { Build, BuildRun, PhaseContext, PhaseType, StatusType } from '../state';
import { isInlineBuildspec, parsedBuildspec } from './buildspec';
import { restoreCache, saveCache } from './cache';
import { downloadMs, finalizingMs, provisioningMs, rand } from './durations';
import { builtinVariables, resolveEnvironment } from './env';
import { newShell, shellHost } from './host';
import type { BuildLog } from './log';
import { fetchSource } from './source';
import { collectReports, uploadArtifacts } from './upload';

export interface PhasePlan {
  status: StatusType;
  contexts: PhaseContext[];
  durationMs: number;
}

const OK: PhaseContext[] = [{ statusCode: '', message: '' }];

export const PHASE_OF: Record<string, PhaseName> = {
  INSTALL: 'install',
  PRE_BUILD: 'pre_build',
  BUILD: 'build',
  POST_BUILD: 'post_build',
};

const RUNTIME_NAMES: Record<string, string> = {
  nodejs: 'Node.js',
  python: 'Python',
  java: 'Java',
  golang: 'Go',
  dotnet: '.NET',
  php: 'PHP',
  ruby: 'Ruby',
  rust: 'Rust',
};

/** The buildspec the build runs (parsed at DOWNLOAD_SOURCE, memoised by text). */
export function buildspecOf(run: BuildRun): Buildspec | undefined {
  return run.buildspecText === undefined ? undefined : parsedBuildspec(run.buildspecText).buildspec;
}

function completeLines(
  log: BuildLog,
  at: SimMillis,
  phase: PhaseType,
  status: StatusType,
  context: PhaseContext | undefined,
): void {
  log.container(at, `Phase complete: ${phase} State: ${status}`);
  log.container(at, `Phase context status code: ${context?.statusCode ?? ''} Message: ${context?.message ?? ''}`);
}

export function planProvisioning(ctx: SimContext, build: Build, log: BuildLog): PhasePlan {
  const ms = provisioningMs(ctx.world, build.environment.computeType);
  const image = build.environment.image;
  if (image.startsWith('aws/codebuild/') && !imageSpec(image)) {
    return {
      status: 'FAILED',
      contexts: [
        {
          statusCode: 'BUILD_CONTAINER_UNABLE_TO_PULL_IMAGE',
          message: `Unable to pull customer's container image. CannotPullContainerError: Error response from daemon: pull access denied for ${image.split(':')[0]}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
        },
      ],
      durationMs: ms,
    };
  }
  const end = (ctx.now + ms) as SimMillis;
  log.container((end - 300) as SimMillis, `Running on CodeBuild On-demand`);
  log.container((end - 299) as SimMillis, 'Waiting for agent ping');
  log.container((end - 98) as SimMillis, 'Waiting for DOWNLOAD_SOURCE');
  return { status: 'SUCCEEDED', contexts: OK, durationMs: ms };
}

/** Where the buildspec comes from: the override or project setting (inline, a path, or an S3 object), else buildspec.yml. */
function readBuildspec(
  ctx: SimContext,
  build: Build,
  srcDir: string,
): { text: string; location: string } | { error: string } {
  const setting = build.request.buildspecOverride ?? build.source.buildspec;
  if (setting !== undefined && setting.trim() !== '' && isInlineBuildspec(setting))
    return { text: setting, location: '/codebuild/readonly/buildspec.yml' };
  const s3 = /^arn:aws:s3:::([^/]+)\/(.+)$/.exec(setting?.trim() ?? '');
  if (s3) {
    const bytes = getObjectBytes(ctx.world, s3[1] as string, s3[2] as string);
    if (!bytes) return { error: `NoSuchKey: The specified key does not exist. (${setting})` };
    return { text: strFromU8(bytes), location: '/codebuild/readonly/buildspec.yml' };
  }
  const path = `${srcDir}/${(setting?.trim() || 'buildspec.yml').replace(/^\.?\//, '')}`;
  const text = build.run?.files[path];
  if (text === undefined || !Object.hasOwn(build.run?.files ?? {}, path))
    return { error: `stat ${path}: no such file or directory` };
  return { text, location: path };
}

export function planDownloadSource(ctx: SimContext, build: Build, run: BuildRun, log: BuildLog): PhasePlan {
  const world = ctx.world;
  const start = ctx.now;
  let t = start + 1;
  const at = () => t as SimMillis;
  const fail = (context: PhaseContext): PhasePlan => {
    t += rand(world, 200, 900);
    completeLines(log, at(), 'DOWNLOAD_SOURCE', 'FAILED', context);
    return { status: 'FAILED', contexts: [context], durationMs: t - start };
  };
  log.container(at(), 'Phase is DOWNLOAD_SOURCE');
  const fetched = fetchSource(world, build);
  if (!fetched.ok) return fail(fetched.context);
  for (const dir of BASE_DIRS) run.dirs[dir] = true;
  const shellFs = newShell(shellHost(ctx, build, run, log, at(), []), run).fs;
  shellFs.mkdirs(run.srcDir);
  for (const [path, content] of Object.entries(fetched.files)) shellFs.write(`${run.srcDir}/${path}`, content);
  if (fetched.commitId !== undefined) build.resolvedSourceVersion ??= fetched.commitId;
  const sourceCache =
    build.cache.type === 'LOCAL' && (build.cache.modes ?? []).includes('LOCAL_SOURCE_CACHE') && build.buildNumber > 1;
  t += downloadMs(world, fetched.bytes, sourceCache);
  log.container(at(), `CODEBUILD_SRC_DIR=${run.srcDir}`);
  const read = readBuildspec(ctx, build, run.srcDir);
  if ('error' in read) return fail({ statusCode: 'YAML_FILE_ERROR', message: read.error });
  log.container(at(), `YAML location is ${read.location}`);
  const parsed = parsedBuildspec(read.text);
  if (!parsed.buildspec) {
    return fail({
      statusCode: 'YAML_FILE_ERROR',
      message: (parsed.yamlFileError ?? 'YAML_FILE_ERROR: invalid buildspec').replace(/^YAML_FILE_ERROR:\s*/, ''),
    });
  }
  run.buildspecText = read.text;
  const buildspec = parsed.buildspec;
  const builtins = builtinVariables(world, build, run.srcDir, fetched.url ?? build.source.location);
  if (build.resolvedSourceVersion !== undefined)
    builtins.CODEBUILD_RESOLVED_SOURCE_VERSION = build.resolvedSourceVersion;
  const resolved = resolveEnvironment(world, build, buildspec, builtins);
  for (const note of resolved.notes) {
    t += 2;
    log.container(at(), note);
  }
  if (!resolved.ok) {
    t += rand(world, 500, 2000);
    return fail(resolved.context);
  }
  run.shell.env = resolved.env;
  run.masks = resolved.masks;
  run.exportBlocked = resolved.exportBlocked;
  const runtimes = buildspec.phases.install?.runtimeVersions ?? {};
  if (Object.keys(runtimes).length === 0) log.container(at(), 'No runtime version selected in buildspec.');
  run.runtimes = { ...(imageSpec(build.environment.image)?.defaults ?? {}) };
  t += rand(world, 40, 120);
  log.container(at(), `Moving to directory ${run.srcDir}`);
  const host = shellHost(ctx, build, run, log, at(), Object.values(buildspec.reports));
  const shell = newShell(host, run);
  restoreCache(ctx, build, run, buildspec.cache, shell, log);
  t += shell.elapsed + rand(world, 50, 150);
  log.container(at(), 'Registering with agent');
  const written = PHASE_NAMES.filter((name) => buildspec.phases[name]);
  log.container(at(), `Phases found in YAML: ${written.length}`);
  for (const name of written)
    log.container(at(), ` ${name.toUpperCase()}: ${buildspec.phases[name]?.commands.length ?? 0} commands`);
  if (buildspec.version === '0.1') log.container(at(), 'Buildspec version 0.1: each command runs in its own shell');
  t += rand(world, 20, 80);
  completeLines(log, at(), 'DOWNLOAD_SOURCE', 'SUCCEEDED', undefined);
  return { status: 'SUCCEEDED', contexts: OK, durationMs: t - start };
}

/** runtime-versions: each runtime resolved against the image; an unknown one fails INSTALL. */
function installRuntimes(
  build: Build,
  run: BuildRun,
  phase: BuildspecPhase,
  shell: Shell,
  log: BuildLog,
): PhaseContext | undefined {
  const entries = Object.entries(phase.runtimeVersions);
  if (entries.length === 0) return undefined;
  const spec = imageSpec(build.environment.image);
  if (!spec || !spec.runtimeSelection) {
    log.container(
      shell.now(),
      'Skipping install of runtimes. Runtime version selection is not supported by this build image.',
    );
    return undefined;
  }
  for (const [runtime, written] of entries) {
    const wanted = written.startsWith('$') ? (shell.get(written.replace(/^\$\{?|\}$/g, '')) ?? written) : written;
    const choice = chooseRuntime(spec, runtime, wanted);
    if (!choice.ok) return { statusCode: 'YAML_FILE_ERROR', message: choice.message };
    log.container(
      shell.now(),
      `Selecting '${runtime}' runtime version '${choice.version}' based on manual selections...`,
    );
    run.runtimes[runtime] = choice.version;
  }
  for (const [runtime] of entries) {
    const version = run.runtimes[runtime] as string;
    const name = RUNTIME_NAMES[runtime] ?? runtime;
    log.container(shell.now(), `Running command echo "Installing ${name} version ${version} ..."`);
    log.output(shell.now(), `Installing ${name} version ${version} ...`);
    shell.elapse(shell.host.rand(1500, 4500));
  }
  return undefined;
}

/** INSTALL, PRE_BUILD, BUILD and POST_BUILD: the phase's commands, then `finally`, retried as `on-failure` says. */
export function planCommands(ctx: SimContext, build: Build, run: BuildRun, type: PhaseType, log: BuildLog): PhasePlan {
  const buildspec = buildspecOf(run);
  const phase = buildspec?.phases[PHASE_OF[type] as PhaseName];
  const start = ctx.now;
  const reports = buildspec ? Object.values(buildspec.reports) : [];
  const host = shellHost(ctx, build, run, log, start, reports);
  const persistent = newShell(host, run);
  log.container(persistent.now(), `Entering phase ${type}`);
  persistent.elapse(1);
  let failure: PhaseContext | undefined;
  if (phase && type === 'INSTALL') failure = installRuntimes(build, run, phase, persistent, log);
  const retries = phase?.onFailure?.mode === 'RETRY' ? (phase.onFailure.retries ?? 3) : 0;
  const pattern = phase?.onFailure?.pattern ? new RegExp(phase.onFailure.pattern) : undefined;
  for (let attempt = 0; phase && !failure; attempt++) {
    const runCommand = (text: string): PhaseContext | undefined => {
      log.container(persistent.now(), `Running command ${text}`);
      let status: number;
      if (buildspec?.version === '0.1') {
        // Version 0.1: a fresh shell per command; nothing carries over.
        const fresh = new Shell(
          host,
          { env: { ...run.shell.env }, vars: {}, cwd: run.srcDir, errexit: false, pipefail: false },
          TOOLS,
          persistent.fs,
        );
        fresh.elapsed = persistent.elapsed;
        status = fresh.runCommand(text);
        persistent.elapsed = fresh.elapsed;
      } else status = persistent.runCommand(text);
      persistent.elapse(2);
      if (status === 0) return undefined;
      log.container(persistent.now(), `Command did not exit successfully ${text} exit status ${status}`);
      return {
        statusCode: 'COMMAND_EXECUTION_ERROR',
        message: `Error while executing command: ${text}. Reason: exit status ${status}`,
      };
    };
    let commandFailure: PhaseContext | undefined;
    for (const command of phase.commands) {
      commandFailure = runCommand(command.text);
      if (commandFailure) break;
    }
    let finallyFailure: PhaseContext | undefined;
    for (const command of phase.finally) {
      finallyFailure = runCommand(command.text);
      if (finallyFailure) break;
    }
    failure = commandFailure ?? finallyFailure;
    if (failure && attempt < retries && (pattern === undefined || pattern.test(failure.message))) {
      log.container(
        persistent.now(),
        `Phase ${type} failed; retrying the phase (attempt ${attempt + 2} of ${retries + 1}) as on-failure: RETRY says`,
      );
      failure = undefined;
      continue;
    }
    break;
  }
  const status: StatusType = failure ? 'FAILED' : 'SUCCEEDED';
  persistent.elapse(rand(ctx.world, 5, 40));
  completeLines(log, persistent.now(), type, status, failure);
  return { status, contexts: failure ? [failure] : OK, durationMs: persistent.elapsed };
}

export function planUploadArtifacts(ctx: SimContext, build: Build, run: BuildRun, log: BuildLog): PhasePlan {
  const buildspec = buildspecOf(run);
  const host = shellHost(ctx, build, run, log, ctx.now, buildspec ? Object.values(buildspec.reports) : []);
  const shell = newShell(host, run);
  shell.elapse(rand(ctx.world, 100, 400));
  let failure: PhaseContext | undefined;
  if (buildspec) {
    collectReports(ctx, build, run, buildspec, shell, log);
    failure = uploadArtifacts(ctx, build, run, buildspec, shell, log);
  }
  shell.elapse(rand(ctx.world, 200, 800));
  completeLines(log, shell.now(), 'UPLOAD_ARTIFACTS', failure ? 'FAILED' : 'SUCCEEDED', failure);
  return { status: failure ? 'FAILED' : 'SUCCEEDED', contexts: failure ? [failure] : OK, durationMs: shell.elapsed };
}

export function planFinalizing(ctx: SimContext, build: Build, run: BuildRun, log: BuildLog): PhasePlan {
  const buildspec = buildspecOf(run);
  const host = shellHost(ctx, build, run, log, ctx.now, []);
  const shell = newShell(host, run);
  if (buildspec && !run.ending) {
    saveCache(ctx, build, run, buildspec.cache, shell, log);
    build.exportedEnvironmentVariables = buildspec.env.exportedVariables
      .filter((name) => !name.startsWith('AWS_') && !run.exportBlocked.includes(name))
      .map((name) => ({ name, value: shell.get(name) ?? '' }));
  }
  return { status: 'SUCCEEDED', contexts: OK, durationMs: finalizingMs(ctx.world) + shell.elapsed };
}
