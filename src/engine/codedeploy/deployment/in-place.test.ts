import { describe, expect, it } from 'vitest';
import type { SimDriver } from '../../testing/driver';
import { s3Revision, serverGroup } from '../test-world';
import {
  appspec,
  deploymentOf,
  eventNames,
  growFleet,
  info,
  ok,
  putBundle,
  codedeployDriver,
} from '../../testing/codedeploy-deployments';

function webGroup(extra: Record<string, unknown> = {}, setup?: (driver: SimDriver) => void) {
  const driver = codedeployDriver();
  setup?.(driver);
  ok(driver, 'CreateApplication', { applicationName: 'web' });
  ok(driver, 'CreateDeploymentGroup', serverGroup(extra));
  return driver;
}

const deploy = (driver: SimDriver, extra: Record<string, unknown> = {}) =>
  ok<{ deploymentId: string }>(driver, 'CreateDeployment', {
    applicationName: 'web',
    deploymentGroupName: 'web-fleet',
    revision: s3Revision(),
    ...extra,
  }).deploymentId;

/** Instances grouped by the time their first lifecycle event started: the batches, in order. */
function batches(driver: SimDriver, id: string): string[][] {
  const d = deploymentOf(driver, id);
  const byStart = new Map<number, string[]>();
  for (const t of d.targetIds) {
    const start = d.targets[t]?.lifecycleEvents[0]?.startTime ?? -1;
    byStart.set(start, [...(byStart.get(start) ?? []), t]);
  }
  return [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([, ids]) => ids);
}

const instance = (n: number) => `i-${String(n).padStart(17, '0')}`;
const stopAgent = (driver: SimDriver, n: number) => {
  const i = driver.sim.world.account.fleet.instances[instance(n)];
  if (i) i.agent = 'stopped';
};
const statuses = (driver: SimDriver, id: string) => {
  const d = deploymentOf(driver, id);
  return d.targetIds.map((t) => d.targets[t]?.status);
};

describe('EC2 in-place deployments: minimum healthy hosts', () => {
  it('HalfAtATime on 6 instances deploys two batches of 3, in instance order, and succeeds', () => {
    const driver = webGroup({ deploymentConfigName: 'CodeDeployDefault.HalfAtATime' });
    const id = deploy(driver);
    driver.advance('1h');
    expect(info(driver, id)).toMatchObject({
      status: 'Succeeded',
      deploymentOverview: { Succeeded: 6, Failed: 0, Skipped: 0, Pending: 0 },
    });
    expect(batches(driver, id)).toEqual([
      [instance(1), instance(2), instance(3)],
      [instance(4), instance(5), instance(6)],
    ]);
    expect(deploymentOf(driver, id).minimumHealthy).toBe(3);
  });

  it('OneAtATime: a failure on the last instance still succeeds', () => {
    const driver = webGroup({}, (d) => stopAgent(d, 6));
    const id = deploy(driver);
    driver.advance('3h');
    expect(batches(driver, id)).toHaveLength(6);
    expect(info(driver, id).status).toBe('Succeeded');
    expect(statuses(driver, id)).toEqual(['Succeeded', 'Succeeded', 'Succeeded', 'Succeeded', 'Succeeded', 'Failed']);
  });

  it('OneAtATime: a failure before the last instance fails the deployment and skips the rest', () => {
    const driver = webGroup({}, (d) => stopAgent(d, 3));
    const id = deploy(driver);
    driver.advance('3h');
    expect(info(driver, id)).toMatchObject({
      status: 'Failed',
      errorInformation: { code: 'HEALTH_CONSTRAINTS' },
    });
    expect(statuses(driver, id)).toEqual(['Succeeded', 'Succeeded', 'Failed', 'Skipped', 'Skipped', 'Skipped']);
    const failed = deploymentOf(driver, id).targets[instance(3)]?.lifecycleEvents.find((e) => e.status === 'Failed');
    expect(failed?.diagnostics?.message).toContain('CodeDeploy agent was not able to receive the lifecycle event');
  });

  it('AllAtOnce deploys every instance at once and succeeds with a single success', () => {
    const driver = webGroup({ deploymentConfigName: 'CodeDeployDefault.AllAtOnce' }, (d) => {
      for (const n of [1, 2, 3, 4, 5]) stopAgent(d, n);
    });
    const id = deploy(driver);
    driver.advance('3h');
    expect(batches(driver, id)).toHaveLength(1);
    expect(info(driver, id)).toMatchObject({ status: 'Succeeded', deploymentOverview: { Succeeded: 1, Failed: 5 } });
  });

  it('95% of 10 instances rounds up to 10 and fails at once with HEALTH_CONSTRAINTS_INVALID', () => {
    const driver = webGroup({}, (d) => growFleet(d, 10));
    ok(driver, 'CreateDeploymentConfig', {
      deploymentConfigName: 'NinetyFive',
      minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 95 },
    });
    const id = deploy(driver, { deploymentConfigName: 'NinetyFive' });
    driver.advance('1m');
    expect(info(driver, id)).toMatchObject({
      status: 'Failed',
      errorInformation: { code: 'HEALTH_CONSTRAINTS_INVALID' },
      deploymentOverview: { Pending: 0, InProgress: 0, Succeeded: 0, Skipped: 10 },
    });
    expect(deploymentOf(driver, id).minimumHealthy).toBe(10);
  });
});

describe('EC2 in-place deployments: lifecycle events', () => {
  it('runs the events in order without a load balancer', () => {
    const driver = webGroup();
    const id = deploy(driver);
    driver.advance('1h');
    expect(eventNames(driver, id, instance(1))).toEqual([
      'Start',
      'ApplicationStop',
      'DownloadBundle',
      'BeforeInstall',
      'Install',
      'AfterInstall',
      'ApplicationStart',
      'ValidateService',
      'End',
    ]);
    expect(deploymentOf(driver, id).targets[instance(1)]?.lifecycleEvents.every((e) => e.status === 'Succeeded')).toBe(
      true,
    );
  });

  it('adds the six traffic events behind a load balancer and moves the instance out of and into the target group', () => {
    const driver = webGroup({
      deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      loadBalancerInfo: { targetGroupInfoList: [{ name: 'web-tg' }] },
    });
    const id = deploy(driver);
    driver.advance('3h');
    expect(info(driver, id).status).toBe('Succeeded');
    expect(eventNames(driver, id, instance(1))).toEqual([
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
    ]);
    const tg = Object.values(driver.sim.world.account.fleet.targetGroups).find((g) => g.targetGroupName === 'web-tg');
    expect(Object.keys(tg?.targets ?? {}).sort()).toEqual([1, 2, 3, 4, 5, 6].map(instance));
  });

  it('runs ApplicationStop from the previous revision, and skips it on the first deployment', () => {
    const driver = webGroup();
    const v1 = putBundle(driver, 'web/a.zip', {
      'appspec.yml': appspec({ ApplicationStop: 'scripts/stop.sh' }),
      'scripts/stop.sh': 'echo "stopping release one"\n',
    });
    const v2 = putBundle(driver, 'web/b.zip', {
      'appspec.yml': appspec({ ApplicationStop: 'scripts/stop.sh' }),
      'scripts/stop.sh': 'echo "stopping release two"\n',
    });
    const first = deploy(driver, { revision: v1 });
    driver.advance('1h');
    const firstStop = deploymentOf(driver, first).targets[instance(1)]?.lifecycleEvents[1];
    expect(firstStop).toMatchObject({ lifecycleEventName: 'ApplicationStop', status: 'Succeeded' });
    expect(firstStop?.diagnostics).toBeUndefined();
    const second = deploy(driver, { revision: v2 });
    driver.advance('1h');
    const stop = deploymentOf(driver, second).targets[instance(1)]?.lifecycleEvents[1];
    expect(stop?.diagnostics?.logTail).toContain('[stdout]stopping release one');
    expect(stop?.diagnostics?.logTail).not.toContain('release two');
  });

  it('fails a script that runs past its timeout with ScriptTimedOut', () => {
    const driver = webGroup();
    const revision = putBundle(driver, 'web/slow.zip', {
      'appspec.yml':
        'version: 0.0\nos: linux\nhooks:\n  ValidateService:\n    - location: scripts/check.sh\n      timeout: 60\n',
      'scripts/check.sh': 'echo waiting\nsleep 120\n',
    });
    const id = deploy(driver, { revision });
    driver.advance('1h');
    expect(info(driver, id)).toMatchObject({ status: 'Failed', errorInformation: { code: 'HEALTH_CONSTRAINTS' } });
    const validate = deploymentOf(driver, id).targets[instance(1)]?.lifecycleEvents.find(
      (e) => e.lifecycleEventName === 'ValidateService',
    );
    expect(validate).toMatchObject({
      status: 'Failed',
      diagnostics: {
        errorCode: 'ScriptTimedOut',
        scriptName: 'scripts/check.sh',
        message: 'Script at specified location: scripts/check.sh failed to complete in 60 seconds',
      },
    });
    expect((validate?.endTime ?? 0) - (validate?.startTime ?? 0)).toBeGreaterThanOrEqual(60_000);
  });

  it('fails a script that exits non-zero with ScriptFailed and its exit code', () => {
    const driver = webGroup();
    const revision = putBundle(driver, 'web/bad.zip', {
      'appspec.yml': appspec({ AfterInstall: 'scripts/after.sh' }),
      'scripts/after.sh': 'echo "migrating" >&2\nexit 3\n',
    });
    const id = deploy(driver, { revision });
    driver.advance('1h');
    const after = deploymentOf(driver, id).targets[instance(1)]?.lifecycleEvents.find(
      (e) => e.lifecycleEventName === 'AfterInstall',
    );
    expect(after?.diagnostics).toMatchObject({
      errorCode: 'ScriptFailed',
      message: 'Script at specified location: scripts/after.sh run as user root failed with exit code 3',
    });
    expect(after?.diagnostics?.logTail).toContain('[stderr]migrating');
  });

  it('ignoreApplicationStopFailures lets a failing ApplicationStop of the previous revision pass', () => {
    const driver = webGroup();
    const broken = putBundle(driver, 'web/broken-stop.zip', {
      'appspec.yml': appspec({ ApplicationStop: 'scripts/stop.sh' }),
      'scripts/stop.sh': 'echo "cannot stop" >&2\nexit 1\n',
    });
    deploy(driver, { revision: broken });
    driver.advance('1h');
    const strict = deploy(driver);
    driver.advance('1h');
    expect(info(driver, strict)).toMatchObject({ status: 'Failed' });
    expect(deploymentOf(driver, strict).targets[instance(1)]?.lifecycleEvents[1]).toMatchObject({
      lifecycleEventName: 'ApplicationStop',
      status: 'Failed',
      diagnostics: { errorCode: 'ScriptFailed' },
    });
    const lenient = deploy(driver, { ignoreApplicationStopFailures: true });
    driver.advance('1h');
    expect(info(driver, lenient).status).toBe('Succeeded');
  });

  it('refuses a second deployment while one is in progress in the group', () => {
    const driver = webGroup();
    const id = deploy(driver);
    const result = driver.call('codedeploy', 'CreateDeployment', {
      applicationName: 'web',
      deploymentGroupName: 'web-fleet',
      revision: s3Revision(),
    });
    expect(result.ok ? undefined : result.error).toEqual({
      type: 'DeploymentLimitExceededException',
      message: `The Deployment Group 'web-fleet' already has an active Deployment '${id}'`,
      status: 400,
    });
  });

  it('is deterministic: the same scenario gives the same event log', () => {
    const run = () => {
      const driver = webGroup({ deploymentConfigName: 'CodeDeployDefault.HalfAtATime' });
      deploy(driver);
      driver.advance('1h');
      return driver.logText();
    };
    const first = run();
    expect(first).toContain('CodeDeploy Lifecycle Event Change');
    expect(run()).toBe(first);
  });
});
