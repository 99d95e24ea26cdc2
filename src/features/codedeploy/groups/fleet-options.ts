import type { InstanceSummary } from './instance-match';

/** What the deployment group form offers to pick from the simulated account's fleet. */
export interface FleetOptions {
  instances: InstanceSummary[];
  autoScalingGroups: string[];
  targetGroups: string[];
  /** `[listenerArn, "load balancer :port"]`. */
  listeners: (readonly [string, string])[];
  ecsServices: { clusterName: string; serviceName: string }[];
  alarms: string[];
}

export const NO_FLEET: FleetOptions = {
  instances: [],
  autoScalingGroups: [],
  targetGroups: [],
  listeners: [],
  ecsServices: [],
  alarms: [],
};
