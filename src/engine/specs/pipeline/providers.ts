/** `[min, max]` number of artifacts an action type accepts. */
export type ArtifactCount = readonly [number, number];

export interface ActionTypeRule {
  inputs: ArtifactCount;
  outputs: ArtifactCount;
  /** Configuration keys CodePipeline refuses the action without. */
  required: readonly string[];
}

export const ACTION_CATEGORIES = ['Source', 'Build', 'Deploy', 'Test', 'Invoke', 'Approval', 'Compute'] as const;
export const ACTION_OWNERS = ['AWS', 'ThirdParty', 'Custom'] as const;

const rule = (inputs: ArtifactCount, outputs: ArtifactCount, required: readonly string[] = []): ActionTypeRule => ({
  inputs,
  outputs,
  required,
});

const codeBuild = rule([1, 5], [0, 5], ['ProjectName']);

/** Owner/Category/Provider → artifact counts and required configuration (aws-facts §1.2). */
export const ACTION_TYPES: ReadonlyMap<string, ActionTypeRule> = new Map([
  ['AWS/Source/CodeCommit', rule([0, 0], [1, 1], ['RepositoryName', 'BranchName'])],
  ['AWS/Source/S3', rule([0, 0], [1, 1], ['S3Bucket', 'S3ObjectKey'])],
  ['AWS/Source/ECR', rule([0, 0], [1, 1], ['RepositoryName'])],
  ['AWS/Source/CodeStarSourceConnection', rule([0, 0], [1, 1], ['ConnectionArn', 'FullRepositoryId', 'BranchName'])],
  ['ThirdParty/Source/GitHub', rule([0, 0], [1, 1])],
  ['AWS/Build/CodeBuild', codeBuild],
  ['AWS/Test/CodeBuild', codeBuild],
  [
    'AWS/Test/DeviceFarm',
    rule([1, 1], [0, 0], ['AppType', 'ProjectId', 'App', 'AppiumVersion', 'DevicePoolArn', 'TestType']),
  ],
  ['AWS/Approval/Manual', rule([0, 0], [0, 0])],
  ['AWS/Deploy/S3', rule([1, 1], [0, 0], ['BucketName', 'Extract'])],
  ['AWS/Deploy/CloudFormation', rule([0, 10], [0, 1])],
  ['AWS/Deploy/CloudFormationStackSet', rule([1, 3], [0, 0], ['StackSetName', 'TemplatePath'])],
  ['AWS/Deploy/CloudFormationStackInstances', rule([0, 2], [0, 0], ['StackSetName'])],
  ['AWS/Deploy/CodeDeploy', rule([1, 1], [0, 0], ['ApplicationName', 'DeploymentGroupName'])],
  [
    'AWS/Deploy/CodeDeployToECS',
    rule(
      [1, 5],
      [0, 0],
      ['ApplicationName', 'DeploymentGroupName', 'TaskDefinitionTemplateArtifact', 'AppSpecTemplateArtifact'],
    ),
  ],
  ['AWS/Deploy/ECS', rule([1, 1], [0, 0], ['ClusterName', 'ServiceName'])],
  ['AWS/Deploy/ElasticBeanstalk', rule([1, 1], [0, 0])],
  [
    'AWS/Deploy/AppConfig',
    rule([1, 1], [0, 0], ['Application', 'Environment', 'ConfigurationProfile', 'InputArtifactConfigurationPath']),
  ],
  ['AWS/Deploy/OpsWorks', rule([1, 1], [0, 0])],
  ['AWS/Deploy/ServiceCatalog', rule([1, 1], [0, 0])],
  ['ThirdParty/Deploy/AlexaSkillsKit', rule([1, 2], [0, 0])],
  ['AWS/Invoke/Lambda', rule([0, 5], [0, 5], ['FunctionName'])],
  ['AWS/Invoke/StepFunctions', rule([0, 1], [0, 1], ['StateMachineArn'])],
  // The facts file gives no counts for the Commands action; the bounds are ActionTypeArtifactDetails' 0..10.
  ['AWS/Compute/Commands', rule([0, 10], [0, 10])],
]);

/** Custom actions declare their own counts; CodePipeline's own bounds apply (aws-facts §1.2, last row). */
export const CUSTOM_ACTION_TYPE = rule([0, 5], [0, 5]);
