import { describe, expect, it } from 'vitest';
import { SimDriver } from '../testing/driver';
import { PREDEFINED_CONFIGS } from './configs';
import { revisionKey } from './revisions';
import {
  BUCKET,
  codedeployScenario,
  ecsGroup,
  LAMBDA_APPSPEC,
  ROLE_ARN,
  s3Revision,
  seedFleet,
  serverGroup,
} from './test-world';

function codedeployDriver() {
  const driver = SimDriver.from(codedeployScenario());
  seedFleet(driver.sim.world.account.fleet);
  return driver;
}

const errorOf = (driver: SimDriver, operation: string, input: Record<string, unknown>) => {
  const result = driver.call('codedeploy', operation, input);
  if (result.ok) throw new Error(`${operation} succeeded`);
  return result.error;
};
const ok = <T = Record<string, unknown>>(driver: SimDriver, operation: string, input: Record<string, unknown> = {}) =>
  driver.ok<T>('codedeploy', operation, input);

function withApps() {
  const driver = codedeployDriver();
  ok(driver, 'CreateApplication', { applicationName: 'web' });
  ok(driver, 'CreateApplication', { applicationName: 'fn', computePlatform: 'Lambda' });
  ok(driver, 'CreateApplication', { applicationName: 'api', computePlatform: 'ECS' });
  return driver;
}

describe('CodeDeploy applications', () => {
  it('creates, reads, lists, renames and deletes applications', () => {
    const driver = withApps();
    const { application } = ok<{ application: Record<string, unknown> }>(driver, 'GetApplication', {
      applicationName: 'web',
    });
    expect(application).toMatchObject({
      applicationName: 'web',
      computePlatform: 'Server',
      linkedToGitHub: false,
      createTime: Date.parse('2026-01-05T09:00:00Z') / 1000,
    });
    expect(ok(driver, 'ListApplications').applications).toEqual(['api', 'fn', 'web']);
    expect(
      ok<{ applicationsInfo: { computePlatform: string }[] }>(driver, 'BatchGetApplications', {
        applicationNames: ['fn', 'api'],
      }).applicationsInfo.map((a) => a.computePlatform),
    ).toEqual(['Lambda', 'ECS']);

    ok(driver, 'CreateDeploymentGroup', serverGroup());
    ok(driver, 'UpdateApplication', { applicationName: 'web', newApplicationName: 'site' });
    expect(ok(driver, 'ListDeploymentGroups', { applicationName: 'site' }).deploymentGroups).toEqual(['web-fleet']);
    expect(errorOf(driver, 'GetApplication', { applicationName: 'web' })).toMatchObject({
      type: 'ApplicationDoesNotExistException',
      message: 'No application found for name: web',
    });

    ok(driver, 'DeleteApplication', { applicationName: 'site' });
    expect(ok(driver, 'ListApplications').applications).toEqual(['api', 'fn']);
    expect(driver.sim.world.account.codedeploy.deploymentGroups).toEqual({});
    // Deleting again succeeds: DeleteApplication has no "does not exist" error.
    ok(driver, 'DeleteApplication', { applicationName: 'site' });
  });

  it('refuses bad names, duplicates and unknown platforms with the real exception types', () => {
    const driver = withApps();
    expect(errorOf(driver, 'CreateApplication', {}).type).toBe('ApplicationNameRequiredException');
    expect(errorOf(driver, 'CreateApplication', { applicationName: 'my app' }).type).toBe(
      'InvalidApplicationNameException',
    );
    expect(errorOf(driver, 'CreateApplication', { applicationName: 'x'.repeat(101) }).type).toBe(
      'InvalidApplicationNameException',
    );
    ok(driver, 'CreateApplication', { applicationName: 'a._+=,@-1' });
    expect(errorOf(driver, 'CreateApplication', { applicationName: 'web' })).toMatchObject({
      type: 'ApplicationAlreadyExistsException',
    });
    expect(errorOf(driver, 'CreateApplication', { applicationName: 'z', computePlatform: 'EC2' }).type).toBe(
      'InvalidComputePlatformException',
    );
    expect(errorOf(driver, 'BatchGetApplications', { applicationNames: ['web', 'nope'] }).type).toBe(
      'ApplicationDoesNotExistException',
    );
    expect(errorOf(driver, 'UpdateApplication', { applicationName: 'web', newApplicationName: 'fn' }).type).toBe(
      'ApplicationAlreadyExistsException',
    );
  });
});

describe('CodeDeploy deployment configurations', () => {
  it('lists every predefined configuration, then custom ones', () => {
    const driver = codedeployDriver();
    ok(driver, 'CreateDeploymentConfig', {
      deploymentConfigName: 'ThreeQuarters',
      minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 75 },
    });
    const names = ok<{ deploymentConfigsList: string[] }>(driver, 'ListDeploymentConfigs').deploymentConfigsList;
    expect(names).toEqual([...Object.keys(PREDEFINED_CONFIGS), 'ThreeQuarters']);
    expect(names).toHaveLength(18);
  });

  it('answers OneAtATime with MOST_CONCURRENCY 1, HalfAtATime with 50%, AllAtOnce with 0 hosts', () => {
    const driver = codedeployDriver();
    const info = (name: string) =>
      ok<{ deploymentConfigInfo: Record<string, unknown> }>(driver, 'GetDeploymentConfig', {
        deploymentConfigName: name,
      }).deploymentConfigInfo;
    expect(info('CodeDeployDefault.OneAtATime')).toMatchObject({
      computePlatform: 'Server',
      minimumHealthyHosts: { type: 'MOST_CONCURRENCY', value: 1 },
    });
    expect(info('CodeDeployDefault.HalfAtATime').minimumHealthyHosts).toEqual({ type: 'FLEET_PERCENT', value: 50 });
    expect(info('CodeDeployDefault.AllAtOnce').minimumHealthyHosts).toEqual({ type: 'HOST_COUNT', value: 0 });
    expect(info('CodeDeployDefault.LambdaCanary10Percent5Minutes')).toMatchObject({
      computePlatform: 'Lambda',
      trafficRoutingConfig: { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 10, canaryInterval: 5 } },
    });
    expect(info('CodeDeployDefault.LambdaLinear10PercentEvery1Minute').trafficRoutingConfig).toEqual({
      type: 'TimeBasedLinear',
      timeBasedLinear: { linearPercentage: 10, linearInterval: 1 },
    });
    expect(info('CodeDeployDefault.ECSCanary10Percent15Minutes').trafficRoutingConfig).toEqual({
      type: 'TimeBasedCanary',
      timeBasedCanary: { canaryPercentage: 10, canaryInterval: 15 },
    });
    expect(info('CodeDeployDefault.ECSAllAtOnce')).toMatchObject({
      computePlatform: 'ECS',
      trafficRoutingConfig: { type: 'AllAtOnce' },
    });
    expect(errorOf(driver, 'GetDeploymentConfig', { deploymentConfigName: 'CodeDeployDefault.EC2OneAtATime' })).toEqual(
      {
        type: 'DeploymentConfigDoesNotExistException',
        message: 'No deployment configuration found for name: CodeDeployDefault.EC2OneAtATime',
        status: 400,
      },
    );
  });

  it('refuses 0% or 101% minimum healthy hosts and other out-of-range values', () => {
    const driver = codedeployDriver();
    const create = (minimumHealthyHosts: unknown, name = 'custom') =>
      driver.call('codedeploy', 'CreateDeploymentConfig', { deploymentConfigName: name, minimumHealthyHosts });
    for (const bad of [
      { type: 'FLEET_PERCENT', value: 100 },
      { type: 'FLEET_PERCENT', value: 101 },
      { type: 'FLEET_PERCENT', value: -1 },
      { type: 'HOST_COUNT', value: -1 },
      { type: 'MOST_CONCURRENCY', value: 1 },
      undefined,
    ]) {
      const result = create(bad);
      expect(result.ok ? 'ok' : result.error.type).toBe('InvalidMinimumHealthyHostValueException');
    }
    expect(create({ type: 'FLEET_PERCENT', value: 0 }, 'zero').ok).toBe(true);
    expect(create({ type: 'FLEET_PERCENT', value: 99 }, 'most').ok).toBe(true);
    expect(create({ type: 'HOST_COUNT', value: 0 }, 'none').ok).toBe(true);
  });

  it('checks traffic routing: 1-99% steps, whole-minute intervals, at most 2880 minutes in all', () => {
    const driver = codedeployDriver();
    const create = (name: string, trafficRoutingConfig: unknown, computePlatform = 'Lambda') =>
      driver.call('codedeploy', 'CreateDeploymentConfig', {
        deploymentConfigName: name,
        computePlatform,
        trafficRoutingConfig,
      });
    const typeOf = (r: ReturnType<typeof create>) => (r.ok ? 'ok' : r.error.type);
    const canary = (canaryPercentage: number, canaryInterval: number) => ({
      type: 'TimeBasedCanary',
      timeBasedCanary: { canaryPercentage, canaryInterval },
    });
    const linear = (linearPercentage: number, linearInterval: number) => ({
      type: 'TimeBasedLinear',
      timeBasedLinear: { linearPercentage, linearInterval },
    });
    expect(typeOf(create('c0', canary(0, 5)))).toBe('InvalidTrafficRoutingConfigurationException');
    expect(typeOf(create('c100', canary(100, 5)))).toBe('InvalidTrafficRoutingConfigurationException');
    expect(typeOf(create('c-int', canary(10, 0)))).toBe('InvalidTrafficRoutingConfigurationException');
    expect(typeOf(create('c-long', canary(10, 2881)))).toBe('InvalidTrafficRoutingConfigurationException');
    expect(typeOf(create('c-max', canary(10, 2880)))).toBe('ok');
    // 10% every 320 minutes: ten steps, the last one 9 × 320 = 2880 minutes after the first.
    expect(typeOf(create('l-max', linear(10, 320)))).toBe('ok');
    expect(typeOf(create('l-long', linear(10, 321)))).toBe('InvalidTrafficRoutingConfigurationException');
    expect(typeOf(create('none', undefined))).toBe('InvalidTrafficRoutingConfigurationException');
    expect(typeOf(create('ecs-linear', linear(20, 2), 'ECS'))).toBe('ok');
    const lambdaWithHosts = driver.call('codedeploy', 'CreateDeploymentConfig', {
      deploymentConfigName: 'hosts',
      computePlatform: 'Lambda',
      minimumHealthyHosts: { type: 'HOST_COUNT', value: 1 },
      trafficRoutingConfig: { type: 'AllAtOnce' },
    });
    expect(typeOf(lambdaWithHosts)).toBe('InvalidMinimumHealthyHostValueException');
  });

  it('reserves the CodeDeployDefault. prefix and protects configurations in use', () => {
    const driver = withApps();
    expect(
      errorOf(driver, 'CreateDeploymentConfig', {
        deploymentConfigName: 'CodeDeployDefault.Mine',
        minimumHealthyHosts: { type: 'HOST_COUNT', value: 1 },
      }).type,
    ).toBe('InvalidDeploymentConfigNameException');
    expect(errorOf(driver, 'CreateDeploymentConfig', {}).type).toBe('DeploymentConfigNameRequiredException');
    ok(driver, 'CreateDeploymentConfig', {
      deploymentConfigName: 'TwoAtATime',
      minimumHealthyHosts: { type: 'HOST_COUNT', value: 4 },
    });
    expect(
      errorOf(driver, 'CreateDeploymentConfig', {
        deploymentConfigName: 'TwoAtATime',
        minimumHealthyHosts: { type: 'HOST_COUNT', value: 4 },
      }).type,
    ).toBe('DeploymentConfigAlreadyExistsException');
    ok(driver, 'CreateDeploymentGroup', serverGroup({ deploymentConfigName: 'TwoAtATime' }));
    expect(errorOf(driver, 'DeleteDeploymentConfig', { deploymentConfigName: 'TwoAtATime' }).type).toBe(
      'DeploymentConfigInUseException',
    );
    expect(
      errorOf(driver, 'DeleteDeploymentConfig', { deploymentConfigName: 'CodeDeployDefault.OneAtATime' }).type,
    ).toBe('InvalidOperationException');
    ok(driver, 'DeleteDeploymentGroup', { applicationName: 'web', deploymentGroupName: 'web-fleet' });
    ok(driver, 'DeleteDeploymentConfig', { deploymentConfigName: 'TwoAtATime' });
    expect(errorOf(driver, 'GetDeploymentConfig', { deploymentConfigName: 'TwoAtATime' }).type).toBe(
      'DeploymentConfigDoesNotExistException',
    );
  });
});

describe('CodeDeploy deployment groups', () => {
  it('creates a Server group with the defaults CodeDeploy fills in', () => {
    const driver = withApps();
    ok(driver, 'CreateDeploymentGroup', serverGroup());
    const { deploymentGroupInfo } = ok<{ deploymentGroupInfo: Record<string, unknown> }>(driver, 'GetDeploymentGroup', {
      applicationName: 'web',
      deploymentGroupName: 'web-fleet',
    });
    expect(deploymentGroupInfo).toMatchObject({
      applicationName: 'web',
      deploymentGroupName: 'web-fleet',
      deploymentConfigName: 'CodeDeployDefault.OneAtATime',
      serviceRoleArn: ROLE_ARN,
      computePlatform: 'Server',
      ec2TagFilters: [{ Key: 'App', Value: 'web', Type: 'KEY_AND_VALUE' }],
      deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITHOUT_TRAFFIC_CONTROL' },
      alarmConfiguration: { enabled: false, ignorePollAlarmFailure: false, alarms: [] },
      autoRollbackConfiguration: { enabled: false, events: [] },
      outdatedInstancesStrategy: 'UPDATE',
    });
  });

  it('defaults Lambda groups to LambdaAllAtOnce and ECS groups to ECSAllAtOnce, both blue/green', () => {
    const driver = withApps();
    ok(driver, 'CreateDeploymentGroup', {
      applicationName: 'fn',
      deploymentGroupName: 'fn-live',
      serviceRoleArn: ROLE_ARN,
    });
    ok(driver, 'CreateDeploymentGroup', ecsGroup());
    const groups = ok<{ deploymentGroupsInfo: Record<string, unknown>[] }>(driver, 'BatchGetDeploymentGroups', {
      applicationName: 'fn',
      deploymentGroupNames: ['fn-live', 'missing'],
    });
    expect(groups.deploymentGroupsInfo[0]).toMatchObject({
      deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce',
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
    });
    expect(groups).toHaveProperty('errorMessage');
    const ecs = ok<{ deploymentGroupInfo: Record<string, unknown> }>(driver, 'GetDeploymentGroup', {
      applicationName: 'api',
      deploymentGroupName: 'api-svc',
    }).deploymentGroupInfo;
    expect(ecs).toMatchObject({
      deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
      ecsServices: [{ clusterName: 'main', serviceName: 'svc' }],
      blueGreenDeploymentConfiguration: {
        deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT' },
        terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE' },
      },
    });
  });

  it('refuses what CodeDeploy refuses, with the real exception types', () => {
    const driver = withApps();
    const typeOf = (input: Record<string, unknown>) => errorOf(driver, 'CreateDeploymentGroup', input).type;
    expect(typeOf(serverGroup({ applicationName: 'nope' }))).toBe('ApplicationDoesNotExistException');
    expect(typeOf(serverGroup({ deploymentGroupName: undefined }))).toBe('DeploymentGroupNameRequiredException');
    expect(typeOf(serverGroup({ deploymentGroupName: 'a/b' }))).toBe('InvalidDeploymentGroupNameException');
    expect(typeOf(serverGroup({ serviceRoleArn: undefined }))).toBe('RoleRequiredException');
    expect(typeOf(serverGroup({ serviceRoleArn: 'arn:aws:iam::123456789012:role/Nobody' }))).toBe(
      'InvalidRoleException',
    );
    expect(typeOf(serverGroup({ serviceRoleArn: 'arn:aws:iam::999999999999:role/CodeDeployServiceRole' }))).toBe(
      'InvalidRoleException',
    );
    expect(typeOf(serverGroup({ deploymentConfigName: 'Nope' }))).toBe('DeploymentConfigDoesNotExistException');
    expect(typeOf(serverGroup({ deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce' }))).toBe(
      'InvalidComputePlatformException',
    );
    expect(typeOf(serverGroup({ ec2TagFilters: [{ Key: 'App', Type: 'KEY_AND_VALUE' }] }))).toBe(
      'InvalidEC2TagException',
    );
    expect(typeOf(serverGroup({ ec2TagFilters: [{ Type: 'KEY_ONLY' }] }))).toBe('InvalidTagFilterException');
    expect(
      typeOf(serverGroup({ ec2TagSet: { ec2TagSetList: [[{ Key: 'App', Value: 'web', Type: 'KEY_AND_VALUE' }]] } })),
    ).toBe('InvalidEC2TagCombinationException');
    expect(typeOf(serverGroup({ autoScalingGroups: ['no-such-asg'] }))).toBe('InvalidAutoScalingGroupException');
    expect(typeOf(serverGroup({ deploymentStyle: { deploymentType: 'ROLLING' } }))).toBe(
      'InvalidDeploymentStyleException',
    );
    expect(
      typeOf(
        serverGroup({ deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' } }),
      ),
    ).toBe('InvalidBlueGreenDeploymentConfigurationException');
    expect(typeOf(serverGroup({ deploymentStyle: { deploymentOption: 'WITH_TRAFFIC_CONTROL' } }))).toBe(
      'InvalidLoadBalancerInfoException',
    );
    expect(
      typeOf(
        serverGroup({
          deploymentStyle: { deploymentOption: 'WITH_TRAFFIC_CONTROL' },
          loadBalancerInfo: { targetGroupInfoList: [{ name: 'no-such-tg' }] },
        }),
      ),
    ).toBe('InvalidLoadBalancerInfoException');
    expect(
      typeOf(
        serverGroup({
          deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
          loadBalancerInfo: { targetGroupInfoList: [{ name: 'web-tg' }] },
          blueGreenDeploymentConfiguration: {
            terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 2881 },
          },
        }),
      ),
    ).toBe('InvalidBlueGreenDeploymentConfigurationException');
    const alarms = Array.from({ length: 11 }, (_, i) => ({ name: `alarm-${i}` }));
    expect(typeOf(serverGroup({ alarmConfiguration: { enabled: true, alarms } }))).toBe('AlarmsLimitExceededException');
    expect(typeOf(serverGroup({ alarmConfiguration: { enabled: true, alarms: [] } }))).toBe(
      'InvalidAlarmConfigException',
    );
    expect(typeOf(serverGroup({ autoRollbackConfiguration: { enabled: true, events: [] } }))).toBe(
      'InvalidAutoRollbackConfigException',
    );
    expect(
      typeOf(
        serverGroup({
          triggerConfigurations: [
            { triggerName: 't', triggerTargetArn: 'arn:aws:sqs:us-east-1:123456789012:q', triggerEvents: [] },
          ],
        }),
      ),
    ).toBe('InvalidTriggerConfigException');
    expect(
      typeOf({
        applicationName: 'fn',
        deploymentGroupName: 'fn-live',
        serviceRoleArn: ROLE_ARN,
        deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITHOUT_TRAFFIC_CONTROL' },
      }),
    ).toBe('InvalidDeploymentStyleException');
    expect(typeOf(ecsGroup({ ecsServices: [{ clusterName: 'main', serviceName: 'legacy' }] }))).toBe(
      'InvalidECSServiceException',
    );
    expect(typeOf(ecsGroup({ loadBalancerInfo: { targetGroupPairInfoList: [] } }))).toBe(
      'InvalidTargetGroupPairException',
    );
    ok(driver, 'CreateDeploymentGroup', serverGroup());
    expect(typeOf(serverGroup())).toBe('DeploymentGroupAlreadyExistsException');
    // A refused call leaves nothing behind.
    expect(ok(driver, 'ListDeploymentGroups', { applicationName: 'web' }).deploymentGroups).toEqual(['web-fleet']);
  });

  it('holds groups to the documented limits and blue/green rules', () => {
    const driver = withApps();
    const typeOf = (input: Record<string, unknown>) => errorOf(driver, 'CreateDeploymentGroup', input).type;
    const filter = { Key: 'App', Value: 'web', Type: 'KEY_AND_VALUE' };
    expect(typeOf(serverGroup({ autoScalingGroups: Array(11).fill('web-asg') }))).toBe(
      'InvalidAutoScalingGroupException',
    );
    expect(
      typeOf(
        serverGroup({ ec2TagFilters: [], ec2TagSet: { ec2TagSetList: [[filter], [filter], [filter], [filter]] } }),
      ),
    ).toBe('TagSetListLimitExceededException');
    const trigger = { triggerName: 't', triggerTargetArn: 'arn:aws:sns:us-east-1:123456789012:deploys' };
    expect(typeOf(serverGroup({ triggerConfigurations: Array(11).fill(trigger) }))).toBe(
      'TriggerTargetsLimitExceededException',
    );
    expect(
      typeOf(
        serverGroup({
          autoScalingGroups: [],
          deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
          loadBalancerInfo: { targetGroupInfoList: [{ name: 'web-tg' }] },
          blueGreenDeploymentConfiguration: { greenFleetProvisioningOption: { action: 'COPY_AUTO_SCALING_GROUP' } },
        }),
      ),
    ).toBe('InvalidBlueGreenDeploymentConfigurationException');
    const pair = (prod: string) => ({
      targetGroupPairInfoList: [
        { targetGroups: [{ name: 'blue-tg' }, { name: 'green-tg' }], prodTrafficRoute: { listenerArns: [prod] } },
      ],
    });
    expect(typeOf(ecsGroup({ loadBalancerInfo: pair('arn:aws:elasticloadbalancing:nope') }))).toBe(
      'InvalidTargetGroupPairException',
    );
    ok(
      driver,
      'CreateDeploymentGroup',
      serverGroup({
        ec2TagFilters: [],
        ec2TagSet: { ec2TagSetList: [[filter], [{ Key: 'Name', Type: 'KEY_ONLY' }]] },
        autoScalingGroups: ['web-asg'],
        deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
        loadBalancerInfo: { targetGroupInfoList: [{ name: 'web-tg' }] },
        blueGreenDeploymentConfiguration: {
          greenFleetProvisioningOption: { action: 'COPY_AUTO_SCALING_GROUP' },
          deploymentReadyOption: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 60 },
          terminateBlueInstancesOnDeploymentSuccess: { action: 'KEEP_ALIVE', terminationWaitTimeInMinutes: 2880 },
        },
        triggerConfigurations: [{ ...trigger, triggerEvents: ['DeploymentFailure'] }],
      }),
    );
  });

  it('allows one deployment group per ECS service', () => {
    const driver = withApps();
    ok(driver, 'CreateDeploymentGroup', ecsGroup());
    expect(errorOf(driver, 'CreateDeploymentGroup', ecsGroup({ deploymentGroupName: 'second' })).type).toBe(
      'InvalidECSServiceException',
    );
    // Updating the group that owns the service is not a clash with itself.
    ok(driver, 'UpdateDeploymentGroup', {
      applicationName: 'api',
      currentDeploymentGroupName: 'api-svc',
      deploymentConfigName: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
    });
  });

  it('updates only the fields given and renames groups', () => {
    const driver = withApps();
    ok(driver, 'CreateDeploymentGroup', serverGroup({ autoScalingGroups: ['web-asg'] }));
    ok(driver, 'UpdateDeploymentGroup', {
      applicationName: 'web',
      currentDeploymentGroupName: 'web-fleet',
      newDeploymentGroupName: 'web-prod',
      deploymentConfigName: 'CodeDeployDefault.HalfAtATime',
      deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      loadBalancerInfo: { targetGroupInfoList: [{ name: 'web-tg' }] },
    });
    const info = ok<{ deploymentGroupInfo: Record<string, unknown> }>(driver, 'GetDeploymentGroup', {
      applicationName: 'web',
      deploymentGroupName: 'web-prod',
    }).deploymentGroupInfo;
    expect(info).toMatchObject({
      deploymentConfigName: 'CodeDeployDefault.HalfAtATime',
      ec2TagFilters: [{ Key: 'App', Value: 'web', Type: 'KEY_AND_VALUE' }],
      autoScalingGroups: [{ name: 'web-asg' }],
      loadBalancerInfo: { targetGroupInfoList: [{ name: 'web-tg' }] },
    });
    expect(
      errorOf(driver, 'GetDeploymentGroup', { applicationName: 'web', deploymentGroupName: 'web-fleet' }),
    ).toMatchObject({
      type: 'DeploymentGroupDoesNotExistException',
      message: 'No Deployment Group found for name: web-fleet',
    });
  });
});

describe('CodeDeploy revisions', () => {
  it('registers S3 and AppSpecContent revisions and reads them back', () => {
    const driver = withApps();
    ok(driver, 'RegisterApplicationRevision', {
      applicationName: 'web',
      revision: s3Revision('web/v1.zip'),
      description: 'first',
    });
    driver.advance('1m');
    ok(driver, 'RegisterApplicationRevision', { applicationName: 'web', revision: s3Revision('web/v2.zip') });
    const listed = ok<{ revisions: unknown[] }>(driver, 'ListApplicationRevisions', {
      applicationName: 'web',
      sortBy: 'registerTime',
      sortOrder: 'descending',
    }).revisions;
    expect(listed).toEqual([s3Revision('web/v2.zip'), s3Revision('web/v1.zip')]);
    const got = ok<{ revisionInfo: Record<string, unknown> }>(driver, 'GetApplicationRevision', {
      applicationName: 'web',
      revision: s3Revision('web/v1.zip'),
    });
    expect(got.revisionInfo).toMatchObject({ description: 'first', deploymentGroups: [] });
    expect(
      ok<{ revisions: unknown[] }>(driver, 'ListApplicationRevisions', { applicationName: 'web', deployed: 'include' })
        .revisions,
    ).toEqual([]);

    ok(driver, 'RegisterApplicationRevision', {
      applicationName: 'fn',
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content: LAMBDA_APPSPEC } },
    });
    const fn = ok<{ revisions: { appSpecContent: { sha256: string } }[] }>(driver, 'ListApplicationRevisions', {
      applicationName: 'fn',
    });
    expect(fn.revisions[0]?.appSpecContent.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names revisions the way the fleet keys them', () => {
    expect(
      revisionKey({
        revisionType: 'S3',
        s3Location: { bucket: BUCKET, key: 'web/v1.zip', bundleType: 'zip', eTag: 'abc' },
      }),
    ).toBe(`s3://${BUCKET}/web/v1.zip#abc`);
    expect(revisionKey({ revisionType: 'AppSpecContent', appSpecContent: { content: 'x', sha256: 'f00' } })).toBe(
      'appspec://f00',
    );
  });

  it('refuses revisions that do not fit the platform', () => {
    const driver = withApps();
    const typeOf = (applicationName: string, revision: unknown, extra: Record<string, unknown> = {}) =>
      errorOf(driver, 'RegisterApplicationRevision', { applicationName, revision, ...extra }).type;
    expect(typeOf('web', undefined)).toBe('RevisionRequiredException');
    expect(typeOf('web', { revisionType: 'AppSpecContent', appSpecContent: { content: 'version: 0.0' } })).toBe(
      'InvalidRevisionException',
    );
    expect(
      typeOf('web', { revisionType: 'S3', s3Location: { bucket: BUCKET, key: 'a.yml', bundleType: 'YAML' } }),
    ).toBe('InvalidRevisionException');
    expect(typeOf('web', { revisionType: 'S3', s3Location: { bucket: BUCKET, key: 'a', bundleType: 'rar' } })).toBe(
      'InvalidRevisionException',
    );
    expect(
      typeOf('fn', { revisionType: 'AppSpecContent', appSpecContent: { content: LAMBDA_APPSPEC, sha256: 'wrong' } }),
    ).toBe('InvalidRevisionException');
    expect(typeOf('web', s3Revision(), { description: 'x'.repeat(257) })).toBe('DescriptionTooLongException');
    expect(
      errorOf(driver, 'GetApplicationRevision', { applicationName: 'web', revision: s3Revision('web/v9.zip') }).type,
    ).toBe('RevisionDoesNotExistException');
    expect(errorOf(driver, 'ListApplicationRevisions', { applicationName: 'web', s3KeyPrefix: 'web/' }).type).toBe(
      'BucketNameFilterRequiredException',
    );
    expect(errorOf(driver, 'ListApplicationRevisions', { applicationName: 'web', sortBy: 'name' }).type).toBe(
      'InvalidSortByException',
    );
  });
});
