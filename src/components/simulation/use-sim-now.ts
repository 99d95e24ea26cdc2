import { useEngineState } from '../../api/simulation/hooks';
import type { EngineState } from '../../api/simulation/engine-store';

/**
 * The simulated wall-clock instant (epoch ms), rounded down to `granularityMs` so a view that
 * shows "5 minutes ago" re-renders when the text can change, not on every frame of the clock.
 */
export function useSimNow(granularityMs = 10_000): number | undefined {
  return useEngineState((s: EngineState) =>
    s.clock ? s.clock.startEpochMs + Math.floor(s.clock.now / granularityMs) * granularityMs : undefined,
  );
}

const selectStart = (s: EngineState) => s.clock?.startEpochMs;

/** When the world began, as an epoch instant; undefined until the engine has reported. */
export const useWorldStart = () => useEngineState(selectStart);
