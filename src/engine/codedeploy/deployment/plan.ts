import type { DeploymentGroup } from '../state';

/** EC2 in-place without a load balancer (aws-facts §3.4). */
export const EC2_IN_PLACE = [
  'Start',
  'ApplicationStop',
  'DownloadBundle',
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
  'End',
] as const;

/** EC2 in-place behind a load balancer: the six traffic events around the install. */
export const EC2_IN_PLACE_WITH_LOAD_BALANCER = [
  'Start',
  'BeforeBlockTraffic',
  'BlockTraffic',
  'AfterBlockTraffic',
  'ApplicationStop',
  'DownloadBundle',
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
  'BeforeAllowTraffic',
  'AllowTraffic',
  'AfterAllowTraffic',
  'End',
] as const;

/** EC2 blue/green, replacement (Green) instances: install, then (after the ready wait) allow traffic. */
export const EC2_REPLACEMENT = [
  'Start',
  'ApplicationStop',
  'DownloadBundle',
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
  'BeforeAllowTraffic',
  'AllowTraffic',
  'AfterAllowTraffic',
  'End',
] as const;

/** Index in EC2_REPLACEMENT where rerouting starts. */
export const REPLACEMENT_REROUTE_FROM = 8;

/** EC2 blue/green, original (Blue) instances, once traffic has moved. */
export const EC2_ORIGINAL = ['Start', 'BeforeBlockTraffic', 'BlockTraffic', 'AfterBlockTraffic', 'End'] as const;

export const LAMBDA_EVENTS = ['Start', 'BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic', 'End'] as const;

/** ECS (aws-facts §3.4's table, between Start and End). */
export const ECS_EVENTS = [
  'Start',
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'AllowTestTraffic',
  'AfterAllowTestTraffic',
  'BeforeAllowTraffic',
  'AllowTraffic',
  'AfterAllowTraffic',
  'End',
] as const;

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
