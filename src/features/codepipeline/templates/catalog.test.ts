import { base64 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { parseAppSpec } from '../../../engine/specs/appspec/parse-appspec';
import { parseBuildspec } from '../../../engine/specs/buildspec/parse-buildspec';
import { parsePipeline } from '../../../engine/specs/pipeline/parse-pipeline';
import { PROJECT_TEMPLATES } from './catalog';
import { nameProblems, takenNameProblems } from './names';
import type { ProjectTemplate, Step } from './plan';
import { DEMO_ACCOUNT } from './test-account';

const template = (id: string) => PROJECT_TEMPLATES.find((t) => t.id === id) as ProjectTemplate;
const planFor = (id: string, projectName = 'shop') => template(id).plan({ projectName, account: DEMO_ACCOUNT });
const operations = (steps: Step[]) => steps.map((s) => `${s.service}:${s.operation}`);

/** The files the sample-app commit puts in the repository, decoded. */
function committedFiles(steps: Step[]): Map<string, string> {
  const commit = steps.find((s) => s.operation === 'CreateCommit');
  const files = (commit?.input.putFiles ?? []) as { filePath: string; fileContent: string }[];
  return new Map(files.map((f) => [f.filePath, new TextDecoder().decode(base64.decode(f.fileContent))]));
}

const errors = (diagnostics: { severity: string }[]) => diagnostics.filter((d) => d.severity === 'error');

describe('project templates', () => {
  it('offers the six projects of the issue, in order', () => {
    expect(PROJECT_TEMPLATES.map((t) => t.id)).toEqual([
      'ec2-in-place',
      'ec2-blue-green',
      'lambda-canary',
      'ecs-blue-green',
      'static-site',
      'multi-environment',
    ]);
  });

  it('web app on EC2: repository, commit, build project, instances, application, group, pipeline in that order', () => {
    expect(operations(planFor('ec2-in-place'))).toEqual([
      'codecommit:CreateRepository',
      'codecommit:CreateCommit',
      'codebuild:CreateProject',
      'ec2:RunInstances',
      'codedeploy:CreateApplication',
      'codedeploy:CreateDeploymentGroup',
      'codepipeline:CreatePipeline',
    ]);
  });

  it('EC2 blue/green copies a new Auto Scaling group behind the chosen target group', () => {
    const steps = planFor('ec2-blue-green');
    expect(operations(steps)).toContain('autoscaling:CreateAutoScalingGroup');
    const group = steps.find((s) => s.operation === 'CreateDeploymentGroup')?.input;
    expect(group).toMatchObject({
      autoScalingGroups: ['shop-asg'],
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      loadBalancerInfo: { targetGroupInfoList: [{ name: 'demo-web-tg' }] },
      blueGreenDeploymentConfiguration: { greenFleetProvisioningOption: { action: 'COPY_AUTO_SCALING_GROUP' } },
    });
  });

  it('Lambda canary: the alarm exists before the deployment group that names it, and stops the deployment', () => {
    const steps = planFor('lambda-canary');
    const ops = operations(steps);
    expect(ops.indexOf('cloudwatch:PutMetricAlarm')).toBeLessThan(ops.indexOf('codedeploy:CreateDeploymentGroup'));
    expect(steps.find((s) => s.operation === 'CreateDeploymentGroup')?.input).toMatchObject({
      deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      alarmConfiguration: { enabled: true, alarms: [{ name: 'shop-errors' }] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
    });
  });

  it('ECS: a service that already belongs to a deployment group is deployed through it (one group per service)', () => {
    const steps = planFor('ecs-blue-green');
    expect(operations(steps)).not.toContain('codedeploy:CreateDeploymentGroup');
    const pipeline = steps.at(-1)?.input.pipeline as { stages: { actions: { configuration: object }[] }[] };
    expect(pipeline.stages[2]?.actions[0]?.configuration).toMatchObject({
      ApplicationName: 'demo-svc',
      DeploymentGroupName: 'demo-svc-bluegreen',
    });
  });

  it('ECS: a free service gets its own application and blue/green group with both listeners', () => {
    const account = { ...DEMO_ACCOUNT, ecs: { ...DEMO_ACCOUNT.ecs!, deploymentGroup: undefined } };
    const steps = template('ecs-blue-green').plan({ projectName: 'shop', account });
    expect(steps.find((s) => s.operation === 'CreateDeploymentGroup')?.input).toMatchObject({
      applicationName: 'shop',
      ecsServices: [{ clusterName: 'demo-cluster', serviceName: 'demo-svc' }],
      loadBalancerInfo: {
        targetGroupPairInfoList: [
          {
            targetGroups: [{ name: 'demo-svc-blue' }, { name: 'demo-svc-green' }],
            prodTrafficRoute: { listeners: [{ loadBalancer: 'demo-svc-alb', port: 80 }] },
            testTrafficRoute: { listeners: [{ loadBalancer: 'demo-svc-alb', port: 8080 }] },
          },
        ],
      },
    });
  });

  it('static site: the S3 deploy action extracts into the site bucket under the project name', () => {
    const pipeline = planFor('static-site').at(-1)?.input.pipeline as {
      stages: { actions: { configuration: object }[] }[];
    };
    expect(pipeline.stages[2]?.actions[0]?.configuration).toEqual({
      BucketName: 'demo-deploy-revisions-123456789012',
      Extract: 'true',
      ObjectKey: 'shop',
    });
  });

  it('multi-environment: staging, then a manual approval, then production', () => {
    const pipeline = planFor('multi-environment').at(-1)?.input.pipeline as {
      stages: { name: string; actions: { actionTypeId: { provider: string } }[] }[];
    };
    expect(pipeline.stages.map((s) => `${s.name}:${s.actions[0]?.actionTypeId.provider}`)).toEqual([
      'Source:CodeCommit',
      'Build:CodeBuild',
      'Staging:CodeDeploy',
      'Approval:Manual',
      'Production:CodeDeploy',
    ]);
  });

  it('says why a template cannot run when the account lacks what it builds on', () => {
    const bare = { serviceRoleArn: DEMO_ACCOUNT.serviceRoleArn, artifactBucket: DEMO_ACCOUNT.artifactBucket };
    expect(PROJECT_TEMPLATES.filter((t) => t.unavailable(bare)).map((t) => t.id)).toEqual([
      'ec2-blue-green',
      'lambda-canary',
      'ecs-blue-green',
      'static-site',
    ]);
    expect(template('static-site').unavailable(bare)).toMatch(/no S3 CreateBucket/);
  });

  describe.each(PROJECT_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const steps = t.plan({ projectName: 'shop', account: DEMO_ACCOUNT });

    it('creates a pipeline CreatePipeline accepts', () => {
      const create = steps.find((s) => s.operation === 'CreatePipeline');
      expect(errors(parsePipeline(JSON.stringify(create?.input, null, 2)).diagnostics)).toEqual([]);
    });

    it('commits a buildspec CodeBuild runs and an AppSpec whose scripts are in the bundle', () => {
      const files = committedFiles(steps);
      expect(errors(parseBuildspec(files.get('buildspec.yml') ?? '').diagnostics)).toEqual([]);
      const appspecName = [...files.keys()].find((f) => /^appspec\.ya?ml$/.test(f));
      if (appspecName) {
        const parsed = parseAppSpec(files.get(appspecName) ?? '', {
          context: { revisionFiles: new Set(files.keys()) },
        });
        expect(errors(parsed.diagnostics)).toEqual([]);
      }
    });

    it('names every resource after the project, so two projects coexist', () => {
      const other = t.plan({ projectName: 'blog', account: DEMO_ACCOUNT });
      const created = (s: Step[]) => s.flatMap((step) => (step.creates ? [step.creates.name] : []));
      const shared = created(steps).filter((name) => created(other).includes(name));
      expect(shared).toEqual([]);
      expect(t.names('shop').map((n) => n.name)).toEqual(
        expect.arrayContaining(['shop', 'shop-build', 'shop-pipeline']),
      );
    });

    it('refuses a project name a service would refuse, with the service exception, before any call', () => {
      const problems = nameProblems(t.names('my shop'));
      expect(problems.map((p) => p.exception)).toEqual(
        expect.arrayContaining(['InvalidRepositoryNameException', 'InvalidInputException', 'ValidationException']),
      );
      expect(nameProblems(t.names('shop'))).toEqual([]);
    });
  });
});

describe('name rules', () => {
  it('reports each derived name with the rule it breaks', () => {
    const problems = nameProblems(template('lambda-canary').names('app.git'));
    expect(problems.map((p) => `${p.resource}: ${p.exception}`)).toEqual([
      'CodeCommit repository: InvalidRepositoryNameException',
      'CodeBuild project: InvalidInputException',
    ]);
    expect(problems[1]?.message).toBe(
      "1 validation error detected: Value 'app.git-build' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [A-Za-z0-9][A-Za-z0-9\\-_]{1,149}",
    );
  });

  it('a name long enough for the repository is too long for the pipeline once suffixed', () => {
    const problems = nameProblems(template('ec2-in-place').names('a'.repeat(95)));
    expect(problems.map((p) => p.resource)).toEqual(['CodePipeline pipeline', 'CodeDeploy deployment group']);
  });

  it('a name the account already uses is refused with the exception the create call would answer', () => {
    const names = template('ec2-blue-green').names('demo-web');
    const taken = { application: ['demo-web'], repository: ['demo-webapp'], autoScalingGroup: ['demo-web-asg'] };
    expect(takenNameProblems(names, taken, '123456789012').map((p) => `${p.exception}: ${p.message}`)).toEqual([
      'ApplicationAlreadyExistsException: Application demo-web already exists.',
      'AlreadyExists: AutoScalingGroup by this name already exists - A group with the name demo-web-asg already exists',
    ]);
  });
});
