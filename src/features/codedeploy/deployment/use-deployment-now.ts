import { useEngineState } from '../../../api/simulation/hooks';
import { useSimNow } from '../../../components/simulation/use-sim-now';

/**
 * The simulated instant for deployment views, coarse enough that they re-render about ten times a
 * real second at any speed: at 600× a per-second clock would re-render the whole page every frame.
 */
export function useDeploymentNow(): number | undefined {
  const speed = useEngineState((s) => s.clock?.speed);
  return useSimNow(typeof speed === 'number' && speed > 10 ? speed * 100 : 1000);
}
