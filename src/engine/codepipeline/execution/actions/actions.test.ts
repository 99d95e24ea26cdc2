import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildLog, getBuild } from '../../../codebuild/test-world';
import { ecsGroup } from '../../../codedeploy/test-world';
import { getObjectBytes, listKeys } from '../../../s3/public';
import type { PipelineDeclaration } from '../../../specs/pipeline/types';
import { SimDriver } from '../../../testing/driver';
import {
  ARTIFACTS,
  BUILDSPEC,
  DEPLOY_SETUP,
  action,
  actionsOf,
  appFiles,
  buildAction,
  codeCommitSource,
  demoPipeline,
  executions,
  pipeline,
  pipelineScenario,
  push,
  seedDeployTargets,
} from './test-world';

function driverFor(pipelines: PipelineDeclaration[], options: Parameters<typeof pipelineScenario>[1] = {}) {
  const driver = SimDriver.from(pipelineScenario(pipelines, options));
  seedDeployTargets(driver.sim.world);
  for (const [operation, input] of DEPLOY_SETUP) driver.ok('codedeploy', operation, input);
  return driver;
}

const release = (driver: SimDriver, name = 'web-pipeline') =>
  driver.ok('codepipeline', 'StartPipelineExecution', { name });

/** `Action:STATE` for each action state change, in the order the pipeline reported them. */
const actionStates = (driver: SimDriver) =>
  driver.log
    .filter((e) => e['detail-type'] === 'CodePipeline Action Execution State Change')
    .map((e) => `${String(e.detail.action)}:${String(e.detail.state)}`);

const only = <T>(items: T[]): T => {
  expect(items).toHaveLength(1);
  return items[0] as T;
};

describe('a push runs the whole toolchain', () => {
  it('starts the execution on the push, builds the pushed files and deploys the build output', () => {
    const driver = driverFor([demoPipeline()], {
      script: [push('1m', 'main', { 'index.html': '<h1>web v2</h1>\n' }, 'Ship v2')],
    }).advance('3h');
    const world = driver.sim.world;
    const pushed = driver.log.find((e) => e.detail.event === 'referenceUpdated')?.detail.commitId as string;
    const run = only(executions(world));
    expect(run.trigger).toEqual({
      triggerType: 'CloudWatchEvent',
      triggerDetail: 'arn:aws:events:us-east-1:123456789012:rule/codepipeline-app-main-rule',
    });
    expect(run.status).toBe('Succeeded');
    expect(run.sourceRevisions).toEqual([{ actionName: 'Source', revisionId: pushed, revisionSummary: 'Ship v2' }]);
    expect(actionStates(driver)).toEqual([
      'Source:STARTED',
      'Source:SUCCEEDED',
      'Build:STARTED',
      'Build:SUCCEEDED',
      'Deploy:STARTED',
      'Deploy:SUCCEEDED',
    ]);

    const { Source, Build, Deploy } = actionsOf(world, run);
    expect(Source?.output.outputVariables).toMatchObject({
      CommitId: pushed,
      CommitMessage: 'Ship v2',
      BranchName: 'main',
      RepositoryName: 'app',
    });
    const sourceArtifact = Source?.output.outputArtifacts[0]?.location;
    expect(sourceArtifact?.key).toMatch(/^web-pipeline\/SourceArti\/[A-Za-z0-9]{7}$/);
    const zipped = unzipSync(getObjectBytes(world, ARTIFACTS, sourceArtifact?.key ?? '') ?? new Uint8Array());
    expect(strFromU8(zipped['index.html'] ?? new Uint8Array())).toBe('<h1>web v2</h1>\n');

    const buildId = Build?.output.executionResult?.externalExecutionId ?? '';
    const build = getBuild(driver, buildId);
    expect(build.initiator).toBe('codepipeline/web-pipeline');
    expect(build.resolvedSourceVersion).toBe(pushed);
    const log = buildLog(driver, build);
    expect(log).toContain(`Building commit ${pushed}`);
    expect(log).toContain('<h1>web v2</h1>');
    expect(Build?.output.outputVariables).toEqual({ APP_VERSION: '1.0.1' });

    const buildArtifact = Build?.output.outputArtifacts[0]?.location;
    const deployment = world.account.codedeploy.deployments[Deploy?.output.executionResult?.externalExecutionId ?? ''];
    expect(deployment).toMatchObject({
      creator: 'CodePipeline',
      status: 'Succeeded',
      revision: { revisionType: 'S3', s3Location: { bucket: ARTIFACTS, key: buildArtifact?.key, bundleType: 'zip' } },
    });
  });

  it('runs the same way every time: same scenario, same event log and artifact keys', () => {
    const run = () =>
      driverFor([demoPipeline()], { script: [push('1m', 'main', { 'index.html': '<h1>web v2</h1>\n' })] }).advance(
        '3h',
      );
    const [first, second] = [run(), run()];
    expect(second.logText()).toBe(first.logText());
    expect(Object.keys(second.sim.world.account.s3.buckets[ARTIFACTS]?.objects ?? {})).toEqual(
      Object.keys(first.sim.world.account.s3.buckets[ARTIFACTS]?.objects ?? {}),
    );
  });

  it('fails the build action with the build phase that failed, and deploys nothing', () => {
    const driver = driverFor([demoPipeline()], {
      script: [
        push('1m', 'main', {
          'buildspec.yml': BUILDSPEC.replace('      - cat index.html\n', '      - cat missing.txt\n'),
        }),
      ],
    }).advance('3h');
    const run = only(executions(driver.sim.world));
    expect(run.status).toBe('Failed');
    const { Build, Deploy } = actionsOf(driver.sim.world, run);
    expect(Build?.status).toBe('Failed');
    expect(Build?.output.executionResult?.errorDetails).toEqual({
      code: 'JobFailed',
      message:
        'Build terminated with state: FAILED. Phase: BUILD, Code: COMMAND_EXECUTION_ERROR, Message: Error while executing command: cat missing.txt. Reason: exit status 1',
    });
    expect(Deploy).toBeUndefined();
    expect(Object.keys(driver.sim.world.account.codedeploy.deployments)).toEqual([]);
  });

  it('fails the build action when the buildspec uploads no output artifact', () => {
    const driver = driverFor([demoPipeline()], {
      script: [push('1m', 'main', { 'buildspec.yml': BUILDSPEC.slice(0, BUILDSPEC.indexOf('artifacts:')) })],
    }).advance('3h');
    const { Build, Deploy } = actionsOf(driver.sim.world, only(executions(driver.sim.world)));
    expect(Build?.output.executionResult?.errorDetails?.message).toBe(
      'The build uploaded no output artifact BuildArtifact: its buildspec has no artifacts section, so there is nothing to hand on.',
    );
    expect(Deploy).toBeUndefined();
  });

  it('fails a deployment whose artifact holds no AppSpec file with CodeDeploy own error', () => {
    const files = appFiles();
    delete files['appspec.yml'];
    const driver = driverFor([demoPipeline()], { files });
    release(driver);
    driver.advance('3h');
    const { Deploy } = actionsOf(driver.sim.world, only(executions(driver.sim.world)));
    expect(Deploy?.status).toBe('Failed');
    expect(Deploy?.output.executionResult?.errorDetails?.message).toMatch(
      /^Deployment d-[A-Z0-9]{9} failed\. The overall deployment failed .*\(Error code: HEALTH_CONSTRAINTS\) Instance i-0+1 failed at DownloadBundle: The CodeDeploy agent did not find an AppSpec file within the unpacked revision directory at revision-relative path "appspec.yml"\.$/,
    );
  });

  it('fails at once, with the exception CodeBuild answers, when the project does not exist', () => {
    const driver = driverFor([
      pipeline([
        { name: 'Source', actions: [codeCommitSource()] },
        { name: 'Build', actions: [buildAction({ ProjectName: 'nope' })] },
      ]),
    ]);
    release(driver);
    driver.advance('1m');
    const { Build } = actionsOf(driver.sim.world, only(executions(driver.sim.world)));
    expect(Build?.output.executionResult?.errorDetails).toEqual({
      code: 'ConfigurationError',
      message:
        'Error calling startBuild: Project cannot be found: arn:aws:codebuild:us-east-1:123456789012:project/nope',
    });
  });

  it('stops the build when the execution is stopped and abandoned', () => {
    const driver = driverFor([demoPipeline()]);
    const { pipelineExecutionId } = release(driver) as { pipelineExecutionId: string };
    driver.advance('5s');
    const { Build } = actionsOf(driver.sim.world, only(executions(driver.sim.world)));
    expect(Build?.status).toBe('InProgress');
    driver.ok('codepipeline', 'StopPipelineExecution', {
      pipelineName: 'web-pipeline',
      pipelineExecutionId,
      abandon: true,
      reason: 'wrong commit',
    });
    driver.advance('10m');
    const buildId = Build?.external?.kind === 'build' ? Build.external.buildId : '';
    expect(getBuild(driver, buildId).buildStatus).toBe('STOPPED');
    expect(actionsOf(driver.sim.world, only(executions(driver.sim.world))).Build?.status).toBe('Abandoned');
  });
});

describe('CODEBUILD_CLONE_REF source artifacts', () => {
  it('are cloned by CodeBuild and refused by the other providers', () => {
    const driver = driverFor([
      pipeline([
        { name: 'Source', actions: [codeCommitSource({ OutputArtifactFormat: 'CODEBUILD_CLONE_REF' })] },
        {
          name: 'Use',
          actions: [
            buildAction(),
            action('Site', 'Deploy', 'S3', { BucketName: 'site-bucket', Extract: 'true' }, { in: ['SourceArtifact'] }),
          ],
        },
      ]),
    ]);
    release(driver);
    driver.advance('3h');
    const { Build, Site } = actionsOf(driver.sim.world, only(executions(driver.sim.world)));
    expect(Build?.status).toBe('Succeeded');
    expect(buildLog(driver, getBuild(driver, Build?.output.executionResult?.externalExecutionId ?? ''))).toContain(
      '<h1>web v1</h1>',
    );
    expect(Site?.output.executionResult?.errorDetails?.message).toBe(
      'The input artifact SourceArtifact is a CodeBuild clone reference (OutputArtifactFormat CODEBUILD_CLONE_REF); only CodeBuild actions can use it.',
    );
  });
});

describe('S3 deploy', () => {
  const s3Pipeline = (configuration: Record<string, string>) =>
    pipeline([
      { name: 'Source', actions: [codeCommitSource()] },
      {
        name: 'Deploy',
        actions: [action('Site', 'Deploy', 'S3', configuration, { in: ['SourceArtifact'] })],
      },
    ]);

  it('extracts each file of the artifact under the object key', () => {
    const driver = driverFor([s3Pipeline({ BucketName: 'site-bucket', Extract: 'true', ObjectKey: 'site' })]);
    release(driver);
    driver.advance('5m');
    const world = driver.sim.world;
    expect(only(executions(world)).status).toBe('Succeeded');
    expect(listKeys(world, 'site-bucket')).toEqual(
      Object.keys(appFiles())
        .map((p) => `site/${p}`)
        .sort(),
    );
    expect(strFromU8(getObjectBytes(world, 'site-bucket', 'site/index.html') ?? new Uint8Array())).toBe(
      '<h1>web v1</h1>\n',
    );
    expect(world.account.s3.buckets['site-bucket']?.objects['site/index.html']?.contentType).toBe('text/html');
  });

  it('puts the artifact zip itself at the object key when Extract is false', () => {
    const driver = driverFor([s3Pipeline({ BucketName: 'site-bucket', Extract: 'false', ObjectKey: 'bundle.zip' })]);
    release(driver);
    driver.advance('5m');
    const zip = unzipSync(getObjectBytes(driver.sim.world, 'site-bucket', 'bundle.zip') ?? new Uint8Array());
    expect(Object.keys(zip).sort()).toEqual(Object.keys(appFiles()).sort());
  });

  it('fails when the bucket does not exist', () => {
    const driver = driverFor([s3Pipeline({ BucketName: 'no-such-bucket', Extract: 'true' })]);
    release(driver);
    driver.advance('5m');
    const { Site } = actionsOf(driver.sim.world, only(executions(driver.sim.world)));
    expect(Site?.output.executionResult?.errorDetails?.message).toBe(
      'The specified bucket does not exist (S3 NoSuchBucket: no-such-bucket).',
    );
  });
});

describe('CloudFormation deploy', () => {
  const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Stage:
    Type: String
Resources:
  Site:
    Type: AWS::S3::Bucket
Outputs:
  Greeting:
    Value: hello
  SiteArn:
    Value: !GetAtt Site.Arn
`;
  const cfnPipeline = (configuration: Record<string, string> = {}) =>
    pipeline([
      { name: 'Source', actions: [codeCommitSource()] },
      {
        name: 'Deploy',
        actions: [
          action(
            'Stack',
            'Deploy',
            'CloudFormation',
            {
              ActionMode: 'CREATE_UPDATE',
              StackName: 'web',
              RoleArn: 'arn:aws:iam::123456789012:role/CodePipelineServiceRole',
              TemplatePath: 'SourceArtifact::template.yml',
              ...configuration,
            },
            { in: ['SourceArtifact'], namespace: 'StackVariables' },
          ),
        ],
      },
    ]);

  const run = (template: string, configuration?: Record<string, string>) => {
    const driver = driverFor([cfnPipeline(configuration)], { files: { ...appFiles(), 'template.yml': template } });
    release(driver);
    driver.advance('5m');
    return actionsOf(driver.sim.world, only(executions(driver.sim.world))).Stack;
  };

  it("succeeds with the template's literal Outputs as output variables", () => {
    const stack = run(TEMPLATE, { ParameterOverrides: '{"Stage":"prod"}' });
    expect(stack?.status).toBe('Succeeded');
    expect(stack?.output.outputVariables).toEqual({ Greeting: 'hello' });
  });

  it('fails with the line of a template that does not parse', () => {
    const stack = run('Resources:\n  Site: [1\nOutputs: {}\n');
    expect(stack?.status).toBe('Failed');
    expect(stack?.output.executionResult?.errorDetails?.message).toMatch(
      /^Template format error: YAML not well-formed\. \(template\.yml, line \d+, column \d+: /,
    );
  });

  it('fails a template without Resources and overrides of parameters it does not declare', () => {
    expect(run('Outputs: {}\n')?.output.executionResult?.errorDetails?.message).toBe(
      'Template format error: At least one Resources member must be defined. (template.yml)',
    );
    expect(
      run(TEMPLATE, { ParameterOverrides: '{"Colour":"blue"}' })?.output.executionResult?.errorDetails?.message,
    ).toBe('Parameters: [Colour] do not exist in the template');
  });
});

describe('CodeDeployToECS', () => {
  const files = {
    'taskdef.json': JSON.stringify({
      family: 'api',
      containerDefinitions: [{ name: 'web', image: '<IMAGE1_NAME>', portMappings: [{ containerPort: 8080 }] }],
    }),
    'appspec.yaml': `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: <TASK_DEFINITION>
        LoadBalancerInfo:
          ContainerName: web
          ContainerPort: 8080
`,
    'imageDetail.json': '{"ImageURI":"123456789012.dkr.ecr.us-east-1.amazonaws.com/api:abc123"}',
  };
  const ecsPipeline = pipeline([
    { name: 'Source', actions: [codeCommitSource()] },
    {
      name: 'Deploy',
      actions: [
        action(
          'Deploy',
          'Deploy',
          'CodeDeployToECS',
          {
            ApplicationName: 'api',
            DeploymentGroupName: 'api-svc',
            TaskDefinitionTemplateArtifact: 'SourceArtifact',
            AppSpecTemplateArtifact: 'SourceArtifact',
            Image1ArtifactName: 'SourceArtifact',
          },
          { in: ['SourceArtifact'] },
        ),
      ],
    },
  ]);

  it('registers the task definition with its image and deploys the AppSpec that names it', () => {
    const driver = driverFor([ecsPipeline], { files });
    driver.ok('codedeploy', 'CreateApplication', { applicationName: 'api', computePlatform: 'ECS' });
    driver.ok('codedeploy', 'CreateDeploymentGroup', ecsGroup());
    release(driver);
    driver.advance('3h');
    const world = driver.sim.world;
    const arn = 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:1';
    expect(world.account.fleet.taskDefinitions[arn]).toMatchObject({
      family: 'api',
      containerName: 'web',
      containerPort: 8080,
    });
    const { Deploy } = actionsOf(world, only(executions(world)));
    const deployment = world.account.codedeploy.deployments[Deploy?.output.executionResult?.externalExecutionId ?? ''];
    expect(deployment).toMatchObject({ creator: 'CodePipeline', computePlatform: 'ECS', status: 'Succeeded' });
    const revision = deployment?.revision;
    const appspec =
      revision?.revisionType === 'S3'
        ? strFromU8(getObjectBytes(world, revision.s3Location.bucket, revision.s3Location.key) ?? new Uint8Array())
        : '';
    expect(appspec).toContain(`TaskDefinition: ${arn}`);
    expect(Deploy?.status).toBe('Succeeded');
  });

  it('fails when the image detail is missing', () => {
    const { 'imageDetail.json': _, ...withoutImage } = files;
    const driver = driverFor([ecsPipeline], { files: withoutImage });
    release(driver);
    driver.advance('1m');
    const { Deploy } = actionsOf(driver.sim.world, only(executions(driver.sim.world)));
    expect(Deploy?.output.executionResult?.errorDetails?.message).toBe(
      'The file imageDetail.json does not exist in the input artifact SourceArtifact.',
    );
  });
});
