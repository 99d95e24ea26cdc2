import { NO_FLEET, type FleetOptions } from './fleet-options';

/** The fleet's names for the deployment group form's pickers. */
export function useFleetOptions(): FleetOptions {
  return NO_FLEET;
}
