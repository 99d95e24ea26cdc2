import { formatBytes } from '../../components/format/bytes';
import { saveBlob } from '../../components/save-blob';

/** The engine refuses larger scenario files too; checking first spares reading a huge file. */
export const MAX_SCENARIO_FILE_BYTES = 25 * 1024 * 1024;

const pad = (n: number) => String(n).padStart(2, '0');

/** `cicdlab-demo-00h03m12s.json`: the scenario and how far its world had run when exported. */
export function exportFileName(scenarioName: string, elapsedMs: number): string {
  const total = Math.max(0, Math.floor(elapsedMs / 1000));
  const days = Math.floor(total / 86400);
  const clock = `${pad(Math.floor((total % 86400) / 3600))}h${pad(Math.floor((total % 3600) / 60))}m${pad(total % 60)}s`;
  const safeName = scenarioName.replace(/[^A-Za-z0-9._-]+/g, '-');
  return `cicdlab-${safeName}-${days > 0 ? `${days}d` : ''}${clock}.json`;
}

/** Why a chosen file cannot be imported before it is even read, or undefined when it may be. */
export function scenarioFileTooLarge(file: { name: string; size: number }): string | undefined {
  if (file.size <= MAX_SCENARIO_FILE_BYTES) return undefined;
  return `${file.name} is ${formatBytes(file.size)}; a scenario file can be at most ${formatBytes(MAX_SCENARIO_FILE_BYTES)}.`;
}

/** Hands text to the browser as a file download. */
export function downloadText(text: string, fileName: string): void {
  saveBlob(new Blob([text], { type: 'application/json' }), fileName);
}
