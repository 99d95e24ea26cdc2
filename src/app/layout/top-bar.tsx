import { Link } from 'react-router';
import { useEngineState } from '../../api/simulation/hooks';
import type { EngineState } from '../../api/simulation/engine-store';
import { KeyboardIcon } from '../../components/icons';
import { useTerminalPanel } from '../../features/terminal/terminal-store';
import { ActingAsSelect } from './acting-as-select';
import { ThemeControl } from './theme-control';
import { WorldMenu } from './world-menu';

const selectScenario = (s: EngineState) => s.clock?.scenarioName;

export function TopBar({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const scenario = useEngineState(selectScenario);
  const terminalOpen = useTerminalPanel((s) => s.open);
  const toggleTerminal = useTerminalPanel((s) => s.toggle);
  return (
    <header className="flex items-center gap-4 bg-topbar px-4 py-2 text-zinc-100">
      <Link to="/" className="flex items-center gap-2 rounded font-bold tracking-tight text-white">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <rect width="24" height="24" rx="5" fill="#ff9900" />
          <path d="M6 8h5v2H8v4h3v2H6zM13 8h5v2h-3v4h3v2h-5z" fill="#161d26" />
        </svg>
        CI/CD Lab
      </Link>
      <p className="flex min-w-0 items-center gap-2 text-sm text-zinc-300">
        <span className="text-zinc-400">Scenario</span>
        <span className="truncate rounded bg-zinc-700 px-2 py-0.5 font-mono text-xs text-white">{scenario ?? '…'}</span>
      </p>
      <div className="ml-auto flex items-center gap-3">
        <ActingAsSelect />
        <button
          type="button"
          onClick={toggleTerminal}
          aria-pressed={terminalOpen}
          title="Terminal (Ctrl+`)"
          className="flex items-center gap-1 rounded-full px-2 py-1 font-mono text-xs text-zinc-300 hover:text-white aria-pressed:bg-zinc-700 aria-pressed:text-white"
        >
          <span aria-hidden="true">&gt;_</span>
          <span>Terminal</span>
        </button>
        <button
          type="button"
          onClick={onShowShortcuts}
          title="Keyboard shortcuts (?)"
          className="flex items-center gap-1 rounded-full px-2 py-1 text-xs text-zinc-300 hover:text-white"
        >
          <KeyboardIcon />
          <span className="sr-only xl:not-sr-only">Keyboard shortcuts</span>
        </button>
        <ThemeControl />
        <WorldMenu />
      </div>
    </header>
  );
}
