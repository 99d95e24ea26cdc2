import type { QueryClient } from '@tanstack/react-query';
import { markApiReady } from '../../api/aws-call';
import { connectEngine } from '../../api/simulation/connect';
import { engineStore } from '../../api/simulation/engine-store';
import { startWorkerClient } from '../../worker/worker-client';
import type { EngineClient, ScenarioSource } from '../../worker/protocol';
import { DEFAULT_SCENARIO, fetchScenario } from './scenario-source';

let pending: { client: EngineClient; requested: ScenarioSource } | undefined;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Starts the product's "backend" in the browser: the engine worker, the world (saved, or the
 * scenario the URL names, or the demo), then the mocked AWS endpoints. The shell renders
 * before any of this finishes; service calls wait for `markApiReady`.
 */
export async function bootstrap(queryClient: QueryClient): Promise<void> {
  const requestedName = new URLSearchParams(location.search).get('scenario');
  try {
    let scenario = await fetchScenario(DEFAULT_SCENARIO);
    if (requestedName !== null) {
      try {
        scenario = await fetchScenario(requestedName);
      } catch (e) {
        engineStore.setState({ notice: `${errorText(e)} The demo world was opened instead.` });
      }
    }
    const client = await startWorkerClient();
    connectEngine(client, queryClient);
    const result = await client.boot(scenario, scenario.name === requestedName);
    const { startBrowserMocks } = await import('../../../mocks/browser');
    await startBrowserMocks(client);
    if (result.state === 'conflict') {
      pending = { client, requested: scenario };
      engineStore.setState({ boot: { phase: 'conflict', ...result } });
      return;
    }
    engineStore.setState({ boot: { phase: 'running' }, ownership: result.ownership });
    markApiReady();
  } catch (e) {
    engineStore.setState({ boot: { phase: 'failed', message: errorText(e) } });
  }
}

/** The user's answer to "open the linked scenario, or keep the saved world?". */
export async function resolveScenarioConflict(choice: 'keep-saved' | 'open-requested'): Promise<void> {
  if (!pending) return;
  const { client, requested } = pending;
  pending = undefined;
  try {
    if (choice === 'open-requested') {
      const result = await client.importScenario(requested.text, requested.text.length);
      if (!result.ok) throw new Error(result.problems.join('\n'));
    } else {
      await client.boot(requested, false);
      const url = new URL(location.href);
      url.searchParams.delete('scenario');
      history.replaceState(history.state, '', url);
    }
    engineStore.setState({ boot: { phase: 'running' } });
    markApiReady();
  } catch (e) {
    engineStore.setState({ boot: { phase: 'failed', message: errorText(e) } });
  }
}
