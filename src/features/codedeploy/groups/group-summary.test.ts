import { describe, expect, it } from 'vitest';
import type { DeploymentGroupInfo } from '../../../api/codedeploy/control-types';
import { loadBalancerLines, styleLines, targetLines } from './group-summary';

const group: DeploymentGroupInfo = {
  applicationName: 'demo-web',
  deploymentGroupId: 'g-1',
  deploymentGroupName: 'demo-web-fleet',
  deploymentConfigName: 'CodeDeployDefault.HalfAtATime',
  serviceRoleArn: 'arn:aws:iam::111122223333:role/CodeDeployServiceRole',
  computePlatform: 'Server',
  ec2TagFilters: [
    { Key: 'App', Value: 'demo-web', Type: 'KEY_AND_VALUE' },
    { Key: 'Canary', Type: 'KEY_ONLY' },
  ],
  autoScalingGroups: [{ name: 'web-asg' }],
  deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
  blueGreenDeploymentConfiguration: {
    deploymentReadyOption: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 30 },
    greenFleetProvisioningOption: { action: 'COPY_AUTO_SCALING_GROUP' },
    terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 60 },
  },
  loadBalancerInfo: { targetGroupInfoList: [{ name: 'demo-web-tg' }] },
};

describe('deployment group summary', () => {
  it('lists tag filters (any matches) and Auto Scaling groups', () => {
    expect(targetLines(group)).toEqual(['Tags: App=demo-web or Canary (any value)', 'Auto Scaling groups: web-asg']);
  });

  it('says what blue/green will do', () => {
    expect(styleLines(group)).toEqual([
      'Blue/green, with traffic control',
      'Waits up to 30 min for Reroute traffic, then stops',
      'Replacement: a copy of the Auto Scaling group',
      'Removes the original environment 60 min after success',
    ]);
    expect(loadBalancerLines(group)).toEqual(['Target group demo-web-tg']);
  });
});
