/**
 * Query keys for the fleet. Each root matches an event source (`aws.ec2` → `['ec2']`,
 * `aws.cloudwatch` → `['cloudwatch']`), so the live stream invalidates them; metric data changes
 * every traffic period without an event, so its queries poll while shown.
 */
export const fleetKeys = {
  instances: (filter?: string) => ['ec2', 'instances', filter] as const,
  instanceStatus: () => ['ec2', 'instance-status'] as const,
  autoScalingGroups: () => ['autoscaling', 'groups'] as const,
  loadBalancers: () => ['elasticloadbalancing', 'load-balancers'] as const,
  listeners: (loadBalancerArn: string) => ['elasticloadbalancing', 'listeners', loadBalancerArn] as const,
  targetGroups: () => ['elasticloadbalancing', 'target-groups'] as const,
  targetHealth: (targetGroupArn: string) => ['elasticloadbalancing', 'target-health', targetGroupArn] as const,
  function: (name: string) => ['lambda', 'function', name] as const,
  versions: (name: string) => ['lambda', 'versions', name] as const,
  aliases: (name: string) => ['lambda', 'aliases', name] as const,
  services: (cluster: string) => ['ecs', 'services', cluster] as const,
  taskSets: (cluster: string, service: string) => ['ecs', 'task-sets', cluster, service] as const,
  taskDefinition: (taskDefinition: string) => ['ecs', 'task-definition', taskDefinition] as const,
  alarms: () => ['cloudwatch', 'alarms'] as const,
  metrics: (namespace?: string) => ['cloudwatch', 'metrics', namespace] as const,
  metricData: (request: string) => ['cloudwatch', 'metric-data', request] as const,
  simulation: () => ['fleet', 'simulation'] as const,
  /** The fleet view's combined read (describe-fleet.ts). */
  snapshot: () => ['fleet', 'snapshot'] as const,
  /** Everything the fleet shows: what a fault or a deployment may change. */
  roots: [['ec2'], ['autoscaling'], ['elasticloadbalancing'], ['lambda'], ['ecs'], ['cloudwatch'], ['fleet']] as const,
};
