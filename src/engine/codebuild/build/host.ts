import type { SimContext } from '../../core/simulation';
import type { SimMillis } from '../../core/time';
import type { BuildspecReportGroup } from '../../specs';
import { parseWordText } from '../shell/parse';
import { Shell, type ShellHost } from '../shell/shell';
import { TOOLS } from '../shell/tools';
import type { Build, BuildRun } from '../state';
import type { World } from '../../world';
import { rand } from './durations';
import type { BuildLog } from './log';

/**
 * The shell host of one phase: output goes to the phase's log lines, time starts at `start`. A class
 * rather than an object of arrow functions: one is made per phase of every build.
 */
class BuildShellHost implements ShellHost {
  readonly world: World;
  readonly privileged: boolean;

  constructor(
    readonly ctx: SimContext,
    readonly build: Build,
    readonly run: BuildRun,
    private readonly log: BuildLog,
    readonly start: SimMillis,
    readonly reports: readonly BuildspecReportGroup[],
  ) {
    this.world = ctx.world;
    this.privileged = build.environment.privilegedMode;
  }

  print(at: SimMillis, line: string): void {
    this.log.output(at, line);
  }

  rand(min: number, max: number): number {
    return rand(this.world, min, max);
  }
}

export const shellHost = (
  ctx: SimContext,
  build: Build,
  run: BuildRun,
  log: BuildLog,
  start: SimMillis,
  reports: readonly BuildspecReportGroup[],
): ShellHost => new BuildShellHost(ctx, build, run, log, start, reports);

export function newShell(host: ShellHost, run: BuildRun): Shell {
  return new Shell(host, run.shell, TOOLS);
}

/** A value as the build shell would expand it (`$VAR`, `${VAR:-x}`, `$(date ...)`), without field splitting. */
export function expandText(shell: Shell, text: string): string {
  const io = { stdin: '', out: () => {}, err: () => {} };
  return shell.expandWord(parseWordText(text, true), io, false).join('');
}
