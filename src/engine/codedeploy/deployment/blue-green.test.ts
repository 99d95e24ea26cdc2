import { describe, expect, it } from 'vitest';
import { s3Revision, serverGroup } from '../test-world';
import { deploymentOf, eventNames, info, ok, codedeployDriver } from '../../testing/codedeploy-deployments';

const byName = (names: string[]) => names.map((Value) => ({ Key: 'Name', Value, Type: 'KEY_AND_VALUE' }));

describe('EC2 blue/green deployments', () => {
  it('installs on the replacement fleet, waits Ready for ContinueDeployment, reroutes, blocks the originals and terminates them', () => {
    const driver = codedeployDriver();
    ok(driver, 'CreateApplication', { applicationName: 'web' });
    ok(
      driver,
      'CreateDeploymentGroup',
      serverGroup({
        ec2TagFilters: byName(['web-1', 'web-2', 'web-3']),
        deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
        deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
        loadBalancerInfo: { targetGroupInfoList: [{ name: 'web-tg' }] },
        blueGreenDeploymentConfiguration: {
          terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 60 },
          deploymentReadyOption: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 30 },
          greenFleetProvisioningOption: { action: 'DISCOVER_EXISTING' },
        },
      }),
    );
    const id = ok<{ deploymentId: string }>(driver, 'CreateDeployment', {
      applicationName: 'web',
      deploymentGroupName: 'web-fleet',
      revision: s3Revision(),
      targetInstances: { tagFilters: byName(['web-4', 'web-5', 'web-6']) },
    }).deploymentId;
    driver.advance('5m');
    expect(info(driver, id)).toMatchObject({ status: 'Ready', deploymentOverview: { Ready: 3, Pending: 3 } });
    const green = 'i-00000000000000004';
    const blue = 'i-00000000000000001';
    expect(deploymentOf(driver, id).targets[green]?.targetLabel).toBe('Green');
    expect(eventNames(driver, id, green)).toEqual([
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
    ]);
    expect(eventNames(driver, id, blue)).toEqual([
      'Start',
      'BeforeBlockTraffic',
      'BlockTraffic',
      'AfterBlockTraffic',
      'End',
    ]);
    ok(driver, 'ContinueDeployment', { deploymentId: id, deploymentWaitType: 'READY_WAIT' });
    driver.advance('30m');
    expect(info(driver, id)).toMatchObject({ status: 'InProgress', instanceTerminationWaitTimeStarted: true });
    const tg = Object.values(driver.sim.world.account.fleet.targetGroups).find((g) => g.targetGroupName === 'web-tg');
    expect(tg?.targets[green]?.state).toBe('healthy');
    driver.advance('1h');
    expect(info(driver, id).status).toBe('Succeeded');
    expect(driver.sim.world.account.fleet.instances[blue]?.state).toBe('terminated');
  });

  it('stops a Ready deployment when nobody continues it before the wait ends', () => {
    const driver = codedeployDriver();
    ok(driver, 'CreateApplication', { applicationName: 'web' });
    ok(
      driver,
      'CreateDeploymentGroup',
      serverGroup({
        ec2TagFilters: byName(['web-1']),
        deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
        loadBalancerInfo: { targetGroupInfoList: [{ name: 'web-tg' }] },
        blueGreenDeploymentConfiguration: {
          terminateBlueInstancesOnDeploymentSuccess: { action: 'KEEP_ALIVE', terminationWaitTimeInMinutes: 0 },
          deploymentReadyOption: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 10 },
          greenFleetProvisioningOption: { action: 'DISCOVER_EXISTING' },
        },
      }),
    );
    const id = ok<{ deploymentId: string }>(driver, 'CreateDeployment', {
      applicationName: 'web',
      deploymentGroupName: 'web-fleet',
      revision: s3Revision(),
      targetInstances: { tagFilters: byName(['web-2']) },
    }).deploymentId;
    driver.advance('5m');
    expect(info(driver, id).status).toBe('Ready');
    driver.advance('15m');
    expect(info(driver, id).status).toBe('Stopped');
  });

  it('COPY_AUTO_SCALING_GROUP launches a copy of the group as the replacement fleet and deploys to it', () => {
    const driver = codedeployDriver();
    const fleet = driver.sim.world.account.fleet;
    const asg = fleet.autoScalingGroups['web-asg'];
    if (asg) {
      asg.desiredCapacity = 2;
      asg.instanceIds = ['i-00000000000000001', 'i-00000000000000002'];
      // Without an instance profile the copied instances' agents would have no credentials.
      asg.launch.instanceProfile = 'web-instance-profile';
    }
    ok(driver, 'CreateApplication', { applicationName: 'web' });
    ok(
      driver,
      'CreateDeploymentGroup',
      serverGroup({
        ec2TagFilters: [],
        autoScalingGroups: ['web-asg'],
        deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
        deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
        loadBalancerInfo: { targetGroupInfoList: [{ name: 'web-tg' }] },
        blueGreenDeploymentConfiguration: {
          terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 5 },
          deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT', waitTimeInMinutes: 0 },
          greenFleetProvisioningOption: { action: 'COPY_AUTO_SCALING_GROUP' },
        },
      }),
    );
    const id = ok<{ deploymentId: string }>(driver, 'CreateDeployment', {
      applicationName: 'web',
      deploymentGroupName: 'web-fleet',
      revision: s3Revision(),
    }).deploymentId;
    driver.advance('2h');
    const d = deploymentOf(driver, id);
    expect(info(driver, id).status).toBe('Succeeded');
    const copy = fleet.autoScalingGroups[`CodeDeploy_web-fleet_${id}`];
    expect(copy?.instanceIds).toHaveLength(2);
    const greens = d.targetIds.filter((t) => d.targets[t]?.targetLabel === 'Green');
    expect(greens.sort()).toEqual([...(copy?.instanceIds ?? [])].sort());
    expect(fleet.instances['i-00000000000000001']?.state).toBe('terminated');
  });
});
