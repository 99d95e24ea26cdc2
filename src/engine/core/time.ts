/** Milliseconds of virtual time since the world began. Never wall-clock time. */
export type SimMillis = number & { readonly __brand: 'SimMillis' };

export const simMillis = (n: number): SimMillis => n as SimMillis;

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const UNIT_MS: Record<string, number> = { ms: 1, s: SECOND, m: MINUTE, h: HOUR, d: DAY };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;

/**
 * Parses durations written the way people write them in scenarios and on the command line:
 * `45m`, `1h30m`, `10s`, `250ms`, `2d`. Returns undefined for anything else.
 */
export function parseDuration(text: string): SimMillis | undefined {
  const trimmed = text.trim();
  if (!DURATION.test(trimmed)) return undefined;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(PART)) {
    total += Number(amount) * (UNIT_MS[unit as string] ?? 0);
  }
  return simMillis(Math.round(total));
}

/** `1h 02m 03s` style for clocks and logs; sub-second parts are dropped. */
export function formatDuration(t: number): string {
  const totalSeconds = Math.floor(t / SECOND);
  const days = Math.floor(totalSeconds / 86400);
  const hours = Math.floor((totalSeconds % 86400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
  return days > 0 ? `${days}d ${clock}` : clock;
}

/** The wall-clock instant (ISO-8601, UTC) that virtual time `t` stands for in a world. */
export function isoAt(startEpochMs: number, t: number): string {
  return new Date(startEpochMs + t).toISOString();
}

/** Epoch seconds, the way AWS JSON 1.1 protocols put timestamps on the wire. */
export function epochSecondsAt(startEpochMs: number, t: number): number {
  return (startEpochMs + t) / 1000;
}
