import { describe, expect, it } from 'vitest';
import { SimDriver, demoScenarioText } from '../../../engine/testing/driver';
import type { DeploymentGroupInfo } from '../../../api/codedeploy/control-types';
import type { AccountReadings } from './account-context';
import {
  accountContext,
  defaultArtifactBucket,
  defaultRole,
  defaultSiteBucket,
  taskDefinitionFamily,
} from './account-context';
import type {
  AliasConfiguration,
  EcsService,
  FunctionConfiguration,
  Listener,
  TargetGroup,
  TaskDefinition,
} from '../../../api/fleet/types';
import { PROJECT_TEMPLATES } from './catalog';
import type { AccountContext } from './plan';
import type { CallService } from './run-plan';
import { runPlan, undoRuns } from './run-plan';

class ServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** Each step goes to the engine exactly as the mocked endpoint would forward it. */
const engineCall =
  (driver: SimDriver): CallService =>
  async ({ service, operation, input }) => {
    const result = driver.call(service, operation, input);
    if (!result.ok) throw new ServiceError(result.error.type, result.error.message);
    return result.output as Record<string, unknown>;
  };

/** What the wizard reads before planning, asked of the engine through the same operations. */
function readAccount(driver: SimDriver): AccountContext {
  const roleArns = driver.ok<{ Roles: { Arn: string }[] }>('iam', 'ListRoles').Roles.map((r) => r.Arn);
  const buckets = driver.ok<{ Buckets: { Name: string }[] }>('s3', 'ListBuckets').Buckets.map((b) => b.Name);
  const loadBalancers = driver.ok<{ LoadBalancers: { LoadBalancerArn: string }[] }>(
    'elasticloadbalancing',
    'DescribeLoadBalancers',
  ).LoadBalancers;
  const serviceArns = driver.ok<{ serviceArns: string[] }>('ecs', 'ListServices', {
    cluster: 'demo-cluster',
  }).serviceArns;
  const groups = driver.ok<{ applications: string[] }>('codedeploy', 'ListApplications').applications.flatMap(
    (applicationName) =>
      driver.ok<{ deploymentGroupsInfo: DeploymentGroupInfo[] }>('codedeploy', 'BatchGetDeploymentGroups', {
        applicationName,
        deploymentGroupNames: driver.ok<{ deploymentGroups: string[] }>('codedeploy', 'ListDeploymentGroups', {
          applicationName,
        }).deploymentGroups,
      }).deploymentGroupsInfo,
  );
  const fleet: AccountReadings['fleet'] = {
    targetGroups: driver.ok<{ TargetGroups: TargetGroup[] }>('elasticloadbalancing', 'DescribeTargetGroups')
      .TargetGroups,
    listeners: loadBalancers.flatMap(
      ({ LoadBalancerArn }) =>
        driver.ok<{ Listeners: Listener[] }>('elasticloadbalancing', 'DescribeListeners', { LoadBalancerArn })
          .Listeners,
    ),
    lambdaFunctions: [
      {
        name: 'demo-fn',
        versions: driver
          .ok<{ Versions: FunctionConfiguration[] }>('lambda', 'ListVersionsByFunction', { FunctionName: 'demo-fn' })
          .Versions.filter((v) => v.Version !== '$LATEST'),
        aliases: driver.ok<{ Aliases: AliasConfiguration[] }>('lambda', 'ListAliases', { FunctionName: 'demo-fn' })
          .Aliases,
      },
    ],
    ecsServices: driver.ok<{ services: EcsService[] }>('ecs', 'DescribeServices', {
      cluster: 'demo-cluster',
      services: serviceArns,
    }).services,
  };
  const taskDefinitions = fleet.ecsServices.map(
    (service) =>
      driver.ok<{ taskDefinition: TaskDefinition }>('ecs', 'DescribeTaskDefinition', {
        taskDefinition: taskDefinitionFamily(service.taskDefinition ?? ''),
      }).taskDefinition,
  );
  const artifactBucket = defaultArtifactBucket(buckets)!;
  return accountContext(
    { roleArns, buckets, fleet, deploymentGroups: groups, taskDefinitions },
    { serviceRoleArn: defaultRole(roleArns)!, artifactBucket, siteBucket: defaultSiteBucket(buckets, artifactBucket) },
  );
}

interface StageState {
  stageName: string;
  latestExecution?: { status: string };
  actionStates: { actionName: string; latestExecution?: { status: string } }[];
}

const stageStatuses = (driver: SimDriver, name: string) =>
  driver
    .ok<{ stageStates: StageState[] }>('codepipeline', 'GetPipelineState', { name })
    .stageStates.map((s) => `${s.stageName}:${s.latestExecution?.status ?? '-'}`);

const template = (id: string) => PROJECT_TEMPLATES.find((t) => t.id === id)!;

async function createProject(id: string, projectName = 'shop') {
  const driver = SimDriver.fromText(demoScenarioText());
  const runs = await runPlan(
    template(id).plan({ projectName, account: readAccount(driver) }),
    engineCall(driver),
    () => undefined,
  );
  return { driver, runs };
}

describe('a template project in the demo account', () => {
  it('finds what the templates build on in the demo account', () => {
    const account = readAccount(SimDriver.fromText(demoScenarioText()));
    // A pipeline service role and CodePipeline's default artifact bucket when the account has them.
    expect(account.serviceRoleArn).toMatch(
      /^arn:aws:iam::123456789012:role\/(CodePipelineServiceRole|CodeDeployServiceRole)$/,
    );
    expect(account.artifactBucket).toMatch(/^(codepipeline-us-east-1|demo-artifacts)-123456789012$/);
    expect(account).toMatchObject({
      siteBucket: 'demo-deploy-revisions-123456789012',
      targetGroup: { name: 'demo-web-tg' },
      lambda: { functionName: 'demo-fn', alias: 'live', currentVersion: '1', targetVersion: '2' },
      ecs: {
        cluster: 'demo-cluster',
        service: 'demo-svc',
        containerName: 'web',
        containerPort: 80,
        taskDefinitionArn: expect.stringMatching(/:task-definition\/demo-svc:2$/),
        targetGroups: ['demo-svc-blue', 'demo-svc-green'],
        prodListener: { loadBalancer: 'demo-svc-alb', port: 80 },
        testListener: { loadBalancer: 'demo-svc-alb', port: 8080 },
        deploymentGroup: { applicationName: 'demo-svc', deploymentGroupName: 'demo-svc-bluegreen' },
      },
    });
  });

  it.each([
    ['ec2-in-place', ['Source:Succeeded', 'Build:Succeeded', 'Deploy:Succeeded']],
    ['ec2-blue-green', ['Source:Succeeded', 'Build:Succeeded', 'Deploy:Succeeded']],
    ['lambda-canary', ['Source:Succeeded', 'Build:Succeeded', 'Deploy:Succeeded']],
    ['ecs-blue-green', ['Source:Succeeded', 'Build:Succeeded', 'Deploy:Succeeded']],
    ['static-site', ['Source:Succeeded', 'Build:Succeeded', 'Deploy:Succeeded']],
  ])('%s: every step succeeds and the first execution goes green', async (id, expected) => {
    const { driver, runs } = await createProject(id);
    expect(runs.filter((r) => r.status !== 'succeeded').map((r) => `${r.step.label}: ${String(r.error)}`)).toEqual([]);
    driver.advance('2h');
    expect(stageStatuses(driver, 'shop-pipeline')).toEqual(expected);
  });

  it('multi-environment: the first execution deploys to staging and waits for approval before production', async () => {
    const { driver, runs } = await createProject('multi-environment');
    expect(runs.every((r) => r.status === 'succeeded')).toBe(true);
    driver.advance('2h');
    expect(stageStatuses(driver, 'shop-pipeline')).toEqual([
      'Source:Succeeded',
      'Build:Succeeded',
      'Staging:Succeeded',
      'Approval:InProgress',
      'Production:-',
    ]);
  });

  it('two projects from the same template coexist', async () => {
    const { driver } = await createProject('ec2-in-place');
    const second = await runPlan(
      template('ec2-in-place').plan({ projectName: 'blog', account: readAccount(driver) }),
      engineCall(driver),
      () => undefined,
    );
    expect(second.every((r) => r.status === 'succeeded')).toBe(true);
  });

  it('stops at the refusal, keeps what was created, and deletes it on request', async () => {
    const driver = SimDriver.fromText(demoScenarioText());
    // demo-webapp exists in the demo account: the build project and the rest are never created.
    driver.ok('codebuild', 'CreateProject', {
      name: 'shop-build',
      source: { type: 'CODEPIPELINE' },
      artifacts: { type: 'CODEPIPELINE' },
      environment: {
        type: 'LINUX_CONTAINER',
        image: 'aws/codebuild/standard:7.0',
        computeType: 'BUILD_GENERAL1_SMALL',
      },
      serviceRole: 'CodeDeployServiceRole',
    });
    const call = engineCall(driver);
    const runs = await runPlan(
      template('ec2-in-place').plan({ projectName: 'shop', account: readAccount(driver) }),
      call,
      () => undefined,
    );
    expect(runs.map((r) => r.status)).toEqual([
      'succeeded',
      'succeeded',
      'failed',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect((runs[2]?.error as ServiceError).type).toBe('ResourceAlreadyExistsException');

    const undone = await undoRuns(runs, call, () => undefined);
    expect(undone.map((r) => r.status)).toEqual([
      'undone',
      'succeeded',
      'failed',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    const repositories = driver.ok<{ repositories: { repositoryName: string }[] }>('codecommit', 'ListRepositories');
    expect(repositories.repositories.map((r) => r.repositoryName)).not.toContain('shop');
  });
});
