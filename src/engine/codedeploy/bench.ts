import { strToU8, zipSync } from 'fflate';
import { simMillis } from '../core/time';
import { putObject } from '../s3/public';
import { createSimulation } from '../index';
import { createWorld } from '../scenario/create-world';
import { loadScenario } from '../scenario/load';
import { BUCKET, codedeployScenario, seedFleet, serverGroup } from './test-world';
import { revisionKey } from './revisions';

/** Every EC2 hook with a script (the block/allow traffic hooks too: the benchmark group has a load balancer). */
const HOOKS = [
  'BeforeBlockTraffic',
  'AfterBlockTraffic',
  'ApplicationStop',
  'BeforeInstall',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
  'BeforeAllowTraffic',
  'AfterAllowTraffic',
];

function bundle(version: string): Uint8Array {
  const appspec = `version: 0.0\nos: linux\nfiles:\n  - source: app\n    destination: /var/www/html\nhooks:\n${HOOKS.map(
    (h) => `  ${h}:\n    - location: scripts/${h}.sh\n      timeout: 300\n`,
  ).join('')}`;
  const files: Record<string, string> = {
    'appspec.yml': appspec,
    'app/index.html': `<h1>${version}</h1>\n`,
    ...Object.fromEntries(HOOKS.map((h) => [`scripts/${h}.sh`, `#!/bin/bash\necho "${h} ${version}"\n`])),
  };
  files['scripts/ValidateService.sh'] = '#!/bin/bash\ncurl -sf http://localhost/ > /dev/null\n';
  return zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])), {
    level: 0,
    mtime: Date.UTC(2026, 0, 5),
  });
}

export interface DeploymentOutcome {
  targets: number;
  succeeded: number;
  events: number;
}

/**
 * Sets up a OneAtATime in-place deployment of a revision to `instances` instances behind a load balancer, each of
 * which already runs the previous revision, so all nine hooks run their scripts on every instance. The returned
 * function runs the deployment to its end: what `npm run bench` times (deploy1000OneAtATimeMs). The engine itself
 * never reads a clock.
 */
export function prepareOneAtATimeDeployment(instances = 1000): () => DeploymentOutcome {
  const loaded = loadScenario(JSON.stringify(codedeployScenario()));
  if (!loaded.ok) throw new Error('the CodeDeploy test scenario is invalid');
  const sim = createSimulation(createWorld(loaded.scenario));
  const call = <T>(operation: string, input: Record<string, unknown>): T => {
    const result = sim.execute({ service: 'codedeploy', operation, input });
    if (!result.ok) throw new Error(`${operation}: ${result.error.message}`);
    return result.output as T;
  };
  const world = sim.world;
  seedFleet(world.account.fleet);
  const fleet = world.account.fleet;
  const template = fleet.instances['i-00000000000000001'];
  if (!template) throw new Error('the test world has no instances');
  for (const id of Object.keys(fleet.instances)) delete fleet.instances[id];
  for (let i = 1; i <= instances; i++) {
    const instanceId = `i-${String(i).padStart(17, '0')}`;
    fleet.instances[instanceId] = { ...template, instanceId, tags: { App: 'web', Name: `web-${i}` } };
  }
  putObject(world, BUCKET, 'bench/v1.zip', bundle('v1'), simMillis(0));
  putObject(world, BUCKET, 'bench/v2.zip', bundle('v2'), simMillis(0));
  call('CreateApplication', { applicationName: 'web' });
  call(
    'CreateDeploymentGroup',
    serverGroup({
      deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      loadBalancerInfo: { targetGroupInfoList: [{ name: 'web-tg' }] },
    }),
  );
  const revision = (key: string) => ({ revisionType: 'S3', s3Location: { bucket: BUCKET, key, bundleType: 'zip' } });
  // The previous release, deployed and finished, is what ApplicationStop and the block-traffic hooks run from.
  const { deploymentId: previous } = call<{ deploymentId: string }>('CreateDeployment', {
    applicationName: 'web',
    deploymentGroupName: 'web-fleet',
    revision: revision('bench/v1.zip'),
  });
  const done = world.account.codedeploy.deployments[previous];
  const group = world.account.codedeploy.deploymentGroups['web/web-fleet'];
  if (!done || !group) throw new Error('benchmark setup failed');
  world.queue.length = 0;
  done.status = 'Succeeded';
  for (const instance of Object.values(fleet.instances)) {
    instance.revision = {
      revisionKey: revisionKey(done.revision),
      deploymentId: previous,
      deploymentGroupId: group.deploymentGroupId,
      files: { '/var/www/html/index.html': '<h1>v1</h1>\n' },
    };
  }
  const { deploymentId } = call<{ deploymentId: string }>('CreateDeployment', {
    applicationName: 'web',
    deploymentGroupName: 'web-fleet',
    revision: revision('bench/v2.zip'),
  });
  const deployment = world.account.codedeploy.deployments[deploymentId];
  return () => {
    let events = 0;
    while (deployment && (deployment.status === 'Created' || deployment.status === 'InProgress')) {
      const next = sim.nextAt();
      if (next === undefined) break;
      sim.advanceTo(next, (batch) => {
        events += batch.length;
      });
    }
    const targets = deployment?.targetIds.length ?? 0;
    const succeeded = deployment?.targetIds.filter((id) => deployment.targets[id]?.status === 'Succeeded').length ?? 0;
    return { targets, succeeded, events };
  };
}

/** Sets up and runs the benchmark deployment. */
export const simulateOneAtATimeDeployment = (instances = 1000): DeploymentOutcome =>
  prepareOneAtATimeDeployment(instances)();
