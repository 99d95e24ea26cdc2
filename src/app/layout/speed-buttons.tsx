import { useClock } from '../../api/simulation/hooks';
import { PauseIcon } from '../../components/icons';
import type { Speed } from '../../worker/protocol';
import { runEngineAction } from './engine-action';

const SPEED_LABELS: { speed: Speed; label: string }[] = [
  { speed: 'paused', label: 'Pause' },
  { speed: 1, label: '1×' },
  { speed: 10, label: '10×' },
  { speed: 60, label: '60×' },
  { speed: 600, label: '600×' },
  { speed: 'max', label: 'Max' },
];

export function SpeedButtons({ disabled }: { disabled: boolean }) {
  const speed = useClock()?.speed;
  return (
    <div
      role="group"
      aria-label="Speed"
      className="flex overflow-hidden rounded-md border border-zinc-300 bg-white dark:border-zinc-600 dark:bg-zinc-900"
    >
      {SPEED_LABELS.map((option) => (
        <button
          key={option.label}
          type="button"
          aria-pressed={speed === option.speed}
          disabled={disabled}
          onClick={() => void runEngineAction('Changing speed', (c) => c.setSpeed(option.speed))}
          className="inline-flex items-center gap-1 border-l border-zinc-300 px-2.5 py-1 text-xs font-semibold text-zinc-800 first:border-l-0 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-50 aria-pressed:bg-accent aria-pressed:text-white dark:border-zinc-600 dark:text-zinc-100 dark:hover:bg-zinc-800 dark:aria-pressed:bg-accent-night dark:aria-pressed:text-zinc-950"
        >
          {option.speed === 'paused' && <PauseIcon />}
          {option.label}
        </button>
      ))}
    </div>
  );
}
