import { describe, expect, it } from 'vitest';
import { parseOnFailure } from './on-failure';

describe('parseOnFailure', () => {
  it.each([
    ['ABORT', { mode: 'ABORT' }],
    ['CONTINUE', { mode: 'CONTINUE' }],
    ['RETRY', { mode: 'RETRY', retries: 3, pattern: '.*' }],
    ['RETRY-0', { mode: 'RETRY', retries: 0, pattern: '.*' }],
    ['RETRY-8', { mode: 'RETRY', retries: 8, pattern: '.*' }],
    ['RETRY-invalid+', { mode: 'RETRY', retries: 3, pattern: 'invalid+' }],
    ['Retry-3-.*connection timed out.*', { mode: 'RETRY', retries: 3, pattern: '.*connection timed out.*' }],
    ['RETRY-8-invalid+', { mode: 'RETRY', retries: 8, pattern: 'invalid+' }],
  ])('reads %s', (text, value) => {
    expect(parseOnFailure(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['STOP', /must be ABORT, CONTINUE, RETRY/],
    ['RETRY-101', /between 0 and 100/],
    ['RETRY-', /nothing follows/],
    ['RETRY-(unclosed', /not a valid regular expression/],
  ])('refuses %s', (text, reason) => {
    const result = parseOnFailure(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
