import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { engineStore } from '../simulation/engine-store';
import { profilerKeys } from './keys';

const FIVE_MINUTES = 5 * 60_000;

/**
 * Agent reports come as simulator events (not `aws.*`), and the aggregation shows them later with no event at
 * all, so profiler answers are refetched whenever virtual time enters a new 5-minute window.
 */
export function useProfilerRefresh() {
  const queryClient = useQueryClient();
  useEffect(() => {
    let window = Math.floor((engineStore.getState().clock?.now ?? 0) / FIVE_MINUTES);
    return engineStore.subscribe((state) => {
      const next = Math.floor((state.clock?.now ?? 0) / FIVE_MINUTES);
      if (next === window) return;
      window = next;
      void queryClient.invalidateQueries({ queryKey: profilerKeys.all });
    });
  }, [queryClient]);
}
