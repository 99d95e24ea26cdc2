import { EngineHost, type HostClock } from './host';
import { PROTOCOL_VERSION, type EngineClient } from './protocol';
import { memoryStorage, type WorldStorage } from './storage';

/**
 * The engine in the caller's own thread, behind the same interface as the worker: for Node
 * (tests, the CLI, benchmarks). With one process there is no other tab, so it always owns the world.
 */
export function inProcessClient(
  options: { clock?: HostClock; storage?: WorldStorage; tickMs?: number } = {},
): EngineClient {
  const clock: HostClock = options.clock ?? {
    now: () => performance.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const host = new EngineHost({ clock, storage: options.storage ?? memoryStorage(), tickMs: options.tickMs });
  return {
    protocolVersion: PROTOCOL_VERSION,
    boot: (scenario, requested) => host.boot(scenario, requested),
    execute: (command) => host.execute(command),
    setSpeed: (speed) => host.setSpeed(speed),
    step: () => host.step(),
    advance: (ms) => host.advance(ms),
    status: () => host.status(),
    exportScenario: () => host.exportScenario(),
    importScenario: (text, size) => host.importScenario(text, size),
    reset: () => host.reset(),
    takeOver: async () => undefined,
    subscribe: (listener) => host.subscribe(listener),
  };
}
