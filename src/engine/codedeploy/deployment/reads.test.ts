import { describe, expect, it } from 'vitest';
import { s3Revision, serverGroup } from '../test-world';
import { codedeployDriver, ok } from '../../testing/codedeploy-deployments';

function twoDeployments() {
  const driver = codedeployDriver();
  const agent = driver.sim.world.account.fleet.instances['i-00000000000000006'];
  if (agent) agent.agent = 'stopped';
  ok(driver, 'CreateApplication', { applicationName: 'web' });
  ok(driver, 'CreateDeploymentGroup', serverGroup());
  const deploy = () =>
    ok<{ deploymentId: string }>(driver, 'CreateDeployment', {
      applicationName: 'web',
      deploymentGroupName: 'web-fleet',
      revision: s3Revision(),
    }).deploymentId;
  const first = deploy();
  driver.advance('3h');
  const second = deploy();
  driver.advance('10s');
  return { driver, first, second };
}

describe('Deployment reads', () => {
  it('lists deployments newest first, filtered by group and status', () => {
    const { driver, first, second } = twoDeployments();
    expect(ok(driver, 'ListDeployments', { applicationName: 'web', deploymentGroupName: 'web-fleet' })).toEqual({
      deployments: [second, first],
    });
    expect(ok(driver, 'ListDeployments', { includeOnlyStatuses: ['Succeeded'] })).toEqual({ deployments: [first] });
    const bad = driver.call('codedeploy', 'ListDeployments', { includeOnlyStatuses: ['Done'] });
    expect(bad.ok ? '' : bad.error.type).toBe('InvalidDeploymentStatusException');
    const batch = ok<{ deploymentsInfo: { deploymentId: string; status: string }[] }>(driver, 'BatchGetDeployments', {
      deploymentIds: [first, second, 'd-UNKNOWN00'],
    });
    expect(batch.deploymentsInfo.map((d) => [d.deploymentId, d.status])).toEqual([
      [first, 'Succeeded'],
      [second, 'InProgress'],
    ]);
  });

  it('lists and reads targets and instances with their lifecycle events', () => {
    const { driver, first } = twoDeployments();
    const failed = ok<{ targetIds: string[] }>(driver, 'ListDeploymentTargets', {
      deploymentId: first,
      targetFilters: { TargetStatus: ['Failed'] },
    });
    expect(failed.targetIds).toEqual(['i-00000000000000006']);
    expect(
      ok<{ instancesList: string[] }>(driver, 'ListDeploymentInstances', {
        deploymentId: first,
        instanceStatusFilter: ['Succeeded'],
      }).instancesList,
    ).toHaveLength(5);
    const target = ok<{ deploymentTargets: Record<string, unknown>[] }>(driver, 'BatchGetDeploymentTargets', {
      deploymentId: first,
      targetIds: ['i-00000000000000006'],
    }).deploymentTargets[0];
    expect(target).toMatchObject({
      deploymentTargetType: 'InstanceTarget',
      instanceTarget: {
        deploymentId: first,
        targetId: 'i-00000000000000006',
        targetArn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-00000000000000006',
        status: 'Failed',
      },
    });
    const summary = ok<{ instanceSummary: { lifecycleEvents: { lifecycleEventName: string; status: string }[] } }>(
      driver,
      'GetDeploymentInstance',
      { deploymentId: first, instanceId: 'i-00000000000000006' },
    ).instanceSummary;
    expect(summary.lifecycleEvents.map((e) => e.status)).toEqual([
      'Succeeded',
      'Failed',
      'Skipped',
      'Skipped',
      'Skipped',
      'Skipped',
      'Skipped',
      'Skipped',
      'Skipped',
    ]);
    const missing = driver.call('codedeploy', 'GetDeploymentTarget', { deploymentId: first, targetId: 'i-nope' });
    expect(missing.ok ? '' : missing.error.type).toBe('DeploymentTargetDoesNotExistException');
  });
});
