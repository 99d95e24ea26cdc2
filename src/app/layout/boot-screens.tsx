import { resolveScenarioConflict } from '../boot/bootstrap';
import { engineStore } from '../../api/simulation/engine-store';
import { useEngineState } from '../../api/simulation/hooks';
import { buttonClass } from '../../components/button-styles';
import { Dialog, DialogActions } from '../../components/dialog';
import { formatElapsed } from '../../components/format/time';
import { CloseIcon } from '../../components/icons';
import { runEngineAction } from './engine-action';

/** Shown instead of the console when the engine cannot start: nothing else would work. */
export function BootFailedPage({ message }: { message: string }) {
  // A link's ?scenario= is the usual culprit; offer the saved world (or the demo) instead.
  const requested = new URLSearchParams(location.search).get('scenario');
  return (
    <main className="mx-auto max-w-2xl px-6 py-20">
      <h1 className="text-2xl font-bold">The simulation engine could not start</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        CI/CD Lab runs a simulated AWS account inside this browser tab. It did not start, so the console cannot show
        anything yet. The reason it gave:
      </p>
      <pre className="mt-4 rounded-lg border border-red-300 bg-red-50 p-4 text-sm whitespace-pre-wrap text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100">
        {message}
      </pre>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">
        Reloading often helps after an update or a blocked worker. If it keeps failing, try another browser: the lab
        needs Web Workers, IndexedDB and service workers.
      </p>
      <div className="mt-6 flex gap-3">
        <button type="button" className={buttonClass('primary')} onClick={() => location.reload()}>
          Reload
        </button>
        {requested !== null && (
          <a href={`${location.pathname}${location.hash}`} className={buttonClass('normal')}>
            Open without the scenario {requested}
          </a>
        )}
      </div>
    </main>
  );
}

interface ConflictProps {
  savedScenario: string;
  savedNow: number;
  requestedScenario: string;
}

/** The page's link names a different scenario than the world saved in this browser: the user decides. */
export function ScenarioConflictDialog({ savedScenario, savedNow, requestedScenario }: ConflictProps) {
  return (
    <Dialog title="Open a different scenario?">
      <p>
        This link opens scenario {requestedScenario}. Your saved world (scenario {savedScenario}, at{' '}
        {formatElapsed(savedNow)}) would be replaced.
      </p>
      <DialogActions>
        <button
          type="button"
          className={buttonClass('normal')}
          onClick={() => void resolveScenarioConflict('keep-saved')}
          data-autofocus
        >
          Keep my world
        </button>
        <button
          type="button"
          className={buttonClass('primary')}
          onClick={() => void resolveScenarioConflict('open-requested')}
        >
          Open {requestedScenario}
        </button>
      </DialogActions>
    </Dialog>
  );
}

/** Another tab runs this world; this one waits until the user takes it over. */
export function StandbyOverlay() {
  return (
    <Dialog title="Another tab is running this world">
      <p>
        This world is open in another tab. Only one tab runs it at a time, so the two can never overwrite each other's
        changes.
      </p>
      <DialogActions>
        <button
          type="button"
          className={buttonClass('primary')}
          onClick={() => void runEngineAction('Taking over', (c) => c.takeOver())}
        >
          Use it in this tab
        </button>
      </DialogActions>
    </Dialog>
  );
}

const selectNotice = (s: { notice: string | undefined }) => s.notice;

/** A problem met while starting that did not stop the app, shown until dismissed. */
export function NoticeBanner() {
  const notice = useEngineState(selectNotice);
  if (!notice) return null;
  return (
    <div
      role="status"
      className="flex items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
    >
      <p className="flex-1">{notice}</p>
      <button
        type="button"
        aria-label="Dismiss notice"
        className="rounded p-1 hover:bg-amber-100 dark:hover:bg-amber-900"
        onClick={() => engineStore.setState({ notice: undefined })}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
