import { describe, expect, it } from 'vitest';
import { nextFloat, nextUuid, seedRng } from './rng';

describe('seeded PRNG', () => {
  it('draws the same sequence from the same seed and a different one from another seed', () => {
    const draw = (seed: number) => {
      const s = seedRng(seed);
      return Array.from({ length: 5 }, () => nextFloat(s));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('continues identically from a copied state', () => {
    const s = seedRng(9);
    nextFloat(s);
    const copy = JSON.parse(JSON.stringify(s)) as typeof s;
    expect(nextUuid(copy)).toBe(nextUuid(s));
  });

  it('makes version-4-shaped UUIDs', () => {
    expect(nextUuid(seedRng(1))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
