import { describe, expect, it } from 'vitest';
import { pairsToJson, parsePairs } from './secret-pairs';

describe('secret key/value rows', () => {
  it('reads a flat JSON object and writes it back', () => {
    const pairs = parsePairs('{"apiKey":"demo-3f9a-7c21","user":"ci"}');
    expect(pairs).toEqual([
      { key: 'apiKey', value: 'demo-3f9a-7c21' },
      { key: 'user', value: 'ci' },
    ]);
    expect(pairsToJson([...(pairs ?? []), { key: '', value: 'ignored' }])).toBe(
      '{"apiKey":"demo-3f9a-7c21","user":"ci"}',
    );
  });

  it('leaves plain text and nested JSON as text', () => {
    expect(parsePairs('hunter2')).toBeUndefined();
    expect(parsePairs('{"a":{"b":1}}')).toBeUndefined();
    expect(parsePairs('')).toEqual([]);
  });
});
