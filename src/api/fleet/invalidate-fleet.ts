import type { QueryClient } from '@tanstack/react-query';
import { fleetKeys } from './keys';

/** A fleet change (fault, instance launched) may show in any of the fleet's services. */
export const invalidateFleet = (queryClient: QueryClient) =>
  Promise.all(fleetKeys.roots.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
