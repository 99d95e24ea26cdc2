import { formatDuration } from '../../engine/core/time';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Virtual time since the world began, as the simulation clock shows it: `00:03:12`, `1d 02:00:00`. */
export const formatElapsed = (ms: number): string => formatDuration(Math.max(0, ms));

/**
 * The simulated wall-clock instant, always in UTC so everyone who opens a scenario sees the
 * same time: `Mon 5 Jan 2026 09:03:12 UTC`.
 */
export function formatWallClock(epochMs: number): string {
  const d = new Date(epochMs);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} UTC`;
}

/** A calendar date and minute for tables: `5 Jan 2026 09:03 UTC`. */
export function formatDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** How long until something happens: `45s`, `2m 48s`, `1h 05m`, `3d 4h`. Rounds up, so it never says 0s early. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  if (total < 60) return `${total}s`;
  if (total < 3600) return `${Math.floor(total / 60)}m ${pad(total % 60)}s`;
  if (total < 86400) return `${Math.floor(total / 3600)}h ${pad(Math.floor((total % 3600) / 60))}m`;
  return `${Math.floor(total / 86400)}d ${Math.floor((total % 86400) / 3600)}h`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;

/** `just now`, `5 minutes ago`, `3 days ago`; past a month the date itself reads better. */
export function formatRelative(thenMs: number, nowMs: number): string {
  const seconds = Math.floor((nowMs - thenMs) / 1000);
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.round(seconds / 3600);
  if (hours < 24) return plural(hours, 'hour');
  const days = Math.round(seconds / 86400);
  if (days <= 30) return plural(days, 'day');
  const d = new Date(thenMs);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** git's signature date `1767600000 +0000` as epoch milliseconds (the zone does not move the instant). */
export function parseGitDate(date: string): number | undefined {
  const seconds = Number(date.trim().split(/\s+/)[0]);
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

/** A span of time for tooltips, tables and time axes: `4s`, `1m 05s`, `1h 02m` (rounded to the second). */
export function formatSpan(milliseconds: number): string {
  const s = Math.max(0, Math.round(milliseconds / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}
