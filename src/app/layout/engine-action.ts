import { engineClient } from '../../api/simulation/hooks';
import { errorText } from '../../components/error-text';
import { useStatusStore } from '../../stores/status-store';
import type { EngineClient } from '../../worker/protocol';

/** Runs a simulation control; if the engine refuses, says so in the status area instead of failing silently. */
export async function runEngineAction(what: string, action: (client: EngineClient) => Promise<unknown>): Promise<void> {
  try {
    await action(engineClient());
  } catch (e) {
    useStatusStore.getState().show(`${what} failed: ${errorText(e)}`);
  }
}
