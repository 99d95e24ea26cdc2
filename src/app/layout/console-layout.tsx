import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useBootState, useEngineState, useOwnership } from '../../api/simulation/hooks';
import type { EngineState } from '../../api/simulation/engine-store';
import { Loading } from '../../components/loading';
import { useTerminalPanel, watchTerminalShortcut } from '../../features/terminal/terminal-store';
import { BootFailedPage, NoticeBanner, ScenarioConflictDialog, StandbyOverlay } from './boot-screens';
import { Breadcrumbs } from './breadcrumbs';
import { ShortcutsDialog } from './shortcuts-dialog';
import { SideNav } from './side-nav';
import { SimulationBar } from './simulation-bar';
import { StatusToast } from './status-toast';
import { TopBar } from './top-bar';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

const selectWorldGeneration = (s: EngineState) => s.worldGeneration;

/* The terminal (xterm.js and the aws CLI's model) loads the first time it is opened, not with the console. */
const TerminalDock = lazy(() =>
  import('../../features/terminal/terminal-dock').then((m) => ({ default: m.TerminalDock })),
);

/** The console around every page: top bar, simulation bar, navigation, breadcrumbs, boot states. */
export function ConsoleLayout() {
  const boot = useBootState();
  const ownership = useOwnership();
  const worldGeneration = useEngineState(selectWorldGeneration);
  const main = useRef<HTMLElement>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  useKeyboardShortcuts(showShortcuts);
  const terminalOpen = useTerminalPanel((s) => s.open);
  const onTerminalPage = useLocation().pathname === '/terminal';
  useEffect(watchTerminalShortcut, []);

  if (boot.phase === 'failed') return <BootFailedPage message={boot.message} />;

  return (
    <div className="flex h-screen min-w-[1024px] flex-col">
      {/* A hash link would change the route, so the skip link moves focus itself. */}
      <a
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
        className="sr-only z-50 rounded bg-white px-3 py-2 font-semibold text-accent focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to main content
      </a>
      <TopBar onShowShortcuts={showShortcuts} />
      <SimulationBar />
      <NoticeBanner />
      <div className="flex min-h-0 flex-1">
        <SideNav />
        <main ref={main} id="main-content" tabIndex={-1} className="flex min-w-0 flex-1 flex-col overflow-y-auto">
          <Breadcrumbs />
          <div className="min-h-0 flex-1 px-6 pb-8">
            {/* A replaced world (reset, import) starts every page afresh: no filters or selections from the old one. */}
            <Suspense key={worldGeneration} fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </div>
        </main>
      </div>
      {terminalOpen && !onTerminalPage && (
        <Suspense fallback={null}>
          <TerminalDock />
        </Suspense>
      )}
      <StatusToast />
      {boot.phase === 'conflict' && <ScenarioConflictDialog {...boot} />}
      {ownership === 'standby' && boot.phase === 'running' && <StandbyOverlay />}
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
    </div>
  );
}
