import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { Link } from 'react-router';
import { CloseIcon } from '../../components/icons';
import { MIN_HEIGHT, useTerminalPanel } from './terminal-store';
import { TerminalView } from './terminal-view';

const STEP = 24;

/** The terminal docked under every page, as in Cloud9: drag its top edge (or use the arrow keys on it) to resize. */
export function TerminalDock() {
  const height = useTerminalPanel((s) => s.height);
  const setHeight = useTerminalPanel((s) => s.setHeight);
  const setOpen = useTerminalPanel((s) => s.setOpen);
  const drag = useRef<{ startY: number; startHeight: number } | undefined>(undefined);
  const maxHeight = () => Math.round(window.innerHeight * 0.8);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: height };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    setHeight(Math.min(maxHeight(), drag.current.startHeight + drag.current.startY - event.clientY));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowUp') setHeight(Math.min(maxHeight(), height + STEP));
    else if (event.key === 'ArrowDown') setHeight(height - STEP);
    else return;
    event.preventDefault();
  };

  return (
    <section
      aria-label="Terminal"
      style={{ height }}
      className="flex shrink-0 flex-col border-t border-zinc-300 bg-white dark:border-zinc-700 dark:bg-ink"
    >
      <div
        role="separator"
        aria-orientation="horizontal"
        aria-label="Resize terminal"
        aria-valuenow={height}
        aria-valuemin={MIN_HEIGHT}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = undefined)}
        onKeyDown={onKeyDown}
        className="h-1.5 shrink-0 cursor-row-resize bg-zinc-200 hover:bg-accent focus-visible:bg-accent dark:bg-zinc-800 dark:hover:bg-accent-night"
      />
      <header className="flex shrink-0 items-center gap-3 border-b border-zinc-200 px-3 py-1 text-xs dark:border-zinc-800">
        <span className="rounded-t border-b-2 border-accent px-2 py-0.5 font-semibold text-zinc-800 dark:border-accent-night dark:text-zinc-100">
          bash - &quot;ec2-user&quot;
        </span>
        <span className="text-zinc-500 dark:text-zinc-400">Ctrl+` toggles · Ctrl+Shift+C / V copy and paste</span>
        <Link to="/terminal" className="ml-auto rounded px-2 py-0.5 text-accent hover:underline dark:text-accent-night">
          Open full page
        </Link>
        <button
          type="button"
          onClick={() => setOpen(false)}
          title="Close terminal (Ctrl+`)"
          className="rounded p-1 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
        >
          <CloseIcon />
          <span className="sr-only">Close terminal</span>
        </button>
      </header>
      <TerminalView className="flex-1" />
    </section>
  );
}
