import type { ScenarioInput } from '../scenario/schema';
import type { PipelineDeclaration } from '../specs/pipeline/types';

/**
 * Worlds for the CodePipeline tests: the account has the service role `CodePipelineServiceRole`, the artifact bucket
 * `codepipeline-us-east-1-123456789012`, a repository `web` with a buildspec on `main`, and a CodeBuild project
 * `web-build`. `declaration()` is a valid two-stage pipeline over them (Source → Build).
 */
export const ACCOUNT = '123456789012';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/CodePipelineServiceRole`;
export const ARTIFACT_BUCKET = `codepipeline-us-east-1-${ACCOUNT}`;

export function codepipelineScenario(codepipeline?: Record<string, unknown>): ScenarioInput {
  return {
    format: 'cicdlab-scenario',
    version: 1,
    name: 'codepipeline-test',
    seed: 5,
    startTime: '2026-01-05T09:00:00Z',
    account: {
      accountId: ACCOUNT,
      region: 'us-east-1',
      iam: { users: [], roles: [{ roleName: 'CodePipelineServiceRole', policies: [] }] },
      s3: { buckets: [ARTIFACT_BUCKET], objects: [] },
      codecommit: {
        repositories: [
          {
            name: 'web',
            commits: [
              {
                message: 'First',
                author: { name: 'Ada', email: 'ada@example.com' },
                files: { 'buildspec.yml': 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo ok\n' },
              },
            ],
          },
        ],
      },
      codebuild: {
        projects: [
          {
            name: 'web-build',
            source: { type: 'CODEPIPELINE' },
            artifacts: { type: 'CODEPIPELINE' },
            environment: {
              type: 'LINUX_CONTAINER',
              image: 'aws/codebuild/standard:7.0',
              computeType: 'BUILD_GENERAL1_SMALL',
            },
          },
        ],
      },
      ...(codepipeline && { codepipeline }),
    } as never,
    script: [],
  };
}

export function declaration(overrides: Partial<PipelineDeclaration> = {}): PipelineDeclaration {
  return {
    name: 'web-pipeline',
    roleArn: ROLE_ARN,
    artifactStore: { type: 'S3', location: ARTIFACT_BUCKET },
    stages: [
      {
        name: 'Source',
        actions: [
          {
            name: 'Source',
            actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
            configuration: { RepositoryName: 'web', BranchName: 'main' },
            outputArtifacts: [{ name: 'SourceOutput' }],
            namespace: 'SourceVariables',
          },
        ],
      },
      {
        name: 'Build',
        actions: [
          {
            name: 'Build',
            actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
            configuration: { ProjectName: 'web-build' },
            inputArtifacts: [{ name: 'SourceOutput' }],
            outputArtifacts: [{ name: 'BuildOutput' }],
          },
        ],
      },
    ],
    ...overrides,
  };
}
