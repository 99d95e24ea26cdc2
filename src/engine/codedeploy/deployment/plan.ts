import { APPSPEC_LIFECYCLE_EVENTS } from '../../specs';
import type { DeploymentGroup } from '../state';

const SERVER = APPSPEC_LIFECYCLE_EVENTS.Server;
const BLOCK_TRAFFIC = ['BeforeBlockTraffic', 'BlockTraffic', 'AfterBlockTraffic'];
const ALLOW_TRAFFIC = ['BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic'];
const without = (events: readonly string[], left: readonly string[]) => events.filter((e) => !left.includes(e));

/** EC2 in-place behind a load balancer: the six traffic events around the install (aws-facts §3.4). */
export const EC2_IN_PLACE_WITH_LOAD_BALANCER = SERVER;

/** EC2 in-place without a load balancer. */
export const EC2_IN_PLACE = without(SERVER, [...BLOCK_TRAFFIC, ...ALLOW_TRAFFIC]);

/** EC2 blue/green, replacement (Green) instances: install, then (after the ready wait) allow traffic. */
export const EC2_REPLACEMENT = without(SERVER, BLOCK_TRAFFIC);

/** Index in EC2_REPLACEMENT where rerouting starts. */
export const REPLACEMENT_REROUTE_FROM = EC2_REPLACEMENT.indexOf('BeforeAllowTraffic');

/** EC2 blue/green, original (Blue) instances, once traffic has moved. */
export const EC2_ORIGINAL = ['Start', ...BLOCK_TRAFFIC, 'End'];

export const LAMBDA_EVENTS = APPSPEC_LIFECYCLE_EVENTS.Lambda;

export const ECS_EVENTS = APPSPEC_LIFECYCLE_EVENTS.ECS;

/** Hooks whose scripts come from the previous successful revision on the instance. */
export const PREVIOUS_REVISION_HOOKS: ReadonlySet<string> = new Set([
  'ApplicationStop',
  'BeforeBlockTraffic',
  'AfterBlockTraffic',
]);

/** Events the agent does not run scripts for (reserved) and CodeDeploy does itself. */
export const SERVICE_EVENTS: ReadonlySet<string> = new Set(['Start', 'End']);

/** The six traffic events apply only when the group uses a load balancer. */
export const usesLoadBalancer = (group: DeploymentGroup) =>
  group.deploymentStyle.deploymentOption === 'WITH_TRAFFIC_CONTROL' &&
  (group.loadBalancerInfo?.targetGroupInfoList.length ?? 0) > 0;
