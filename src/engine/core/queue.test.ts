import { describe, expect, it } from 'vitest';
import { popTimer, pushTimer, type Timer } from './queue';
import { nextInt, seedRng } from './rng';
import { simMillis } from './time';

describe('timer queue', () => {
  it('fires timers in time order, and equal times in the order they were scheduled', () => {
    const heap: Timer[] = [];
    const rng = seedRng(7);
    for (let seq = 0; seq < 2000; seq++) {
      pushTimer(heap, { at: simMillis(nextInt(rng, 0, 50)), seq, kind: 'k', payload: seq });
    }
    const fired: Timer[] = [];
    for (let t = popTimer(heap); t; t = popTimer(heap)) fired.push(t);
    expect(fired).toHaveLength(2000);
    for (let i = 1; i < fired.length; i++) {
      const [a, b] = [fired[i - 1] as Timer, fired[i] as Timer];
      expect(a.at < b.at || (a.at === b.at && a.seq < b.seq)).toBe(true);
    }
  });
});
