import type { SimContext } from '../../core/simulation';
import type { SimMillis } from '../../core/time';
import type { BuildspecReportGroup } from '../../specs';
import { parseWordText } from '../shell/parse';
import { Shell, type ShellHost } from '../shell/shell';
import { TOOLS } from '../shell/tools';
import type { Build, BuildRun } from '../state';
import { rand } from './durations';
import type { BuildLog } from './log';

/** The shell host of one phase: output goes to the phase's log lines, time starts at `start`. */
export function shellHost(
  ctx: SimContext,
  build: Build,
  run: BuildRun,
  log: BuildLog,
  start: SimMillis,
  reports: readonly BuildspecReportGroup[],
): ShellHost {
  const world = ctx.world;
  return {
    world,
    build,
    run,
    privileged: build.environment.privilegedMode,
    reports,
    start,
    print: (at, line) => log.output(at, line),
    rand: (min, max) => rand(world, min, max),
  };
}

export function newShell(host: ShellHost, run: BuildRun): Shell {
  return new Shell(host, run.shell, TOOLS);
}

/** A value as the build shell would expand it (`$VAR`, `${VAR:-x}`, `$(date ...)`), without field splitting. */
export function expandText(shell: Shell, text: string): string {
  const io = { stdin: '', out: () => {}, err: () => {} };
  return shell.expandWord(parseWordText(text, true), io, false).join('');
}
