import { describe, expect, it } from 'vitest';
import type { SimDriver } from '../../testing/driver';
import { codedeployDriver, s3Revision, serverGroup } from '../test-world';

const ok = <T = Record<string, unknown>>(driver: SimDriver, operation: string, input: Record<string, unknown> = {}) =>
  driver.ok<T>('codedeploy', operation, input);

function webGroup(extra: Record<string, unknown> = {}) {
  const driver = codedeployDriver();
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

const info = (driver: SimDriver, id: string) =>
  ok<{ deploymentInfo: Record<string, unknown> }>(driver, 'GetDeployment', { deploymentId: id }).deploymentInfo;

/** Start times of each instance's first lifecycle event, grouped into batches of instances that started together. */
function batches(driver: SimDriver, id: string): string[][] {
  const d = driver.sim.world.account.codedeploy.deployments[id];
  if (!d) throw new Error('no deployment');
  const byStart = new Map<number, string[]>();
  for (const t of d.targetIds) {
    const start = d.targets[t]?.lifecycleEvents[0]?.startTime ?? -1;
    byStart.set(start, [...(byStart.get(start) ?? []), t]);
  }
  return [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([, ids]) => ids);
}

describe('EC2 in-place deployments', () => {
  it('HalfAtATime on 6 instances deploys two batches of 3, in instance order, and succeeds', () => {
    const driver = webGroup({ deploymentConfigName: 'CodeDeployDefault.HalfAtATime' });
    const id = deploy(driver);
    driver.advance('1h');
    expect(info(driver, id)).toMatchObject({
      status: 'Succeeded',
      deploymentOverview: { Succeeded: 6, Failed: 0, Skipped: 0, Pending: 0 },
    });
    expect(batches(driver, id)).toEqual([
      ['i-00000000000000001', 'i-00000000000000002', 'i-00000000000000003'],
      ['i-00000000000000004', 'i-00000000000000005', 'i-00000000000000006'],
    ]);
    expect(driver.sim.world.account.codedeploy.deployments[id]?.minimumHealthy).toBe(3);
  });

  it('runs the lifecycle events in order without a load balancer', () => {
    const driver = webGroup();
    const id = deploy(driver);
    driver.advance('1h');
    const target = ok<{
      deploymentTarget: { instanceTarget: { lifecycleEvents: { lifecycleEventName: string; status: string }[] } };
    }>(driver, 'GetDeploymentTarget', { deploymentId: id, targetId: 'i-00000000000000001' }).deploymentTarget
      .instanceTarget;
    expect(target.lifecycleEvents.map((e) => e.lifecycleEventName)).toEqual([
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
    expect(target.lifecycleEvents.every((e) => e.status === 'Succeeded')).toBe(true);
  });
});
