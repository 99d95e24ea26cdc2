import { useBootState, useClock, useEngineState } from '../../api/simulation/hooks';
import type { EngineState } from '../../api/simulation/engine-store';
import { formatCountdown, formatElapsed, formatWallClock } from '../../components/format/time';
import { StepIcon } from '../../components/icons';
import { runEngineAction } from './engine-action';
import { SpeedButtons } from './speed-buttons';

const selectCanControl = (s: EngineState) =>
  s.boot.phase === 'running' && s.ownership === 'owner' && s.client !== undefined;

const controlClass =
  'inline-flex items-center gap-1.5 rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-xs font-semibold text-zinc-800 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

/** Left and Right move between the bar's controls, as in any toolbar; Tab still reaches each one. */
function moveFocus(event: React.KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'));
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault();
  const next =
    event.key === 'ArrowRight' ? (index + 1) % buttons.length : (index - 1 + buttons.length) % buttons.length;
  buttons[next]?.focus();
}

function NextEvent() {
  const clock = useClock();
  if (!clock) return null;
  return (
    <span className="text-xs text-zinc-600 dark:text-zinc-400">
      {clock.nextAt === null ? 'no events scheduled' : `next event in ${formatCountdown(clock.nextAt - clock.now)}`}
    </span>
  );
}

function SimClock() {
  const clock = useClock();
  const boot = useBootState();
  if (!clock) {
    return (
      <span role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
        {boot.phase === 'starting' ? 'Starting the simulated AWS account…' : 'The clock is not running'}
      </span>
    );
  }
  return (
    <span className="flex items-baseline gap-2">
      <span className="sr-only">Virtual time elapsed</span>
      <span data-testid="sim-clock" className="font-mono text-base font-bold tabular-nums">
        {formatElapsed(clock.now)}
      </span>
      <span className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
        {formatWallClock(clock.startEpochMs + clock.now)}
      </span>
    </span>
  );
}

/** The virtual clock and its controls, on every page. */
export function SimulationBar() {
  const canControl = useEngineState(selectCanControl);
  return (
    <div
      role="toolbar"
      aria-label="Simulation"
      onKeyDown={moveFocus}
      className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-zinc-200 bg-zinc-50 px-4 py-2 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <SimClock />
      <SpeedButtons disabled={!canControl} />
      <div className="flex items-center gap-1.5">
        <button
          type="button"
          className={controlClass}
          disabled={!canControl}
          onClick={() => void runEngineAction('Step', (c) => c.step())}
        >
          <StepIcon />
          Step to next event
        </button>
        <button
          type="button"
          className={controlClass}
          disabled={!canControl}
          onClick={() => void runEngineAction('Advance', (c) => c.advance(60_000))}
        >
          Advance 1 minute
        </button>
        <button
          type="button"
          className={controlClass}
          disabled={!canControl}
          onClick={() => void runEngineAction('Advance', (c) => c.advance(600_000))}
        >
          Advance 10 minutes
        </button>
      </div>
      <NextEvent />
    </div>
  );
}
