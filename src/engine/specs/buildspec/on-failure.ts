import type { OnFailure } from './types';

export const DEFAULT_RETRIES = 3;
export const MAX_RETRIES = 100;

export type OnFailureParse = { ok: true; value: OnFailure } | { ok: false; reason: string };

/**
 * Reads an `on-failure` value: `ABORT`, `CONTINUE`, `RETRY`, `RETRY-<count>`, `RETRY-<regex>` or
 * `RETRY-<count>-<regex>`. The keyword is matched ignoring case (the CodeBuild reference itself writes `Retry-3-...`).
 * A part after `RETRY-` made only of digits is a count.
 */
export function parseOnFailure(text: string): OnFailureParse {
  const value = text.trim();
  const upper = value.toUpperCase();
  if (upper === 'ABORT' || upper === 'CONTINUE') return { ok: true, value: { mode: upper } };
  if (upper === 'RETRY') return { ok: true, value: { mode: 'RETRY', retries: DEFAULT_RETRIES, pattern: '.*' } };
  if (!upper.startsWith('RETRY-')) {
    return {
      ok: false,
      reason: 'it must be ABORT, CONTINUE, RETRY, RETRY-<count>, RETRY-<regex> or RETRY-<count>-<regex>',
    };
  }
  const rest = value.slice('RETRY-'.length);
  const counted = /^(\d+)(?:-([\s\S]+))?$/.exec(rest);
  let retries = DEFAULT_RETRIES;
  let pattern = rest;
  if (counted) {
    retries = Number(counted[1]);
    pattern = counted[2] ?? '.*';
    if (retries > MAX_RETRIES) return { ok: false, reason: `the retry count must be between 0 and ${MAX_RETRIES}` };
  }
  if (pattern === '') return { ok: false, reason: 'nothing follows `RETRY-`' };
  try {
    new RegExp(pattern);
  } catch {
    return { ok: false, reason: `\`${pattern}\` is not a valid regular expression` };
  }
  return { ok: true, value: { mode: 'RETRY', retries, pattern } };
}
