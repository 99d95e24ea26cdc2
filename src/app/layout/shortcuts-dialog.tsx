import { buttonClass } from '../../components/button-styles';
import { Dialog, DialogActions } from '../../components/dialog';
import { SHORTCUTS } from './shortcuts';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <p className="mb-3 text-zinc-600 dark:text-zinc-400">They work anywhere except while you type in a field.</p>
      <dl className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.description} className="flex items-center justify-between gap-4 py-2">
            <dt className="flex gap-1">
              {shortcut.keys.map((key, i) => (
                <kbd
                  key={i}
                  className="min-w-7 rounded border border-zinc-300 bg-zinc-100 px-1.5 py-0.5 text-center font-mono text-xs shadow-sm dark:border-zinc-600 dark:bg-zinc-800"
                >
                  {key}
                </kbd>
              ))}
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
      <DialogActions>
        <button type="button" className={buttonClass('primary')} onClick={onClose}>
          Close
        </button>
      </DialogActions>
    </Dialog>
  );
}
