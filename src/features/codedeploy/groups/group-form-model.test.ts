import { describe, expect, it } from 'vitest';
import { emptyGroupForm, fromDeploymentGroup, tagFiltersOf, toDeploymentGroupInput } from './group-form-model';

const role = 'arn:aws:iam::111122223333:role/CodeDeployServiceRole';

describe('toDeploymentGroupInput', () => {
  it('sends one tag group as ec2TagFilters, each filter typed by what was filled', () => {
    const form = {
      ...emptyGroupForm('demo-web', 'Server'),
      name: 'fleet',
      serviceRoleArn: role,
      tagGroups: [
        [
          { key: 'App', value: 'demo-web' },
          { key: 'Canary', value: '' },
          { key: '', value: 'blue' },
          { key: ' ', value: '' },
        ],
      ],
    };
    const input = toDeploymentGroupInput(form);
    expect(input.ec2TagFilters).toEqual([
      { Key: 'App', Value: 'demo-web', Type: 'KEY_AND_VALUE' },
      { Key: 'Canary', Type: 'KEY_ONLY' },
      { Value: 'blue', Type: 'VALUE_ONLY' },
    ]);
    expect(input.ec2TagSet).toBeUndefined();
    expect(input.deploymentStyle).toEqual({ deploymentType: 'IN_PLACE', deploymentOption: 'WITHOUT_TRAFFIC_CONTROL' });
    expect(input.loadBalancerInfo).toBeUndefined();
  });

  it('sends several tag groups as an ec2TagSet (an instance must match every group)', () => {
    const form = {
      ...emptyGroupForm('demo-web', 'Server'),
      tagGroups: [[{ key: 'App', value: 'demo-web' }], [{ key: 'Env', value: 'prod' }], [{ key: '', value: '' }]],
    };
    expect(toDeploymentGroupInput(form).ec2TagSet).toEqual({
      ec2TagSetList: [
        [{ Key: 'App', Value: 'demo-web', Type: 'KEY_AND_VALUE' }],
        [{ Key: 'Env', Value: 'prod', Type: 'KEY_AND_VALUE' }],
      ],
    });
    expect(tagFiltersOf(form)).toHaveLength(2);
  });

  it('sends blue/green with "wait for Reroute traffic" and "keep the original instances alive"', () => {
    const input = toDeploymentGroupInput({
      ...emptyGroupForm('demo-web', 'Server'),
      deploymentType: 'BLUE_GREEN',
      autoScalingGroups: ['web-asg'],
      targetGroups: ['web-tg'],
      reroute: 'STOP_DEPLOYMENT',
      rerouteWaitMinutes: '30',
      originalInstances: 'KEEP_ALIVE',
    });
    expect(input.deploymentStyle).toEqual({ deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' });
    expect(input.loadBalancerInfo).toEqual({ targetGroupInfoList: [{ name: 'web-tg' }] });
    expect(input.blueGreenDeploymentConfiguration).toEqual({
      terminateBlueInstancesOnDeploymentSuccess: { action: 'KEEP_ALIVE', terminationWaitTimeInMinutes: 0 },
      deploymentReadyOption: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 30 },
      greenFleetProvisioningOption: { action: 'COPY_AUTO_SCALING_GROUP' },
    });
  });

  it('sends an ECS service with its target group pair, production and test listeners', () => {
    const input = toDeploymentGroupInput({
      ...emptyGroupForm('demo-ecs', 'ECS'),
      ecsCluster: 'demo',
      ecsService: 'web',
      ecsTargetGroups: ['web-blue', 'web-green'],
      prodListenerArn: 'arn:listener/prod',
      testListenerArn: 'arn:listener/test',
    });
    expect(input.ecsServices).toEqual([{ clusterName: 'demo', serviceName: 'web' }]);
    expect(input.loadBalancerInfo).toEqual({
      targetGroupPairInfoList: [
        {
          targetGroups: [{ name: 'web-blue' }, { name: 'web-green' }],
          prodTrafficRoute: { listenerArns: ['arn:listener/prod'] },
          testTrafficRoute: { listenerArns: ['arn:listener/test'] },
        },
      ],
    });
    expect(input.deploymentStyle?.deploymentType).toBe('BLUE_GREEN');
  });

  it('sends alarms and rollback events only when enabled, and keeps a typed-over number visible to the service', () => {
    const form = {
      ...emptyGroupForm('demo-fn', 'Lambda'),
      alarms: ['demo-fn-errors'],
      rollbackEvents: ['DEPLOYMENT_FAILURE' as const, 'DEPLOYMENT_STOP_ON_ALARM' as const],
    };
    expect(toDeploymentGroupInput(form).alarmConfiguration).toEqual({
      enabled: false,
      ignorePollAlarmFailure: false,
      alarms: [],
    });
    const on = toDeploymentGroupInput({ ...form, alarmsEnabled: true, rollbackEnabled: true });
    expect(on.alarmConfiguration?.alarms).toEqual([{ name: 'demo-fn-errors' }]);
    expect(on.autoRollbackConfiguration).toEqual({
      enabled: true,
      events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'],
    });
    const typo = toDeploymentGroupInput({
      ...emptyGroupForm('demo-web', 'Server'),
      deploymentType: 'BLUE_GREEN',
      terminationWaitMinutes: '',
    });
    expect(
      typo.blueGreenDeploymentConfiguration?.terminateBlueInstancesOnDeploymentSuccess?.terminationWaitTimeInMinutes,
    ).toBeNaN();
  });
});

describe('fromDeploymentGroup', () => {
  it('round-trips a group the service returns', () => {
    const form = {
      ...emptyGroupForm('demo-web', 'Server'),
      name: 'demo-web-fleet',
      serviceRoleArn: role,
      deploymentConfigName: 'CodeDeployDefault.HalfAtATime',
      tagGroups: [[{ key: 'App', value: 'demo-web' }]],
      trafficControl: true,
      targetGroups: ['demo-web-tg'],
      alarmsEnabled: true,
      alarms: ['demo-web-5xx'],
      rollbackEnabled: true,
    };
    const input = toDeploymentGroupInput(form);
    const back = fromDeploymentGroup({
      ...input,
      deploymentGroupId: 'g-1',
      deploymentConfigName: input.deploymentConfigName ?? '',
      computePlatform: 'Server',
      autoScalingGroups: [],
    });
    expect(back).toEqual(form);
  });
});
