import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './time';

describe('durations', () => {
  it.each([
    ['45m', 2_700_000],
    ['1h30m', 5_400_000],
    ['90s', 90_000],
    ['250ms', 250],
    ['2d', 172_800_000],
  ])('reads %s as %i ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', '45', 'm', '-5m', '5 minutes', '1h 30m'])('refuses %j', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );

  it('formats a clock with days', () => expect(formatDuration(90_061_000)).toBe('1d 01:01:01'));
});
