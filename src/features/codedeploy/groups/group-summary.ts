import type { DeploymentGroupInfo, Ec2TagFilter } from '../../../api/codedeploy/control-types';

const filterText = (f: Ec2TagFilter) =>
  f.Type === 'KEY_AND_VALUE'
    ? `${f.Key}=${f.Value}`
    : f.Type === 'KEY_ONLY'
      ? `${f.Key} (any value)`
      : `any key=${f.Value}`;

/** The group's targets in one line each, the way the console lists them. */
export function targetLines(group: DeploymentGroupInfo): string[] {
  const lines: string[] = [];
  const set = group.ec2TagSet?.ec2TagSetList ?? [];
  if (set.length > 0) lines.push(...set.map((g, i) => `Tag group ${i + 1}: ${g.map(filterText).join(' or ')}`));
  else if (group.ec2TagFilters?.length) lines.push(`Tags: ${group.ec2TagFilters.map(filterText).join(' or ')}`);
  if (group.autoScalingGroups?.length)
    lines.push(`Auto Scaling groups: ${group.autoScalingGroups.map((g) => g.name).join(', ')}`);
  for (const s of group.ecsServices ?? []) lines.push(`ECS service ${s.clusterName}/${s.serviceName}`);
  return lines;
}

/** Deployment type, traffic control and the blue/green options in plain words. */
export function styleLines(group: DeploymentGroupInfo): string[] {
  const style = group.deploymentStyle;
  if (!style) return [];
  const lines = [
    `${style.deploymentType === 'BLUE_GREEN' ? 'Blue/green' : 'In-place'}, ${
      style.deploymentOption === 'WITH_TRAFFIC_CONTROL' ? 'with' : 'without'
    } traffic control`,
  ];
  const bg = group.blueGreenDeploymentConfiguration;
  if (style.deploymentType === 'BLUE_GREEN' && bg) {
    const ready = bg.deploymentReadyOption;
    if (ready)
      lines.push(
        ready.actionOnTimeout === 'CONTINUE_DEPLOYMENT'
          ? 'Reroutes traffic as soon as the replacement is ready'
          : `Waits up to ${ready.waitTimeInMinutes ?? 0} min for Reroute traffic, then stops`,
      );
    if (bg.greenFleetProvisioningOption)
      lines.push(
        bg.greenFleetProvisioningOption.action === 'COPY_AUTO_SCALING_GROUP'
          ? 'Replacement: a copy of the Auto Scaling group'
          : 'Replacement: instances found at deployment time',
      );
    const term = bg.terminateBlueInstancesOnDeploymentSuccess;
    if (term)
      lines.push(
        term.action === 'KEEP_ALIVE'
          ? 'Keeps the original instances running'
          : `Removes the original environment ${term.terminationWaitTimeInMinutes ?? 0} min after success`,
      );
  }
  return lines;
}

export function loadBalancerLines(group: DeploymentGroupInfo): string[] {
  const lb = group.loadBalancerInfo;
  if (!lb) return [];
  const lines = (lb.targetGroupInfoList ?? []).map((t) => `Target group ${t.name}`);
  for (const pair of lb.targetGroupPairInfoList ?? []) {
    lines.push(`Target groups ${pair.targetGroups.map((t) => t.name).join(' and ')}`);
    lines.push(`Production listener ${pair.prodTrafficRoute.listenerArns.join(', ')}`);
    if (pair.testTrafficRoute?.listenerArns.length)
      lines.push(`Test listener ${pair.testTrafficRoute.listenerArns.join(', ')}`);
  }
  return lines;
}
