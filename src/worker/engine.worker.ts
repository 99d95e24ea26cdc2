import { expose } from 'comlink';
import { EngineHost } from './host';
import { indexedDbStorage } from './idb-storage';
import type { BootResult, ScenarioSource, StreamListener, WorkerApi } from './protocol';

/**
 * The engine host in a module Web Worker. Only one tab may run the saved world at a time (a Web
 * Lock decides which); another tab stands by and can ask, over a BroadcastChannel, to take over.
 */
const LOCK_NAME = 'cicdlab-world';
const channel = new BroadcastChannel('cicdlab-world');

const host = new EngineHost({
  clock: {
    now: () => performance.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as number),
  },
  storage: indexedDbStorage(),
});

let releaseLock: (() => void) | undefined;
let lastBoot: ScenarioSource | undefined;

function acquireLock(wait: boolean): Promise<boolean> {
  return new Promise((resolve) => {
    void navigator.locks.request(LOCK_NAME, { ifAvailable: !wait }, (lock) => {
      if (!lock) {
        resolve(false);
        return undefined;
      }
      resolve(true);
      return new Promise<void>((release) => {
        releaseLock = release;
      });
    });
  });
}

channel.onmessage = async (message: MessageEvent<{ type: string }>) => {
  if (message.data.type !== 'take-over' || !releaseLock) return;
  await host.suspend();
  const release = releaseLock;
  releaseLock = undefined;
  release();
  host.publish({ type: 'ownership', ownership: 'standby' });
};

const api: WorkerApi = {
  async boot(scenario: ScenarioSource, requested: boolean): Promise<BootResult> {
    lastBoot = scenario;
    if (!releaseLock && !(await acquireLock(false))) {
      host.publish({ type: 'ownership', ownership: 'standby' });
      return { state: 'running', ownership: 'standby' };
    }
    return host.boot(scenario, requested);
  },
  async takeOver(): Promise<void> {
    if (releaseLock || !lastBoot) return;
    channel.postMessage({ type: 'take-over' });
    await acquireLock(true);
    await host.boot(lastBoot, false);
    host.publish({ type: 'ownership', ownership: 'owner' });
  },
  execute: host.execute.bind(host),
  setSpeed: host.setSpeed.bind(host),
  step: host.step.bind(host),
  advance: host.advance.bind(host),
  status: host.status.bind(host),
  exportScenario: host.exportScenario.bind(host),
  importScenario: host.importScenario.bind(host),
  reset: host.reset.bind(host),
  subscribe(listener: StreamListener): void {
    host.subscribe(listener);
  },
  ping: () => 'pong',
};

expose(api);
