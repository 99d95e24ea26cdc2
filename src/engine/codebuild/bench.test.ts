import { describe, expect, it } from 'vitest';
import { simulateTypicalBuilds } from './bench';

describe('the benchmark build', () => {
  it('runs typical four-phase builds end to end, every one succeeding', () => {
    expect(simulateTypicalBuilds(50)).toEqual({ builds: 50, succeeded: 50, events: 50 * 11 });
  });
});
