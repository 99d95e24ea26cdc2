import type { SimMillis } from '../../core/time';
import type { LogEvent } from '../../logs/state';
import type { World } from '../../world';
import { appendLogEvents, ensureLogStream } from '../../logs/public';
import type { Build } from '../state';

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `2026/01/05 09:03:12.345`, the build agent's timestamp (UTC). */
export function agentTime(epochMs: number): string {
  const d = new Date(epochMs);
  const ms = d.getUTCMilliseconds();
  return `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${ms < 10 ? `00${ms}` : ms < 100 ? `0${ms}` : ms}`;
}

export const logGroupName = (projectName: string) => `/aws/codebuild/${projectName}`;

/**
 * A build's log lines as CloudWatch events: agent lines are `[Container] <time> <text>`, command output is
 * written as the command printed it (ANSI colours kept). Values of parameter-store and secrets-manager
 * variables are replaced by `***` wherever they appear.
 */
export class BuildLog {
  readonly events: LogEvent[] = [];
  private last = 0;

  constructor(
    private readonly startEpochMs: number,
    private readonly masks: readonly string[],
  ) {}

  private mask(text: string): string {
    let out = text;
    for (const m of this.masks) if (m !== '' && out.includes(m)) out = out.split(m).join('***');
    return out;
  }

  private push(at: SimMillis, message: string): void {
    // Events keep their order even when a tool reports a time a hair earlier than the previous line.
    const t = Math.max(at, this.last) as SimMillis;
    this.last = t;
    this.events.push({ timestamp: t, message });
  }

  container(at: SimMillis, text: string): void {
    this.push(at, `[Container] ${agentTime(this.startEpochMs + Math.max(at, this.last))} ${this.mask(text)}\n`);
  }

  output(at: SimMillis, text: string): void {
    this.push(at, `${this.mask(text)}\n`);
  }

  /** Writes the lines to the build's stream; lines stamped in the future show up as the clock reaches them. */
  flush(world: World, build: Build, at: SimMillis): void {
    if (this.events.length === 0) return;
    const stream = ensureLogStream(world, logGroupName(build.projectName), build.logStreamName, at);
    appendLogEvents(stream, this.events);
    this.events.length = 0;
  }
}
