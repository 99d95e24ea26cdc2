import { useState } from 'react';
import { useEngineState } from '../../api/simulation/hooks';
import type { EngineState } from '../../api/simulation/engine-store';
import { buttonClass } from '../../components/button-styles';
import { Dialog, DialogActions } from '../../components/dialog';
import { useStatusStore } from '../../stores/status-store';
import { runEngineAction } from './engine-action';

const selectScenario = (s: EngineState) => s.clock?.scenarioName ?? '';

export function ResetWorldDialog({ onClose }: { onClose: () => void }) {
  const scenario = useEngineState(selectScenario);
  const [busy, setBusy] = useState(false);

  const reset = async () => {
    if (busy) return;
    setBusy(true);
    await runEngineAction('Reset world', async (client) => {
      await client.reset();
      useStatusStore.getState().show(`The world is back at the start of scenario ${scenario}`);
    });
    onClose();
  };

  return (
    <Dialog title="Reset world" onClose={onClose}>
      <p>Reset the world to the start of scenario {scenario}? Everything done since is lost.</p>
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button type="button" className={buttonClass('danger')} onClick={() => void reset()} aria-disabled={busy}>
          Reset world
        </button>
      </DialogActions>
    </Dialog>
  );
}
