import { describe, expect, it } from 'vitest';
import { simulateOneAtATimeDeployment } from './bench';

describe('the benchmark deployment', () => {
  it('deploys one instance at a time to every instance, all hooks succeeding', () => {
    const result = simulateOneAtATimeDeployment(20);
    expect(result).toMatchObject({ targets: 20, succeeded: 20 });
    // Per instance: START and SUCCESS, and InProgress and Succeeded for each of its 15 lifecycle events.
    expect(result.events).toBeGreaterThanOrEqual(20 * (2 + 15 * 2));
  });
});
