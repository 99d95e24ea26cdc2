import { useId, useState } from 'react';
import { buttonClass, inputClass } from '../../components/button-styles';
import { Dialog, DialogActions } from '../../components/dialog';
import { errorText } from '../../components/error-text';
import { engineClient } from '../../api/simulation/hooks';
import { useStatusStore } from '../../stores/status-store';
import { scenarioFileTooLarge } from './world-files';

/**
 * Replaces the world with a scenario file. Problems (already located by line and column) are
 * listed in the dialog, which stays open; the current world is untouched until a file loads.
 */
export function ImportWorldDialog({ onClose }: { onClose: () => void }) {
  const inputId = useId();
  const hintId = useId();
  const [file, setFile] = useState<File | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const importFile = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setProblems(['Choose a scenario file first.']);
      return;
    }
    const tooLarge = scenarioFileTooLarge(file);
    if (tooLarge) {
      setProblems([tooLarge]);
      return;
    }
    setBusy(true);
    setProblems([]);
    try {
      const client = engineClient();
      const result = await client.importScenario(await file.text(), file.size);
      if (!result.ok) {
        setProblems(result.problems);
        return;
      }
      const status = await client.status();
      useStatusStore.getState().show(`Imported scenario ${status.scenarioName}`);
      onClose();
    } catch (e) {
      setProblems([errorText(e)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Import world" onClose={onClose} size="wide">
      <form onSubmit={(e) => void importFile(e)}>
        <p id={hintId} className="mb-4 text-zinc-600 dark:text-zinc-400">
          Opens a scenario file (for example one made with Export world) in place of the current world. If the file has
          problems, nothing changes.
        </p>
        <label htmlFor={inputId} className="mb-1 block font-semibold">
          Scenario file
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={(e) => {
            setFile(e.target.files?.[0]);
            setProblems([]);
          }}
          className={`${inputClass} w-full file:mr-3 file:rounded-full file:border-0 file:bg-zinc-200 file:px-3 file:py-1 file:font-semibold dark:file:bg-zinc-700 dark:file:text-zinc-100`}
        />
        {problems.length > 0 && (
          <div
            role="alert"
            className="mt-4 max-h-64 overflow-y-auto rounded-lg border border-red-300 bg-red-50 p-3 text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100"
          >
            <p className="font-semibold">
              {problems.length === 1
                ? 'This file cannot be imported:'
                : `This file cannot be imported (${problems.length} problems):`}
            </p>
            <ul className="mt-1 list-disc space-y-1 pl-5 font-mono text-xs">
              {problems.map((problem, i) => (
                <li key={i} className="whitespace-pre-wrap">
                  {problem}
                </li>
              ))}
            </ul>
          </div>
        )}
        <DialogActions>
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
