import { createDeployment } from '../../../api/codedeploy/create-deployment';
import { createDeploymentGroup } from '../../../api/codedeploy/create-deployment-group';
import type { RevisionLocation } from '../../../api/codedeploy/deployment-types';
import { getDeploymentGroup } from '../../../api/codedeploy/get-deployment-group';
import { listDeploymentGroups } from '../../../api/codedeploy/list-deployment-groups';
import { describeInstances } from '../../../api/fleet/describe-instances';
import { runInstances } from '../../../api/fleet/run-instances';
import { engineClient } from '../../../api/simulation/hooks';
import { engineStore } from '../../../api/simulation/engine-store';

export interface ComparisonRequest {
  applicationName: string;
  revision: RevisionLocation;
  configs: string[];
  instancesPerRun: number;
}

const shortName = (config: string) => config.replace(/^CodeDeployDefault\./, '');

async function allRunning(tag: string): Promise<boolean> {
  const instances = await describeInstances([{ Name: 'tag:CompareRun', Values: [tag] }]);
  return instances.length > 0 && instances.every((i) => i.State.Name === 'running');
}

/**
 * Launches one identical fleet per configuration (tagged `CompareRun=<run>-<n>`), a deployment
 * group per fleet, then — with the clock paused — creates every deployment, so they all start at
 * the same virtual instant. Returns the deployment IDs in the order of `configs`.
 */
export async function startComparison(
  request: ComparisonRequest,
  onProgress: (step: string) => void,
): Promise<string[]> {
  const client = engineClient();
  const speed = engineStore.getState().clock?.speed ?? 'paused';
  const run = Math.floor((engineStore.getState().clock?.now ?? 0) / 1000).toString(36);
  const groups = await listDeploymentGroups(request.applicationName);
  const template = groups[0] ? await getDeploymentGroup(request.applicationName, groups[0]) : undefined;
  if (!template) throw new Error(`${request.applicationName} has no deployment group to take a service role from.`);
  const tags = request.configs.map((_, n) => `${run}-${n + 1}`);

  await client.setSpeed('paused');
  try {
    onProgress(`Launching ${request.configs.length} fleets of ${request.instancesPerRun} instances…`);
    for (const tag of tags)
      await runInstances({
        MinCount: request.instancesPerRun,
        MaxCount: request.instancesPerRun,
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'CompareRun', Value: tag }] }],
      });
    onProgress('Waiting for the instances to boot…');
    for (let guard = 0; guard < 200; guard++) {
      const ready = await Promise.all(tags.map(allRunning));
      if (ready.every(Boolean)) break;
      await client.step();
    }
    onProgress('Creating a deployment group per configuration…');
    const names = request.configs.map((config, n) => `compare-${tags[n]}-${shortName(config)}`);
    for (const [n, config] of request.configs.entries())
      await createDeploymentGroup({
        applicationName: request.applicationName,
        deploymentGroupName: names[n] as string,
        deploymentConfigName: config,
        serviceRoleArn: template.serviceRoleArn,
        ec2TagFilters: [{ Key: 'CompareRun', Value: tags[n], Type: 'KEY_AND_VALUE' }],
        deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITHOUT_TRAFFIC_CONTROL' },
      });
    onProgress('Starting the deployments at the same instant…');
    const ids: string[] = [];
    for (const [n, config] of request.configs.entries())
      ids.push(
        await createDeployment({
          applicationName: request.applicationName,
          deploymentGroupName: names[n] as string,
          deploymentConfigName: config,
          revision: request.revision,
          description: `Compare run ${run}: ${shortName(config)}`,
        }),
      );
    return ids;
  } finally {
    await client.setSpeed(speed === 'paused' ? 60 : speed);
  }
}
