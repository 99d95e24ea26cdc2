import type { DragEvent, KeyboardEvent } from 'react';
import { PALETTE, PALETTE_GROUPS, type PaletteItem } from './catalog';
import { ProviderIcon } from './provider-icons';

/** The drag data type of a palette item: its key (`AWS/Build/CodeBuild`). */
export const PALETTE_MIME = 'application/x-cicdlab-action-type';

interface PaletteProps {
  /** Enter (or a click) on an item adds it to the selected stage, or to a new stage when none is selected. */
  onAdd: (item: PaletteItem) => void;
  /** Where Enter puts the action, said in the hint: "Build" or undefined for a new stage. */
  targetStage: string | undefined;
}

const onDragStart = (event: DragEvent, item: PaletteItem) => {
  event.dataTransfer.setData(PALETTE_MIME, item.key);
  event.dataTransfer.setData('text/plain', item.key);
  event.dataTransfer.effectAllowed = 'copy';
};

/** Action types by category, each draggable onto the canvas or added with the keyboard. */
export function Palette({ onAdd, targetStage }: PaletteProps) {
  return (
    <nav aria-label="Action types" className="flex h-full flex-col overflow-y-auto text-sm">
      <p className="px-3 pt-3 pb-2 text-xs text-zinc-600 dark:text-zinc-400">
        Drag onto a stage, or onto empty canvas for a new stage. Enter adds to{' '}
        {targetStage ? <strong>{targetStage}</strong> : 'a new stage'}.
      </p>
      {PALETTE_GROUPS.map((group) => (
        <section key={group} aria-label={group} className="px-2 pb-2">
          <h3 className="px-1 pt-1 pb-1 text-xs font-bold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
            {group}
          </h3>
          <ul className="space-y-0.5">
            {PALETTE.filter((item) => item.group === group).map((item) => (
              <li key={item.key}>
                <button
                  type="button"
                  draggable
                  data-palette-item={item.key}
                  onDragStart={(event) => onDragStart(event, item)}
                  onClick={() => onAdd(item)}
                  onKeyDown={(event: KeyboardEvent) => {
                    // The button's own Enter would also click; one add per key press.
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      onAdd(item);
                    }
                  }}
                  title={`${item.typeId.owner} · ${item.typeId.category} · ${item.typeId.provider}`}
                  className="flex w-full cursor-grab items-center gap-2 rounded-md px-1.5 py-1 text-left hover:bg-zinc-100 active:cursor-grabbing dark:hover:bg-zinc-800"
                >
                  <ProviderIcon provider={item.typeId.provider} category={item.typeId.category} size={20} />
                  <span className="min-w-0 truncate">{item.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
