import { describe, expect, it } from 'vitest';
import { countAssets } from './asset-census';

describe('countAssets', () => {
  it('counts an asset held by several repositories once', () => {
    const tgz = { name: 'lodash-4.17.20.tgz', size: 310_000, hashes: { 'SHA-256': 'abc' } };
    const other = { name: 'ui-kit-1.0.0.tgz', size: 12_000, hashes: { 'SHA-256': 'def' } };
    expect(countAssets([tgz, tgz, other])).toEqual({ stored: 2, references: 3 });
  });

  it('falls back to name and size without a hash', () => {
    expect(
      countAssets([
        { name: 'a', size: 1 },
        { name: 'a', size: 1 },
        { name: 'a', size: 2 },
      ]),
    ).toEqual({
      stored: 2,
      references: 3,
    });
  });
});
