import { nextInt } from '../../core/rng';
import type { SimMillis } from '../../core/time';
import { Workspace, assign, dirname } from '../../codebuild/shell/workspace';
import { Shell, type BaseShellHost, type Io, type Tool, type ToolCall } from '../../codebuild/shell/shell';
import { BUILTINS } from '../../codebuild/shell/tools/builtins';
import { revisionProfile } from '../../fleet/public';
import type { Ec2Instance, RevisionProfile } from '../../fleet/state';
import type { AppSpecHookScript } from '../../specs/appspec/types';
import type { World } from '../../world';
import type { Deployment, LifecycleEvent } from '../state';
import { DEPLOYMENT_ROOT } from './bundle';

/** The agent's default and maximum timeout of one lifecycle event (aws-facts §3.5). */
export const DEFAULT_SCRIPT_TIMEOUT_SECONDS = 3600;
/** Each lifecycle event takes at least this long: the agent polls CodeDeploy every second (`:wait_between_runs:`). */
export const AGENT_POLL_MS = 1000;
/** `diagnostics.logTail` holds at most the last 4 KB of the script log. */
const LOG_TAIL_BYTES = 4096;
/** A request to the application on the instance (`curl localhost`) fails when its revision fails this often. */
export const BAD_REVISION_ERROR_RATE = 0.5;

export type Diagnostics = NonNullable<LifecycleEvent['diagnostics']>;

export interface EventOutcome {
  status: 'Succeeded' | 'Failed';
  durationMs: number;
  diagnostics?: Diagnostics;
}

/** The agent running scripts on one instance: its log, and how the application installed there answers. */
class AgentHost implements BaseShellHost {
  constructor(
    readonly world: World,
    readonly start: SimMillis,
    readonly profile: RevisionProfile,
    readonly log: string[],
  ) {}

  print(_at: SimMillis, line: string): void {
    this.log.push(line);
  }

  rand(min: number, max: number): number {
    return nextInt(this.world.rng, min, max);
  }
}

function lines(log: string[], prefix: string): (text: string) => void {
  return (text) => {
    if (text === '') return;
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    for (const line of body.split('\n')) log.push(`${prefix}${line}`);
  };
}

/**
 * `curl` on an instance: a request to the application itself (localhost, 127.0.0.1) answers 200, or 500 when the
 * installed revision's profile fails at least half of its requests (a simulated bad revision); `-f` turns the 500
 * into exit status 22, as curl does. Other URLs are simulated and succeed.
 */
const curl: Tool<AgentHost> = ({ argv, io, shell }) => {
  shell.elapse(40);
  const url = argv.slice(1).find((a) => !a.startsWith('-') && /^(https?:\/\/)?[\w.-]+(:\d+)?(\/|$)/.test(a));
  const local = url !== undefined && /^(https?:\/\/)?(localhost|127\.0\.0\.1)([:/]|$)/.test(url);
  if (!local) {
    io.err(
      `cicdlab: simulated '${argv.slice(0, 3).join(' ')}' (only requests to localhost are modelled): exit status 0\n`,
    );
    return 0;
  }
  const failing = shell.host.profile.errorRate >= BAD_REVISION_ERROR_RATE;
  const failFlag = argv.some((a) => a === '--fail' || /^-[a-zA-Z]*f[a-zA-Z]*$/.test(a));
  const writeOut = argv.indexOf('-w');
  const code = failing ? 500 : 200;
  if (failing && failFlag) {
    io.err(`curl: (22) The requested URL returned error: 500\n`);
    return 22;
  }
  if (writeOut > 0 && (argv[writeOut + 1] ?? '').includes('%{http_code}')) io.out(String(code));
  else if (!argv.includes('-o')) io.out(failing ? 'Internal Server Error\n' : 'OK\n');
  return 0;
};

const notModelled =
  (what: string): Tool<AgentHost> =>
  (call: ToolCall<AgentHost>) => {
    call.io.err(`cicdlab: simulated '${call.argv.slice(0, 3).join(' ')}' (${what}): exit status 0\n`);
    return 0;
  };

/**
 * The commands hook scripts can run. CodeBuild's builtins read only the base host (world, clock, PRNG, files),
 * except `source` and `nproc`, which read the build and are replaced here; hence the one widening cast.
 */
const AGENT_TOOLS: Readonly<Record<string, Tool<AgentHost>>> = Object.freeze({
  ...(BUILTINS as unknown as Record<string, Tool<AgentHost>>),
  source: notModelled('sourcing files is not modelled on instances'),
  '.': notModelled('sourcing files is not modelled on instances'),
  nproc: ({ io }: ToolCall<AgentHost>) => {
    io.out('2\n');
    return 0;
  },
  curl,
  systemctl: notModelled('services on the instance are simulated'),
  service: notModelled('services on the instance are simulated'),
});

export const archiveDir = (d: Deployment, groupId: string) =>
  `${DEPLOYMENT_ROOT}/${groupId}/${d.deploymentId}/deployment-archive`;

export interface HookRun {
  world: World;
  deployment: Deployment;
  groupId: string;
  instance: Ec2Instance;
  eventName: string;
  scripts: AppSpecHookScript[];
  /** The revision whose scripts run (the previous one for ApplicationStop and the block-traffic hooks). */
  bundle: Record<string, string>;
  /** Where that revision was unpacked. */
  archive: string;
  start: SimMillis;
  fault?: 'fail' | 'hang';
}

/**
 * The revision as unpacked in its archive directory, with the instance's base directories: built once per bundle
 * and archive (a pure memo: the same inputs always give the same files), copied for each script run.
 */
const INSTANCE_DIRS = ['/tmp', '/root', '/home/ec2-user', '/usr/local/bin', '/etc', '/var/log'];

const unpackedArchives = new WeakMap<Record<string, string>, Map<string, Workspace>>();

function unpackedArchive(bundle: Record<string, string>, archive: string): Workspace {
  let byArchive = unpackedArchives.get(bundle);
  if (!byArchive) {
    byArchive = new Map();
    unpackedArchives.set(bundle, byArchive);
  }
  let unpacked = byArchive.get(archive);
  if (!unpacked) {
    unpacked = new Workspace({}, {});
    for (const dir of INSTANCE_DIRS) unpacked.mkdirs(dir);
    for (const [path, content] of Object.entries(bundle)) unpacked.write(`${archive}/${path}`, content);
    byArchive.set(archive, unpacked);
  }
  return unpacked;
}

/** The files a deployment installed on an instance, with the directories they need (memo by the files record). */
const installedCache = new WeakMap<Record<string, string>, { files: [string, string][]; dirs: string[] }>();
const NOTHING_INSTALLED = { files: [], dirs: [] };

function installedFiles(files: Record<string, string> | undefined): { files: [string, string][]; dirs: string[] } {
  if (!files) return NOTHING_INSTALLED;
  let entry = installedCache.get(files);
  if (!entry) {
    const dirs = new Set<string>();
    for (const path of Object.keys(files)) {
      for (let d = dirname(path); d !== '/' && !dirs.has(d); d = dirname(d)) dirs.add(d);
    }
    entry = { files: Object.entries(files), dirs: [...dirs] };
    installedCache.set(files, entry);
  }
  return entry;
}

const tail = (log: string[]) => {
  const text = log.join('\n');
  return text.length > LOG_TAIL_BYTES ? text.slice(text.length - LOG_TAIL_BYTES) : text;
};

/**
 * Runs the scripts of one lifecycle event on an instance in the simulated shell, one after another, as the agent
 * does: a missing script is ScriptMissing, a script that exits non-zero ScriptFailed, one that runs longer than its
 * timeout (`sleep` advances virtual time) ScriptTimedOut. Files the scripts write are not kept.
 */
export function runHookScripts(run: HookRun): EventOutcome {
  const { world, deployment: d, instance } = run;
  const log: string[] = [`LifecycleEvent - ${run.eventName}`];
  const host = new AgentHost(
    world,
    run.start,
    revisionProfile(world.account, instance.revision?.revisionKey ?? ''),
    log,
  );
  const unpacked = unpackedArchive(run.bundle, run.archive);
  const fs = new Workspace({ ...unpacked.files }, { ...unpacked.dirs });
  const installed = installedFiles(instance.revision?.files);
  for (const dir of installed.dirs) assign(fs.dirs, dir, true);
  for (const [path, content] of installed.files) assign(fs.files, path, content);
  const env: Record<string, string> = {
    HOME: '/root',
    PATH: '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin',
    APPLICATION_NAME: d.applicationName,
    DEPLOYMENT_ID: d.deploymentId,
    DEPLOYMENT_GROUP_NAME: d.deploymentGroupName,
    DEPLOYMENT_GROUP_ID: run.groupId,
    LIFECYCLE_EVENT: run.eventName,
  };
  if (d.revision.revisionType === 'S3') {
    const s3 = d.revision.s3Location;
    env.BUNDLE_BUCKET = s3.bucket;
    env.BUNDLE_KEY = s3.key;
    if (s3.version !== undefined) env.BUNDLE_VERSION = s3.version;
    if (s3.eTag !== undefined) env.BUNDLE_ETAG = s3.eTag;
  }
  const shell = new Shell<AgentHost>(
    host,
    { env, vars: {}, cwd: run.archive, errexit: false, pipefail: false },
    AGENT_TOOLS,
    fs,
  );
  const io: Io = { stdin: '', out: lines(log, '[stdout]'), err: lines(log, '[stderr]') };
  let elapsed = AGENT_POLL_MS;
  for (const script of run.scripts) {
    const timeout = script.timeout ?? DEFAULT_SCRIPT_TIMEOUT_SECONDS;
    const runas = script.runas ?? 'root';
    const path = `${run.archive}/${script.location.replace(/^\.?\//, '')}`;
    log.push(`Script - ${script.location}`);
    if (!fs.isFile(path)) {
      return {
        status: 'Failed',
        durationMs: elapsed,
        diagnostics: {
          errorCode: 'ScriptMissing',
          scriptName: script.location,
          message: `Script does not exist at specified location: ${path}`,
          logTail: tail(log),
        },
      };
    }
    if (run.fault === 'hang') {
      log.push(`[stderr]cicdlab: fault injected: ${script.location} hangs`);
      return timedOut(script, timeout, elapsed, log);
    }
    const before = shell.elapsed;
    const status = run.fault === 'fail' ? 1 : shell.runFile(path, [], io);
    if (run.fault === 'fail') log.push(`[stderr]cicdlab: fault injected: ${script.location} exits with status 1`);
    const took = shell.elapsed - before;
    if (took > timeout * 1000) return timedOut(script, timeout, elapsed, log);
    elapsed += took;
    if (status !== 0) {
      return {
        status: 'Failed',
        durationMs: elapsed,
        diagnostics: {
          errorCode: 'ScriptFailed',
          scriptName: script.location,
          message: `Script at specified location: ${script.location} run as user ${runas} failed with exit code ${status}`,
          logTail: tail(log),
        },
      };
    }
  }
  return {
    status: 'Succeeded',
    durationMs: elapsed,
    diagnostics: { errorCode: 'Success', scriptName: '', message: 'Succeeded', logTail: tail(log) },
  };
}

function timedOut(script: AppSpecHookScript, timeout: number, elapsed: number, log: string[]): EventOutcome {
  return {
    status: 'Failed',
    durationMs: elapsed + timeout * 1000,
    diagnostics: {
      errorCode: 'ScriptTimedOut',
      scriptName: script.location,
      message: `Script at specified location: ${script.location} failed to complete in ${timeout} seconds`,
      logTail: tail(log),
    },
  };
}
