import { proxy, wrap, type Remote } from 'comlink';
import { PROTOCOL_VERSION, type EngineClient, type StreamListener, type WorkerApi } from './protocol';

const START_TIMEOUT_MS = 10_000;

/**
 * Starts the engine worker and returns the client for it, or rejects with a reason a person
 * can act on when the browser cannot run it.
 */
export async function startWorkerClient(): Promise<EngineClient> {
  if (typeof Worker === 'undefined')
    throw new Error('This browser cannot run Web Workers, which the simulation needs.');
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'cicdlab-engine' });
  const remote: Remote<WorkerApi> = wrap<WorkerApi>(worker);
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(
      () => reject(new Error('The simulation engine did not start within 10 seconds.')),
      START_TIMEOUT_MS,
    );
    worker.addEventListener('error', (e) => {
      clearTimeout(timeout);
      reject(
        new Error(`The simulation engine failed to start: ${e.message || 'the worker script could not be loaded'}.`),
      );
    });
    remote.ping().then(() => {
      clearTimeout(timeout);
      resolve();
    }, reject);
  });

  const listeners = new Set<StreamListener>();
  await remote.subscribe(proxy((message) => listeners.forEach((l) => l(message))));
  return {
    protocolVersion: PROTOCOL_VERSION,
    boot: (scenario, requested) => remote.boot(scenario, requested),
    execute: (command) => remote.execute(command),
    setSpeed: (speed) => remote.setSpeed(speed),
    step: () => remote.step(),
    advance: (ms) => remote.advance(ms),
    status: () => remote.status(),
    exportScenario: () => remote.exportScenario(),
    importScenario: (text, size) => remote.importScenario(text, size),
    reset: () => remote.reset(),
    takeOver: () => remote.takeOver(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
