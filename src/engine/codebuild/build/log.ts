import type { SimMillis } from '../../core/time';
import type { World } from '../../world';
import { appendLogEvents, ensureLogStream } from '../../logs/public';
import type { Build } from '../state';

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));
const DAY_MS = 86_400_000;
const days = new Map<number, string>();

/** `2026/01/05 09:03:12.345`, the build agent's timestamp (UTC); the date part is worked out once per day. */
export function agentTime(epochMs: number): string {
  const day = Math.floor(epochMs / DAY_MS);
  let date = days.get(day);
  if (date === undefined) {
    const d = new Date(day * DAY_MS);
    date = `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())}`;
    if (days.size > 1000) days.clear();
    days.set(day, date);
  }
  let ms = epochMs - day * DAY_MS;
  const h = Math.floor(ms / 3_600_000);
  ms -= h * 3_600_000;
  const m = Math.floor(ms / 60_000);
  ms -= m * 60_000;
  const sec = Math.floor(ms / 1000);
  return `${date} ${pad2(h)}:${pad2(m)}:${pad2(sec)}.${pad3(ms - sec * 1000)}`;
}

export const logGroupName = (projectName: string) => `/aws/codebuild/${projectName}`;

/**
 * A build's log lines as CloudWatch events: agent lines are `[Container] <time> <text>`, command output is
 * written as the command printed it (ANSI colours kept). Values of parameter-store and secrets-manager
 * variables are replaced by `***` wherever they appear.
 */
export class BuildLog {
  readonly timestamps: SimMillis[] = [];
  readonly messages: string[] = [];
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
    // Reading a character flattens the concatenated string, so the log keeps one compact string per line.
    message.charCodeAt(0);
    this.timestamps.push(t);
    this.messages.push(message);
  }

  container(at: SimMillis, text: string): void {
    this.push(at, `[Container] ${agentTime(this.startEpochMs + Math.max(at, this.last))} ${this.mask(text)}\n`);
  }

  output(at: SimMillis, text: string): void {
    this.push(at, `${this.mask(text)}\n`);
  }

  /** Writes the lines to the build's stream; lines stamped in the future show up as the clock reaches them. */
  flush(world: World, build: Build, at: SimMillis): void {
    if (this.timestamps.length === 0) return;
    const stream = ensureLogStream(world, logGroupName(build.projectName), build.logStreamName, at);
    appendLogEvents(stream, this.timestamps, this.messages);
    this.timestamps.length = 0;
    this.messages.length = 0;
  }
}
