import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { instancesMatching } from '../fleet/public';
import { getObjectBytes } from '../s3/public';
import { parseAppSpec } from '../specs/appspec/parse-appspec';
import { demoScenarioText, SimDriver } from '../testing/driver';

describe('The demo world', () => {
  it('has demo-web deploying in place with HalfAtATime to the six instances behind demo-web-tg', () => {
    const driver = SimDriver.fromText(demoScenarioText());
    const info = driver.ok<{ deploymentGroupInfo: Record<string, unknown> }>('codedeploy', 'GetDeploymentGroup', {
      applicationName: 'demo-web',
      deploymentGroupName: 'demo-web-fleet',
    }).deploymentGroupInfo;
    expect(info).toMatchObject({
      deploymentConfigName: 'CodeDeployDefault.HalfAtATime',
      deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      loadBalancerInfo: { targetGroupInfoList: [{ name: 'demo-web-tg' }] },
      alarmConfiguration: { enabled: true, alarms: [{ name: 'demo-web-5xx' }] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
    });
    const { account } = driver.sim.world;
    const group = account.codedeploy.deploymentGroups['demo-web/demo-web-fleet'];
    expect(instancesMatching(account, { tagFilters: group?.ec2TagFilters })).toHaveLength(6);
    const revisions = driver.ok<{ revisions: { s3Location: { key: string } }[] }>(
      'codedeploy',
      'ListApplicationRevisions',
      { applicationName: 'demo-web' },
    ).revisions;
    expect(revisions.map((r) => r.s3Location.key)).toEqual(['demo-web/demo-web-v1.zip', 'demo-web/demo-web-v2.zip']);
  });

  it('has demo-fn shifting alias live by a 10% canary, rolling back on failure and on alarm', () => {
    const driver = SimDriver.fromText(demoScenarioText());
    const info = driver.ok<{ deploymentGroupInfo: Record<string, unknown> }>('codedeploy', 'GetDeploymentGroup', {
      applicationName: 'demo-fn',
      deploymentGroupName: 'demo-fn-live',
    }).deploymentGroupInfo;
    expect(info).toMatchObject({
      computePlatform: 'Lambda',
      deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      alarmConfiguration: { enabled: true, alarms: [{ name: 'demo-fn-errors' }] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
    });
    const { revisions } = driver.ok<{ revisions: { appSpecContent: { content: string } }[] }>(
      'codedeploy',
      'ListApplicationRevisions',
      { applicationName: 'demo-fn' },
    );
    expect(revisions[0]?.appSpecContent.content).toContain('TargetVersion: 2');
  });

  it('has revisions whose AppSpec files are valid for their platform', () => {
    const { world } = SimDriver.fromText(demoScenarioText()).sim;
    for (const key of ['demo-web/demo-web-v1.zip', 'demo-web/demo-web-v2.zip']) {
      const files = unzipSync(getObjectBytes(world, 'demo-deploy-revisions-123456789012', key) as Uint8Array);
      const appspec = parseAppSpec(strFromU8(files['appspec.yml'] as Uint8Array), { fileName: 'appspec.yml' });
      expect(appspec.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(Object.keys(files)).toContain('scripts/validate_service.sh');
    }
    for (const application of ['demo-fn', 'demo-svc']) {
      const location = Object.values(world.account.codedeploy.revisions[application] ?? {})[0]?.revisionLocation;
      const content = location?.revisionType === 'AppSpecContent' ? location.appSpecContent.content : '';
      expect(parseAppSpec(content).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });
});

describe('The demo world’s ECS service', () => {
  it('is deployed blue/green by demo-svc, the listeners named by load balancer and port', () => {
    const driver = SimDriver.fromText(demoScenarioText());
    const info = driver.ok<{ deploymentGroupInfo: Record<string, unknown> }>('codedeploy', 'GetDeploymentGroup', {
      applicationName: 'demo-svc',
      deploymentGroupName: 'demo-svc-bluegreen',
    }).deploymentGroupInfo;
    const alb = Object.values(driver.sim.world.account.fleet.loadBalancers).find(
      (lb) => lb.loadBalancerName === 'demo-svc-alb',
    );
    const arn = (port: number) => alb?.listeners.find((l) => l.port === port)?.listenerArn;
    expect(info).toMatchObject({
      computePlatform: 'ECS',
      deploymentConfigName: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
      ecsServices: [{ clusterName: 'demo-cluster', serviceName: 'demo-svc' }],
      loadBalancerInfo: {
        targetGroupPairInfoList: [
          {
            targetGroups: [{ name: 'demo-svc-blue' }, { name: 'demo-svc-green' }],
            prodTrafficRoute: { listenerArns: [arn(80)] },
            testTrafficRoute: { listenerArns: [arn(8080)] },
          },
        ],
      },
    });
  });
});
