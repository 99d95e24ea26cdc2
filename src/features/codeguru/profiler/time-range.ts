import type { ProfileQuery } from '../../../api/codeguru-profiler/analysis';

export const WINDOW_MS = 5 * 60_000;

/** The ranges the console offers; the first is the latest aggregated 5-minute profile (GetProfile with period only). */
export const RANGES = [
  ['PT5M', 'Latest 5-minute profile', 5 * 60_000],
  ['PT1H', 'Last hour', 60 * 60_000],
  ['PT3H', 'Last 3 hours', 3 * 60 * 60_000],
  ['P1D', 'Last day', 24 * 60 * 60_000],
] as const;

export type RangeId = (typeof RANGES)[number][0];

/** The GetProfile query for `id`, given the start of the current 5-minute window (epoch ms). */
export function rangeFor(id: RangeId, windowStart: number): ProfileQuery {
  if (id === 'PT5M') return { period: 'PT5M' };
  const length = (RANGES.find((r) => r[0] === id) ?? RANGES[1])[2];
  const end = windowStart + WINDOW_MS;
  return { startTime: new Date(end - length).toISOString(), endTime: new Date(end).toISOString() };
}
