import { base64 } from '@scure/base';
import type { ServiceEndpoint } from '../../../api/aws-call';
import { codebuild } from '../../../api/codebuild/service';
import { codecommit } from '../../../api/codecommit/service';
import { codedeploy } from '../../../api/codedeploy/service';
import { codepipeline } from '../../../api/codepipeline/service';
import { autoscaling, cloudwatch, ec2 } from '../../../api/fleet/service';
import type { ActionDeclaration, PipelineDeclaration, StageDeclaration } from '../../../engine/specs/pipeline/types';
import type { AccountContext, ApiCall, Step } from './plan';
import type { SampleFiles } from './sample-apps';

/** The branch every template commits to and every pipeline watches. */
export const BRANCH = 'main';
const SOURCE_ARTIFACT = 'SourceArtifact';
const BUILD_ARTIFACT = 'BuildArtifact';

const call = (
  service: string,
  endpoint: ServiceEndpoint,
  operation: string,
  input: Record<string, unknown>,
): ApiCall => ({
  service,
  endpoint,
  operation,
  input,
});

/** CreateRepository, then the sample app as its first commit on main. */
export function repositorySteps(repositoryName: string, description: string, files: SampleFiles): Step[] {
  const encoder = new TextEncoder();
  return [
    {
      ...call('codecommit', codecommit, 'CreateRepository', { repositoryName, repositoryDescription: description }),
      label: `Create the CodeCommit repository ${repositoryName}`,
      creates: { kind: 'CodeCommit repository', name: repositoryName },
      undo: () => call('codecommit', codecommit, 'DeleteRepository', { repositoryName }),
    },
    {
      ...call('codecommit', codecommit, 'CreateCommit', {
        repositoryName,
        branchName: BRANCH,
        commitMessage: 'Sample application from a project template',
        authorName: 'CI/CD Lab',
        email: 'templates@cicdlab.example',
        putFiles: Object.entries(files).map(([filePath, text]) => ({
          filePath,
          fileContent: base64.encode(encoder.encode(text)),
        })),
      }),
      label: `Commit the sample app to ${BRANCH} (${Object.keys(files).join(', ')})`,
    },
  ];
}

/** `privilegedMode` is what lets a build run the Docker daemon (`docker build`). */
export function buildProjectStep(
  projectName: string,
  account: AccountContext,
  description: string,
  privilegedMode = false,
): Step {
  return {
    ...call('codebuild', codebuild, 'CreateProject', {
      name: projectName,
      description,
      source: { type: 'CODEPIPELINE' },
      artifacts: { type: 'CODEPIPELINE' },
      environment: {
        type: 'LINUX_CONTAINER',
        image: 'aws/codebuild/standard:7.0',
        computeType: 'BUILD_GENERAL1_SMALL',
        ...(privilegedMode && { privilegedMode }),
      },
      serviceRole: account.serviceRoleArn,
    }),
    label: `Create the CodeBuild project ${projectName} (source and artifacts from the pipeline)`,
    creates: { kind: 'CodeBuild project', name: projectName },
    undo: () => call('codebuild', codebuild, 'DeleteProject', { name: projectName }),
  };
}

export function applicationStep(applicationName: string, computePlatform: 'Server' | 'Lambda' | 'ECS'): Step {
  return {
    ...call('codedeploy', codedeploy, 'CreateApplication', { applicationName, computePlatform }),
    label: `Create the CodeDeploy application ${applicationName} (${computePlatform === 'Server' ? 'EC2/On-premises' : computePlatform})`,
    creates: { kind: 'CodeDeploy application', name: applicationName },
    undo: () => call('codedeploy', codedeploy, 'DeleteApplication', { applicationName }),
  };
}

export function deploymentGroupStep(
  account: AccountContext,
  input: { applicationName: string; deploymentGroupName: string } & Record<string, unknown>,
  what: string,
): Step {
  return {
    ...call('codedeploy', codedeploy, 'CreateDeploymentGroup', { ...input, serviceRoleArn: account.serviceRoleArn }),
    label: `Create the deployment group ${input.deploymentGroupName}: ${what}`,
    creates: { kind: 'CodeDeploy deployment group', name: `${input.applicationName} / ${input.deploymentGroupName}` },
    undo: () =>
      call('codedeploy', codedeploy, 'DeleteDeploymentGroup', {
        applicationName: input.applicationName,
        deploymentGroupName: input.deploymentGroupName,
      }),
  };
}

/** EC2 instances with the CodeDeploy agent running, tagged for a deployment group's tag filter. */
export function instancesStep(count: number, tags: Record<string, string>): Step {
  return {
    ...call('ec2', ec2, 'RunInstances', {
      MinCount: count,
      MaxCount: count,
      InstanceType: 't3.micro',
      TagSpecifications: [
        { ResourceType: 'instance', Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) },
      ],
      SimulatorOptions: { CodeDeployAgent: 'running', S3ReadBuckets: ['*'] },
    }),
    label: `Launch ${count} EC2 instances tagged ${Object.entries(tags)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')} (CodeDeploy agent installed)`,
    creates: {
      kind: 'EC2 instances',
      name: Object.entries(tags)
        .map(([k, v]) => `${k}=${v}`)
        .join(', '),
    },
    undo: (output) => {
      const instances = Array.isArray(output.Instances) ? (output.Instances as { InstanceId?: unknown }[]) : [];
      const ids = instances.map((i) => i.InstanceId).filter((id): id is string => typeof id === 'string');
      return ids.length > 0 ? call('ec2', ec2, 'TerminateInstances', { InstanceIds: ids }) : undefined;
    },
  };
}

export function autoScalingGroupStep(name: string, targetGroupArn: string, tags: Record<string, string>): Step {
  return {
    ...call('autoscaling', autoscaling, 'CreateAutoScalingGroup', {
      AutoScalingGroupName: name,
      MinSize: 2,
      MaxSize: 4,
      DesiredCapacity: 2,
      TargetGroupARNs: [targetGroupArn],
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
      SimulatorOptions: { CodeDeployAgent: 'running', S3ReadBuckets: ['*'] },
    }),
    label: `Create the Auto Scaling group ${name} (2 instances, registered with the target group)`,
    creates: { kind: 'Auto Scaling group', name },
  };
}

export function alarmStep(input: Record<string, unknown> & { AlarmName: string }, what: string): Step {
  return {
    ...call('cloudwatch', cloudwatch, 'PutMetricAlarm', input),
    label: `Create the CloudWatch alarm ${input.AlarmName}: ${what}`,
    creates: { kind: 'CloudWatch alarm', name: input.AlarmName },
    undo: () => call('cloudwatch', cloudwatch, 'DeleteAlarms', { AlarmNames: [input.AlarmName] }),
  };
}

export const sourceStage = (repositoryName: string): StageDeclaration => ({
  name: 'Source',
  actions: [
    {
      name: 'Source',
      actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
      runOrder: 1,
      configuration: {
        RepositoryName: repositoryName,
        BranchName: BRANCH,
        PollForSourceChanges: 'false',
        OutputArtifactFormat: 'CODE_ZIP',
      },
      outputArtifacts: [{ name: SOURCE_ARTIFACT }],
      namespace: 'SourceVariables',
    },
  ],
});

export const buildStage = (projectName: string): StageDeclaration => ({
  name: 'Build',
  actions: [
    {
      name: 'Build',
      actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
      runOrder: 1,
      configuration: { ProjectName: projectName },
      inputArtifacts: [{ name: SOURCE_ARTIFACT }],
      outputArtifacts: [{ name: BUILD_ARTIFACT }],
      namespace: 'BuildVariables',
    },
  ],
});

export const codeDeployAction = (
  name: string,
  applicationName: string,
  deploymentGroupName: string,
): ActionDeclaration => ({
  name,
  actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeploy', version: '1' },
  runOrder: 1,
  configuration: { ApplicationName: applicationName, DeploymentGroupName: deploymentGroupName },
  inputArtifacts: [{ name: BUILD_ARTIFACT }],
});

export const s3DeployAction = (bucketName: string, objectKey: string): ActionDeclaration => ({
  name: 'Deploy',
  actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'S3', version: '1' },
  runOrder: 1,
  configuration: { BucketName: bucketName, Extract: 'true', ObjectKey: objectKey },
  inputArtifacts: [{ name: BUILD_ARTIFACT }],
});

export const approvalAction = (summary: string): ActionDeclaration => ({
  name: 'Approve',
  actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
  runOrder: 1,
  configuration: { CustomData: summary },
});

/** A V2 pipeline whose artifacts go to the account's artifact bucket. */
export function pipelineDeclaration(
  name: string,
  account: AccountContext,
  stages: StageDeclaration[],
): PipelineDeclaration {
  return {
    name,
    roleArn: account.serviceRoleArn,
    artifactStore: { type: 'S3', location: account.artifactBucket },
    stages,
    version: 1,
    executionMode: 'QUEUED',
    pipelineType: 'V2',
  };
}

export function pipelineStep(pipeline: PipelineDeclaration): Step {
  return {
    ...call('codepipeline', codepipeline, 'CreatePipeline', { pipeline }),
    label: `Create the pipeline ${pipeline.name}: ${pipeline.stages.map((s) => s.name).join(' → ')} (its first execution starts at once)`,
    creates: { kind: 'CodePipeline pipeline', name: pipeline.name },
    undo: () => call('codepipeline', codepipeline, 'DeletePipeline', { name: pipeline.name }),
  };
}
