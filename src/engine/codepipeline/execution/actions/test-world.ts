import { APPSPEC_EC2, ROLE_ARN, bundleFiles, seedFleet, serverGroup } from '../../../codedeploy/test-world';
import type { ScenarioInput } from '../../../scenario/schema';
import type { World } from '../../../world';
import type { ActionDeclaration, PipelineDeclaration } from '../../../specs/pipeline/types';
import type { ActionExecution, PipelineExecution } from '../../state';

/**
 * A demo-like account for the provider tests: repository `app` (branch main) with a web app, its buildspec and
 * AppSpec; build project `app-build` (a CodeCommit project, as the demo's); CodeDeploy application `web` with the
 * group `web-fleet` over six instances that may read the artifact bucket; the buckets `pipeline-artifacts`
 * (artifact store) and `site-bucket`; and the pipeline(s) given, created quietly by the scenario.
 */
export const ARTIFACTS = 'pipeline-artifacts';
export const PIPELINE_ROLE = 'arn:aws:iam::123456789012:role/CodePipelineServiceRole';
export const CONNECTION_ARN = 'arn:aws:codestar-connections:us-east-1:123456789012:connection/github';

export const BUILDSPEC = `version: 0.2
env:
  exported-variables:
    - APP_VERSION
phases:
  build:
    commands:
      - echo "Building commit $CODEBUILD_RESOLVED_SOURCE_VERSION"
      - cat index.html
      - export APP_VERSION=1.0.$CODEBUILD_BUILD_NUMBER
artifacts:
  files:
    - '**/*'
`;

export const appFiles = (version = 'v1'): Record<string, string> => ({
  ...bundleFiles(version),
  'appspec.yml': APPSPEC_EC2,
  'buildspec.yml': BUILDSPEC,
});

const author = { name: 'Ada', email: 'ada@example.com' };

export const push = (at: string, branch: string, files: Record<string, string>, message = `change at ${at}`) => ({
  at,
  push: { repository: 'app', branch, message, author, files, deletes: [] },
});

export const action = (
  name: string,
  category: ActionDeclaration['actionTypeId']['category'],
  provider: string,
  configuration: Record<string, string>,
  artifacts: { in?: string[]; out?: string[]; namespace?: string; runOrder?: number } = {},
): ActionDeclaration => ({
  name,
  actionTypeId: { category, owner: 'AWS', provider, version: '1' },
  runOrder: artifacts.runOrder ?? 1,
  configuration,
  inputArtifacts: (artifacts.in ?? []).map((n) => ({ name: n })),
  outputArtifacts: (artifacts.out ?? []).map((n) => ({ name: n })),
  ...(artifacts.namespace !== undefined && { namespace: artifacts.namespace }),
});

export const codeCommitSource = (configuration: Record<string, string> = {}) =>
  action(
    'Source',
    'Source',
    'CodeCommit',
    { RepositoryName: 'app', BranchName: 'main', ...configuration },
    { out: ['SourceArtifact'], namespace: 'SourceVariables' },
  );

export const buildAction = (configuration: Record<string, string> = {}) =>
  action(
    'Build',
    'Build',
    'CodeBuild',
    { ProjectName: 'app-build', ...configuration },
    { in: ['SourceArtifact'], out: ['BuildArtifact'], namespace: 'BuildVariables' },
  );

export const deployAction = () =>
  action(
    'Deploy',
    'Deploy',
    'CodeDeploy',
    { ApplicationName: 'web', DeploymentGroupName: 'web-fleet' },
    {
      in: ['BuildArtifact'],
    },
  );

export function pipeline(
  stages: { name: string; actions: ActionDeclaration[] }[],
  extra: Partial<PipelineDeclaration> = {},
): PipelineDeclaration {
  return {
    name: 'web-pipeline',
    roleArn: PIPELINE_ROLE,
    artifactStore: { type: 'S3', location: ARTIFACTS },
    stages,
    ...extra,
  };
}

/** Source → Build → Deploy, the demo's shape. */
export const demoPipeline = (extra: Partial<PipelineDeclaration> = {}) =>
  pipeline(
    [
      { name: 'Source', actions: [codeCommitSource()] },
      { name: 'Build', actions: [buildAction()] },
      { name: 'Deploy', actions: [deployAction()] },
    ],
    extra,
  );

export function pipelineScenario(
  pipelines: PipelineDeclaration[],
  options: {
    script?: ScenarioInput['script'];
    codepipeline?: Record<string, unknown>;
    files?: Record<string, string>;
  } = {},
): ScenarioInput {
  return {
    format: 'cicdlab-scenario',
    version: 1,
    name: 'pipeline-actions',
    seed: 5,
    startTime: '2026-01-05T09:00:00Z',
    account: {
      accountId: '123456789012',
      region: 'us-east-1',
      iam: {
        users: [],
        roles: [
          { roleName: 'CodeDeployServiceRole', policies: [] },
          { roleName: 'CodePipelineServiceRole', policies: [] },
        ],
      },
      codecommit: {
        repositories: [
          { name: 'app', commits: [{ message: 'Initial commit', author, files: options.files ?? appFiles() }] },
        ],
      },
      codebuild: { projects: [{ name: 'app-build', source: { type: 'CODECOMMIT', repository: 'app' } }] },
      s3: { buckets: [ARTIFACTS, 'site-bucket'] },
      codepipeline: { pipelines, ...options.codepipeline },
    } as never,
    script: options.script ?? [],
  };
}

/** The CodeDeploy requests that make application `web` and group `web-fleet` (after `seedDeployTargets`). */
export const DEPLOY_SETUP: [string, Record<string, unknown>][] = [
  ['CreateApplication', { applicationName: 'web', computePlatform: 'Server' }],
  ['CreateDeploymentGroup', serverGroup({ serviceRoleArn: ROLE_ARN })],
];

/** The CodeDeploy test fleet, its instances allowed to read the artifact bucket (as their instance profile must). */
export function seedDeployTargets(world: World): void {
  seedFleet(world.account.fleet);
  for (const instance of Object.values(world.account.fleet.instances)) instance.s3ReadBuckets.push(ARTIFACTS);
}

/** The pipeline's executions, oldest first. */
export const executions = (world: World, name = 'web-pipeline'): PipelineExecution[] =>
  (world.account.codepipeline.executionOrder[name] ?? []).map(
    (id) => world.account.codepipeline.executions[id] as PipelineExecution,
  );

/** The action executions of an execution, by action name (the latest attempt of each). */
export function actionsOf(world: World, execution: PipelineExecution): Record<string, ActionExecution> {
  const out: Record<string, ActionExecution> = {};
  for (const a of Object.values(world.account.codepipeline.actionExecutions)) {
    if (a.pipelineExecutionId === execution.pipelineExecutionId) out[a.actionName] = a;
  }
  return out;
}
