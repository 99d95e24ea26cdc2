import { describe, expect, it } from 'vitest';
import type { ActionDeclaration, PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { servicePolicyFor, type PolicyDocument } from './service-policy';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';

const source: ActionDeclaration = {
  name: 'Source',
  actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
  configuration: { RepositoryName: 'my-app', BranchName: 'main' },
  outputArtifacts: [{ name: 'SourceOutput' }],
};

function pipeline(...actions: ActionDeclaration[]): PipelineDeclaration {
  return {
    name: 'release',
    roleArn: `arn:aws:iam::${ACCOUNT}:role/pipeline`,
    artifactStore: { type: 'S3', location: 'codepipeline-us-east-1-artifacts' },
    stages: [
      { name: 'Source', actions: [source] },
      { name: 'Next', actions },
    ],
  };
}

const statement = (policy: PolicyDocument, sid: string) => policy.Statement.find((s) => s.Sid === sid);

describe('servicePolicyFor', () => {
  it('allows the artifact bucket and the source repository with the calls a CodeCommit source makes', () => {
    const policy = servicePolicyFor(
      pipeline({
        name: 'Build',
        actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
        configuration: { ProjectName: 'my-app-build' },
        inputArtifacts: [{ name: 'SourceOutput' }],
      }),
      ACCOUNT,
      REGION,
    );
    expect(policy.Version).toBe('2012-10-17');
    expect(statement(policy, 'ArtifactStore')?.Resource).toEqual([
      'arn:aws:s3:::codepipeline-us-east-1-artifacts',
      'arn:aws:s3:::codepipeline-us-east-1-artifacts/*',
    ]);
    expect(statement(policy, 'CodeCommitSource')).toEqual({
      Sid: 'CodeCommitSource',
      Effect: 'Allow',
      Action: [
        'codecommit:GetBranch',
        'codecommit:GetCommit',
        'codecommit:UploadArchive',
        'codecommit:GetUploadArchiveStatus',
        'codecommit:CancelUploadArchive',
      ],
      Resource: ['arn:aws:codecommit:us-east-1:111122223333:my-app'],
    });
    expect(statement(policy, 'CodeBuild')).toMatchObject({
      Action: ['codebuild:BatchGetBuilds', 'codebuild:StartBuild'],
      Resource: ['arn:aws:codebuild:us-east-1:111122223333:project/my-app-build'],
    });
    expect(policy.Statement.map((s) => s.Sid)).toEqual(['ArtifactStore', 'CodeCommitSource', 'CodeBuild']);
  });

  it('names the deployment group and application a CodeDeploy action deploys to', () => {
    const policy = servicePolicyFor(
      pipeline({
        name: 'Deploy',
        actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeploy', version: '1' },
        configuration: { ApplicationName: 'web', DeploymentGroupName: 'prod' },
        inputArtifacts: [{ name: 'SourceOutput' }],
      }),
      ACCOUNT,
      REGION,
    );
    expect(statement(policy, 'CodeDeploy')).toMatchObject({
      Action: ['codedeploy:CreateDeployment', 'codedeploy:GetDeployment'],
      Resource: ['arn:aws:codedeploy:us-east-1:111122223333:deploymentgroup:web/prod'],
    });
    expect(statement(policy, 'CodeDeployApplication')).toMatchObject({
      Action: [
        'codedeploy:GetApplication',
        'codedeploy:GetApplicationRevision',
        'codedeploy:RegisterApplicationRevision',
      ],
      Resource: ['arn:aws:codedeploy:us-east-1:111122223333:application:web'],
    });
    expect(statement(policy, 'CodeDeployConfig')?.Action).toEqual(['codedeploy:GetDeploymentConfig']);
    expect(statement(policy, 'EcsTaskDefinition')).toBeUndefined();
  });

  it('lets ECS blue/green register the task definition and pass only task roles', () => {
    const policy = servicePolicyFor(
      pipeline({
        name: 'Deploy',
        actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeployToECS', version: '1' },
        configuration: {
          ApplicationName: 'api',
          DeploymentGroupName: 'api-bg',
          TaskDefinitionTemplateArtifact: 'SourceOutput',
          AppSpecTemplateArtifact: 'SourceOutput',
        },
        inputArtifacts: [{ name: 'SourceOutput' }],
      }),
      ACCOUNT,
      REGION,
    );
    expect(statement(policy, 'EcsTaskDefinition')?.Action).toEqual(['ecs:RegisterTaskDefinition']);
    expect(statement(policy, 'PassRoleToEcsTasks')).toMatchObject({
      Action: ['iam:PassRole'],
      Condition: { StringEqualsIfExists: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    });
  });

  it('covers Lambda, Step Functions, approval topics and the role a CloudFormation action passes', () => {
    const policy = servicePolicyFor(
      pipeline(
        {
          name: 'Approve',
          actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
          configuration: { NotificationArn: 'arn:aws:sns:us-east-1:111122223333:approvals' },
        },
        {
          name: 'Smoke',
          runOrder: 2,
          actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' },
          configuration: { FunctionName: 'smoke-test' },
        },
        {
          name: 'Workflow',
          runOrder: 2,
          actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'StepFunctions', version: '1' },
          configuration: { StateMachineArn: 'arn:aws:states:us-east-1:111122223333:stateMachine:Release' },
        },
        {
          name: 'Stack',
          runOrder: 3,
          actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
          configuration: {
            ActionMode: 'CREATE_UPDATE',
            StackName: 'app',
            RoleArn: 'arn:aws:iam::111122223333:role/cfn',
            TemplatePath: 'SourceOutput::template.yml',
          },
          inputArtifacts: [{ name: 'SourceOutput' }],
        },
      ),
      ACCOUNT,
      REGION,
    );
    expect(statement(policy, 'ApprovalNotifications')).toMatchObject({
      Action: ['sns:Publish'],
      Resource: ['arn:aws:sns:us-east-1:111122223333:approvals'],
    });
    expect(statement(policy, 'LambdaInvoke')?.Resource).toEqual([
      'arn:aws:lambda:us-east-1:111122223333:function:smoke-test',
    ]);
    expect(statement(policy, 'StepFunctionsStart')?.Action).toContain('states:StartExecution');
    expect(statement(policy, 'StepFunctionsDescribe')).toMatchObject({
      Action: ['states:DescribeExecution'],
      Resource: ['arn:aws:states:us-east-1:111122223333:execution:Release:*'],
    });
    expect(statement(policy, 'CloudFormation')?.Resource).toEqual([
      'arn:aws:cloudformation:us-east-1:111122223333:stack/app/*',
    ]);
    expect(statement(policy, 'PassRoleToCloudFormation')).toMatchObject({
      Resource: ['arn:aws:iam::111122223333:role/cfn'],
      Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
    });
  });

  it('leaves out a manual approval with no topic and actions run by custom job workers', () => {
    const policy = servicePolicyFor(
      pipeline(
        {
          name: 'Approve',
          actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
        },
        {
          name: 'Jenkins',
          runOrder: 2,
          actionTypeId: { category: 'Build', owner: 'Custom', provider: 'Jenkins', version: '1' },
          configuration: { ProjectName: 'job' },
          inputArtifacts: [{ name: 'SourceOutput' }],
        },
      ),
      ACCOUNT,
      REGION,
    );
    expect(policy.Statement.map((s) => s.Sid)).toEqual(['ArtifactStore', 'CodeCommitSource']);
  });

  it('gives cross-Region actions their Region and every Region its bucket and key', () => {
    const declaration = pipeline({
      name: 'DeployWest',
      region: 'us-west-2',
      actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeploy', version: '1' },
      configuration: { ApplicationName: 'web', DeploymentGroupName: 'prod' },
      inputArtifacts: [{ name: 'SourceOutput' }],
    });
    delete declaration.artifactStore;
    declaration.artifactStores = {
      'us-east-1': { type: 'S3', location: 'artifacts-east' },
      'us-west-2': { type: 'S3', location: 'artifacts-west', encryptionKey: { id: 'alias/pipeline', type: 'KMS' } },
    };
    const policy = servicePolicyFor(declaration, ACCOUNT, REGION);
    expect(statement(policy, 'ArtifactStore')?.Resource).toEqual([
      'arn:aws:s3:::artifacts-east',
      'arn:aws:s3:::artifacts-east/*',
      'arn:aws:s3:::artifacts-west',
      'arn:aws:s3:::artifacts-west/*',
    ]);
    expect(statement(policy, 'ArtifactStoreKms')?.Resource).toEqual([
      'arn:aws:kms:us-west-2:111122223333:alias/pipeline',
    ]);
    expect(statement(policy, 'CodeDeploy')?.Resource).toEqual([
      'arn:aws:codedeploy:us-west-2:111122223333:deploymentgroup:web/prod',
    ]);
  });

  it('lets the service role assume an action role instead of acting itself', () => {
    const policy = servicePolicyFor(
      pipeline({
        name: 'Build',
        roleArn: 'arn:aws:iam::444455556666:role/cross-account-build',
        actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
        configuration: { ProjectName: 'shared-build' },
        inputArtifacts: [{ name: 'SourceOutput' }],
      }),
      ACCOUNT,
      REGION,
    );
    expect(statement(policy, 'AssumeActionRoles')).toMatchObject({
      Action: ['sts:AssumeRole'],
      Resource: ['arn:aws:iam::444455556666:role/cross-account-build'],
    });
    expect(statement(policy, 'CodeBuild')).toBeUndefined();
  });

  it('uses a wildcard where a name is only known at run time', () => {
    const policy = servicePolicyFor(
      pipeline({
        name: 'Build',
        actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
        configuration: { ProjectName: 'build-#{variables.stage}', BatchEnabled: 'true' },
        inputArtifacts: [{ name: 'SourceOutput' }],
      }),
      ACCOUNT,
      REGION,
    );
    expect(statement(policy, 'CodeBuild')?.Resource).toEqual([
      'arn:aws:codebuild:us-east-1:111122223333:project/build-*',
    ]);
    expect(statement(policy, 'CodeBuildBatch')?.Action).toEqual([
      'codebuild:BatchGetBuildBatches',
      'codebuild:StartBuildBatch',
    ]);
  });

  it('uses a wildcard for a name CloudFormation computes', () => {
    const declaration = pipeline();
    declaration.stages[0]!.actions[0]!.configuration = { RepositoryName: '!Ref RepositoryName', BranchName: 'main' };
    declaration.artifactStore = { type: 'S3', location: '!Ref ArtifactBucket' };
    const policy = servicePolicyFor(declaration, ACCOUNT, REGION);
    expect(statement(policy, 'CodeCommitSource')?.Resource).toEqual(['arn:aws:codecommit:us-east-1:111122223333:*']);
    expect(statement(policy, 'ArtifactStore')?.Resource).toEqual(['arn:aws:s3:::*', 'arn:aws:s3:::*/*']);
  });

  it('names each resource once however many actions use it', () => {
    const build = (name: string): ActionDeclaration => ({
      name,
      actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
      configuration: { ProjectName: 'shared' },
      inputArtifacts: [{ name: 'SourceOutput' }],
    });
    const policy = servicePolicyFor(pipeline(build('Unit'), build('Lint')), ACCOUNT, REGION);
    expect(statement(policy, 'CodeBuild')?.Resource).toEqual([
      'arn:aws:codebuild:us-east-1:111122223333:project/shared',
    ]);
  });
});
