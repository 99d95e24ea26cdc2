import { buttonClass } from '../../../components/button-styles';
import { useDraftStore } from '../draft/draft-store';

export const SMALL = '!px-3 !py-1 text-xs';

/** Undo and Redo, each saying what it would undo or redo ("Undo: add action Build"). */
export function HistoryButtons() {
  const undoLabel = useDraftStore((s) => s.past.at(-1)?.label);
  const redoLabel = useDraftStore((s) => s.future[0]?.label);
  const { undo, redo } = useDraftStore.getState();
  return (
    <>
      <button
        type="button"
        disabled={!undoLabel}
        onClick={undo}
        title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        className={buttonClass('normal', `${SMALL} max-w-64`)}
      >
        <span className="truncate">{undoLabel ? `Undo: ${undoLabel}` : 'Undo'}</span>
      </button>
      <button
        type="button"
        disabled={!redoLabel}
        onClick={redo}
        title={redoLabel ? `Redo: ${redoLabel} (Shift+Ctrl+Z)` : 'Nothing to redo'}
        className={buttonClass('normal', `${SMALL} max-w-64`)}
      >
        <span className="truncate">{redoLabel ? `Redo: ${redoLabel}` : 'Redo'}</span>
      </button>
    </>
  );
}
