import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { collectSpecFiles, specFilesFor, type SpecFileReader } from './spec-files';

const declaration: PipelineDeclaration = {
  name: 'web',
  roleArn: 'arn:aws:iam::111122223333:role/pipeline',
  artifactStore: { type: 'S3', location: 'artifacts' },
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
          configuration: { RepositoryName: 'web-app', BranchName: 'main' },
          outputArtifacts: [{ name: 'SourceOutput' }],
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
        {
          name: 'Test',
          runOrder: 2,
          actionTypeId: { category: 'Test', owner: 'AWS', provider: 'CodeBuild', version: '1' },
          configuration: { ProjectName: 'web-test' },
          inputArtifacts: [{ name: 'BuildOutput' }],
        },
      ],
    },
    {
      name: 'Deploy',
      actions: [
        {
          name: 'Deploy',
          actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeploy', version: '1' },
          configuration: { ApplicationName: 'web', DeploymentGroupName: 'prod' },
          inputArtifacts: [{ name: 'BuildOutput' }],
        },
      ],
    },
  ],
};

const repository = { repositoryName: 'web-app', branchName: 'main' };

describe('specFilesFor', () => {
  it('finds each project and deployment group and the repository behind its input, through builds', () => {
    expect(specFilesFor(declaration)).toEqual([
      { kind: 'buildspec', actionName: 'Build', projectName: 'web-build', source: repository },
      { kind: 'buildspec', actionName: 'Test', projectName: 'web-test', source: repository },
      {
        kind: 'appspec',
        actionName: 'Deploy',
        applicationName: 'web',
        deploymentGroupName: 'prod',
        paths: ['appspec.yml', 'appspec.yaml', 'appspec.json'],
        source: repository,
      },
    ]);
  });
});

describe('collectSpecFiles', () => {
  const reader: SpecFileReader = {
    buildspecOf: async (name) =>
      ({
        'web-build': { buildspec: undefined },
        'web-test': { buildspec: 'version: 0.2\nphases:\n  build:\n    commands: [npm test]\n' },
      })[name],
    fileText: async (repositoryName, branchName, path) =>
      repositoryName === 'web-app' && branchName === 'main'
        ? { 'buildspec.yml': 'version: 0.2\n', 'appspec.yml': 'version: 0.0\nos: linux\n' }[path]
        : undefined,
  };

  it('reads inline buildspecs from the project and the others (and the AppSpec) from the repository', async () => {
    const collected = await collectSpecFiles(specFilesFor(declaration), reader);
    expect(collected.files).toEqual([
      { path: 'buildspecs/web-build.yml', text: 'version: 0.2\n' },
      { path: 'buildspecs/web-test.yml', text: 'version: 0.2\nphases:\n  build:\n    commands: [npm test]\n' },
      { path: 'appspecs/web-prod.yml', text: 'version: 0.0\nos: linux\n' },
    ]);
    expect(collected.missing).toEqual([]);
  });

  it('says which files it could not read and why', async () => {
    const collected = await collectSpecFiles(
      [
        { kind: 'buildspec', actionName: 'Build', projectName: 'gone' },
        {
          kind: 'appspec',
          actionName: 'Deploy',
          applicationName: 'web',
          deploymentGroupName: 'prod',
          paths: ['appspec.yml'],
          source: { repositoryName: 'web-app', branchName: 'release' },
        },
      ],
      reader,
    );
    expect(collected.files).toEqual([]);
    expect(collected.missing).toEqual([
      'Build project gone (action Build) does not exist.',
      'AppSpec file of web/prod: none of appspec.yml on branch release of web-app.',
    ]);
  });
});
