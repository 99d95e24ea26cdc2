import { useState } from 'react';
import { useEngineState } from '../../api/simulation/hooks';
import type { EngineState } from '../../api/simulation/engine-store';
import { MenuButton } from '../../components/menu-button';
import { useStatusStore } from '../../stores/status-store';
import { runEngineAction } from './engine-action';
import { ImportWorldDialog } from './import-world-dialog';
import { ResetWorldDialog } from './reset-world-dialog';
import { downloadText, exportFileName } from './world-files';

const selectCanControl = (s: EngineState) =>
  s.boot.phase === 'running' && s.ownership === 'owner' && s.client !== undefined;

async function exportWorld() {
  await runEngineAction('Export world', async (client) => {
    const [text, status] = await Promise.all([client.exportScenario(), client.status()]);
    const fileName = exportFileName(status.scenarioName, status.now);
    downloadText(text, fileName);
    useStatusStore.getState().show(`Exported the world to ${fileName}`);
  });
}

/** Reset, export and import of the whole simulated world. */
export function WorldMenu() {
  const canControl = useEngineState(selectCanControl);
  const [dialog, setDialog] = useState<'reset' | 'import' | undefined>();
  const close = () => setDialog(undefined);

  return (
    <>
      <MenuButton
        label="World"
        className="flex items-center gap-1 rounded-full border border-zinc-500 px-3 py-1 text-sm font-semibold text-zinc-100 hover:bg-zinc-700"
        items={[
          { label: 'Reset world', onSelect: () => setDialog('reset'), disabled: !canControl },
          { label: 'Export world', onSelect: () => void exportWorld(), disabled: !canControl },
          { label: 'Import world…', onSelect: () => setDialog('import'), disabled: !canControl },
        ]}
      />
      {dialog === 'reset' && <ResetWorldDialog onClose={close} />}
      {dialog === 'import' && <ImportWorldDialog onClose={close} />}
    </>
  );
}
