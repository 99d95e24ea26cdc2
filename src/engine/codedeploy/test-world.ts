import { simMillis } from '../core/time';
import type { FleetState, TargetGroup } from '../fleet/state';
import type { ScenarioInput } from '../scenario/schema';

/**
 * Worlds for the CodeDeploy tests: the account has the service role `CodeDeployServiceRole`, a revision bucket
 * holding an EC2 bundle (`web/v1.zip`, `web/v2.zip`) and a small fleet (seeded straight into the fleet slice):
 * six instances tagged App=web behind the target group `web-tg`, the Auto Scaling group `web-asg`, the alarm
 * `web-5xx`, a Lambda function `fn` with alias live (versions 1 and 2), and an ECS service `svc` in cluster
 * `main` with target groups `blue-tg`/`green-tg` and listeners `prod` and `test`. Use with `SimDriver`:
 * `const driver = SimDriver.from(codedeployScenario()); seedFleet(driver.sim.world.account.fleet);`
 */
export const ACCOUNT = '123456789012';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/CodeDeployServiceRole`;
export const BUCKET = 'deploy-revisions';
export const PROD_LISTENER = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:listener/app/ecs-alb/1/prod`;
export const TEST_LISTENER = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:listener/app/ecs-alb/1/test`;

export const APPSPEC_EC2 = `version: 0.0
os: linux
files:
  - source: /
    destination: /var/www/html
hooks:
  ApplicationStop:
    - location: scripts/stop_server.sh
  ApplicationStart:
    - location: scripts/start_server.sh
  ValidateService:
    - location: scripts/validate_service.sh
`;

export const bundleFiles = (version: string): Record<string, string> => ({
  'appspec.yml': APPSPEC_EC2,
  'index.html': `<h1>web ${version}</h1>\n`,
  'scripts/stop_server.sh': '#!/bin/bash\nsystemctl stop httpd || true\n',
  'scripts/start_server.sh': '#!/bin/bash\nsystemctl start httpd\n',
  'scripts/validate_service.sh': '#!/bin/bash\ncurl -sf http://localhost/\n',
});

export const LAMBDA_APPSPEC = `version: 0.0
Resources:
  - fn:
      Type: AWS::Lambda::Function
      Properties:
        Name: fn
        Alias: live
        CurrentVersion: 1
        TargetVersion: 2
`;

export function codedeployScenario(codedeploy: Record<string, unknown> = {}): ScenarioInput {
  return {
    format: 'cicdlab-scenario',
    version: 1,
    name: 'codedeploy-test',
    seed: 11,
    startTime: '2026-01-05T09:00:00Z',
    account: {
      accountId: ACCOUNT,
      region: 'us-east-1',
      iam: { users: [], roles: [{ roleName: 'CodeDeployServiceRole', policies: [] }] },
      s3: {
        buckets: [BUCKET],
        objects: [
          { bucket: BUCKET, key: 'web/v1.zip', zipFiles: bundleFiles('v1') },
          { bucket: BUCKET, key: 'web/v2.zip', zipFiles: bundleFiles('v2') },
        ],
      },
      codedeploy,
    } as never,
    script: [],
  };
}

const targetGroup = (name: string, targetType: TargetGroup['targetType']): TargetGroup => ({
  targetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/${name}/0123456789abcdef`,
  targetGroupName: name,
  protocol: 'HTTP',
  port: 80,
  targetType,
  healthCheck: { path: '/', intervalSeconds: 30, healthyThresholdCount: 5, unhealthyThresholdCount: 2 },
  deregistrationDelaySeconds: 300,
  targets: {},
});

/** Puts the test fleet into a world's fleet slice. */
export function seedFleet(fleet: FleetState): void {
  const at = simMillis(0);
  for (let i = 1; i <= 6; i++) {
    const instanceId = `i-0000000000000000${i}`;
    fleet.instances[instanceId] = {
      instanceId,
      state: 'running',
      tags: { App: 'web', Name: `web-${i}` },
      availabilityZone: i % 2 ? 'us-east-1a' : 'us-east-1b',
      launchTime: at,
      privateIpAddress: `10.0.0.${10 + i}`,
      agent: 'running',
      instanceProfile: 'web-instance-profile',
      s3ReadBuckets: [BUCKET],
      clockSkewSeconds: 0,
      instanceType: 't3.micro',
      imageId: 'ami-0123456789abcdef0',
    };
  }
  for (const tg of [targetGroup('web-tg', 'instance'), targetGroup('blue-tg', 'ip'), targetGroup('green-tg', 'ip')]) {
    fleet.targetGroups[tg.targetGroupArn] = tg;
  }
  fleet.autoScalingGroups['web-asg'] = {
    autoScalingGroupName: 'web-asg',
    arn: `arn:aws:autoscaling:us-east-1:${ACCOUNT}:autoScalingGroup:1:autoScalingGroupName/web-asg`,
    minSize: 0,
    maxSize: 4,
    desiredCapacity: 0,
    instanceIds: [],
    availabilityZones: ['us-east-1a'],
    tags: { App: 'web' },
    targetGroupArns: [],
    createdTime: at,
    launch: { agent: 'running', s3ReadBuckets: [BUCKET] },
  };
  const lbArn = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/ecs-alb/1`;
  fleet.loadBalancers[lbArn] = {
    loadBalancerArn: lbArn,
    loadBalancerName: 'ecs-alb',
    type: 'application',
    dnsName: 'ecs-alb-1.us-east-1.elb.amazonaws.com',
    listeners: [
      { listenerArn: PROD_LISTENER, port: 80, protocol: 'HTTP', forward: [] },
      { listenerArn: TEST_LISTENER, port: 8080, protocol: 'HTTP', forward: [] },
    ],
    createdTime: at,
  };
  fleet.ecsServices['main/svc'] = {
    clusterName: 'main',
    serviceName: 'svc',
    serviceArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:service/main/svc`,
    desiredCount: 2,
    deploymentController: 'CODE_DEPLOY',
    taskSets: [],
    createdAt: at,
  };
  fleet.ecsServices['main/legacy'] = {
    clusterName: 'main',
    serviceName: 'legacy',
    serviceArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:service/main/legacy`,
    desiredCount: 1,
    deploymentController: 'ECS',
    taskSets: [],
    createdAt: at,
  };
}

/** The request of a Server group deploying in place to the instances tagged App=web. */
export const serverGroup = (extra: Record<string, unknown> = {}) => ({
  applicationName: 'web',
  deploymentGroupName: 'web-fleet',
  serviceRoleArn: ROLE_ARN,
  ec2TagFilters: [{ Key: 'App', Value: 'web', Type: 'KEY_AND_VALUE' }],
  ...extra,
});

export const ecsGroup = (extra: Record<string, unknown> = {}) => ({
  applicationName: 'api',
  deploymentGroupName: 'api-svc',
  serviceRoleArn: ROLE_ARN,
  ecsServices: [{ clusterName: 'main', serviceName: 'svc' }],
  loadBalancerInfo: {
    targetGroupPairInfoList: [
      {
        targetGroups: [{ name: 'blue-tg' }, { name: 'green-tg' }],
        prodTrafficRoute: { listenerArns: [PROD_LISTENER] },
        testTrafficRoute: { listenerArns: [TEST_LISTENER] },
      },
    ],
  },
  ...extra,
});

export const s3Revision = (key = 'web/v1.zip') => ({
  revisionType: 'S3',
  s3Location: { bucket: BUCKET, key, bundleType: 'zip' },
});
