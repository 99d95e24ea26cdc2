import { describe, expect, it } from 'vitest';
import {
  formatCountdown,
  formatDateTime,
  formatElapsed,
  formatRelative,
  formatSpan,
  formatWallClock,
  parseGitDate,
} from './time';

const START = Date.parse('2026-01-05T09:00:00Z');
const MIN = 60_000;

describe('the simulation clock', () => {
  it('shows elapsed virtual time as hours, minutes and seconds', () => {
    expect(formatElapsed(0)).toBe('00:00:00');
    expect(formatElapsed(3 * MIN + 12_000)).toBe('00:03:12');
    expect(formatElapsed(3 * MIN + 12_999)).toBe('00:03:12');
  });

  it('adds days once a world runs past 24 hours', () => {
    expect(formatElapsed(26 * 60 * MIN)).toBe('1d 02:00:00');
  });

  it('shows the simulated instant in UTC with the weekday', () => {
    expect(formatWallClock(START + 3 * MIN + 12_000)).toBe('Mon 5 Jan 2026 09:03:12 UTC');
    expect(formatDateTime(START + 3 * MIN)).toBe('5 Jan 2026 09:03 UTC');
  });
});

describe('time until the next event', () => {
  it('reads like a person would say it', () => {
    expect(formatCountdown(45_000)).toBe('45s');
    expect(formatCountdown(2 * MIN + 48_000)).toBe('2m 48s');
    expect(formatCountdown(65 * MIN)).toBe('1h 05m');
    expect(formatCountdown(3 * 24 * 60 * MIN + 4 * 60 * MIN)).toBe('3d 4h');
  });

  it('rounds up so a pending event never shows as 0s', () => {
    expect(formatCountdown(200)).toBe('1s');
    expect(formatCountdown(-5)).toBe('0s');
  });
});

describe('relative dates', () => {
  const now = START + 3 * 24 * 60 * MIN;

  it('counts back from the simulated now', () => {
    expect(formatRelative(now - 10_000, now)).toBe('just now');
    expect(formatRelative(now - MIN, now)).toBe('1 minute ago');
    expect(formatRelative(now - 5 * MIN, now)).toBe('5 minutes ago');
    expect(formatRelative(now - 3 * 60 * MIN, now)).toBe('3 hours ago');
    expect(formatRelative(now - 2 * 24 * 60 * MIN, now)).toBe('2 days ago');
  });

  it('gives the date for anything older than a month', () => {
    expect(formatRelative(START - 60 * 24 * 60 * MIN, START)).toBe('6 Nov 2025');
  });
});

describe('git dates', () => {
  it('reads the epoch seconds of a signature', () => {
    expect(parseGitDate('1767600000 +0000')).toBe(1_767_600_000_000);
    expect(parseGitDate('garbage')).toBeUndefined();
  });
});

describe('formatSpan', () => {
  it('reads as seconds, minutes or hours', () => {
    expect([formatSpan(4_000), formatSpan(65_000), formatSpan(3_720_000)]).toEqual(['4s', '1m 05s', '1h 02m']);
  });
});
