import { describe, expect, it } from 'vitest';
import { accountContext, defaultArtifactBucket, defaultSiteBucket, type AccountReadings } from './account-context';

const LB = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/svc-alb/1';
const tg = (name: string, type: 'instance' | 'ip', lbs: string[]) =>
  ({
    TargetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/${name}/1`,
    TargetGroupName: name,
    TargetType: type,
    LoadBalancerArns: lbs,
  }) as AccountReadings['fleet']['targetGroups'][number];

function readings(overrides: Partial<AccountReadings['fleet']> = {}): AccountReadings {
  return {
    roleArns: ['arn:aws:iam::123456789012:role/Deployer'],
    buckets: ['artifacts-1', 'site-1'],
    deploymentGroups: [],
    taskDefinitions: [{ family: 'svc', taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/svc:3' }],
    fleet: {
      targetGroups: [tg('svc-blue', 'ip', [LB]), tg('svc-green', 'ip', [])],
      listeners: [
        { ListenerArn: 'l2', LoadBalancerArn: LB, Port: 8080 },
        { ListenerArn: 'l1', LoadBalancerArn: LB, Port: 80 },
      ] as AccountReadings['fleet']['listeners'],
      lambdaFunctions: [
        {
          name: 'fn',
          versions: [{ Version: '1' }] as never,
          aliases: [{ Name: 'live', FunctionVersion: '1' }] as never,
        },
      ],
      ecsServices: [
        {
          serviceName: 'svc',
          clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/main',
          taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/svc:1',
          deploymentController: { type: 'CODE_DEPLOY' },
          taskSets: [
            {
              loadBalancers: [
                { targetGroupArn: tg('svc-blue', 'ip', []).TargetGroupArn, containerName: 'app', containerPort: 8000 },
              ],
            },
          ],
        },
      ] as never,
      ...overrides,
    },
  };
}

const choices = { serviceRoleArn: 'arn:aws:iam::123456789012:role/Deployer', artifactBucket: 'artifacts-1' };

describe('accountContext', () => {
  it('finds a free ECS service: blue where its task set serves, production on the lowest listener port', () => {
    expect(accountContext(readings(), choices).ecs).toEqual({
      cluster: 'main',
      service: 'svc',
      containerName: 'app',
      containerPort: 8000,
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/svc:3',
      targetGroups: ['svc-blue', 'svc-green'],
      prodListener: { loadBalancer: 'svc-alb', port: 80 },
      testListener: { loadBalancer: 'svc-alb', port: 8080 },
    });
  });

  it('leaves out what the account cannot offer: an alias with no other version, no instance target group', () => {
    const context = accountContext(readings(), choices);
    expect(context.lambda).toBeUndefined();
    expect(context.targetGroup).toBeUndefined();
  });

  it('ignores an ECS service CodeDeploy does not control', () => {
    const base = readings();
    const ecsServices = base.fleet.ecsServices.map((s) => ({ ...s, deploymentController: { type: 'ECS' as const } }));
    expect(accountContext(readings({ ecsServices }), choices).ecs).toBeUndefined();
  });
});

describe('default buckets', () => {
  it("prefers CodePipeline's default artifact bucket, and a site bucket that is not an artifact store", () => {
    const buckets = ['team-artifacts', 'www-site', 'codepipeline-us-east-1-123456789012'];
    const artifacts = defaultArtifactBucket(buckets);
    expect(artifacts).toBe('codepipeline-us-east-1-123456789012');
    expect(defaultSiteBucket(buckets, artifacts)).toBe('www-site');
  });
});
