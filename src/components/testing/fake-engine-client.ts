import { engineStore } from '../../api/simulation/engine-store';
import type { ClockStatus, EngineClient } from '../../worker/protocol';

export const DEMO_START = Date.parse('2026-01-05T09:00:00Z');

export const clockAt = (now: number, more: Partial<ClockStatus> = {}): ClockStatus => ({
  now,
  startEpochMs: DEMO_START,
  speed: 'paused',
  nextAt: null,
  scenarioName: 'demo',
  ...more,
});

/**
 * An engine client for component tests: records every control call (`setSpeed(10)`,
 * `advance(60000)`) and answers with `overrides` where a test needs a particular reply.
 */
export function fakeEngineClient(overrides: Partial<EngineClient> = {}) {
  const calls: string[] = [];
  const record =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
    };
  const client: EngineClient = {
    protocolVersion: 1,
    boot: async () => ({ state: 'running', ownership: 'owner' }),
    execute: async () => ({ ok: true, output: {} }),
    setSpeed: record('setSpeed'),
    step: record('step'),
    advance: record('advance'),
    status: async () => engineStore.getState().clock ?? clockAt(0),
    exportScenario: async () => '{}',
    importScenario: async () => ({ ok: true }),
    reset: record('reset'),
    takeOver: record('takeOver'),
    subscribe: () => () => undefined,
    ...overrides,
  };
  return { client, calls };
}

/** Puts the UI-side engine mirror into a running world driven by `client`. */
export function runWorld(client: EngineClient, clock: ClockStatus = clockAt(0)): void {
  engineStore.setState({
    client,
    clock,
    boot: { phase: 'running' },
    ownership: 'owner',
    events: [],
    notice: undefined,
  });
}
