import type { Operation } from '../../core/simulation';
import { ACTION_OWNERS, ACTION_TYPES } from '../../specs/pipeline/providers';
import { codepipelineErrors as errors } from '../errors';
import { page } from './common';

type PropertyType = 'String' | 'Number' | 'Boolean';

interface PropertySpec {
  name: string;
  description: string;
  type?: PropertyType;
  secret?: boolean;
}

const p = (name: string, description: string, type: PropertyType = 'String', secret = false): PropertySpec => ({
  name,
  description,
  type,
  secret,
});

const poll = p(
  'PollForSourceChanges',
  'Whether CodePipeline polls the source for changes (V1-style change detection).',
  'Boolean',
);
const outputFormat = p(
  'OutputArtifactFormat',
  'CODE_ZIP (default) or CODEBUILD_CLONE_REF (a git clone reference only a downstream CodeBuild action can use).',
);
const codeBuild = [
  p('ProjectName', 'The CodeBuild project to run.'),
  p('PrimarySource', 'The input artifact that is the primary source; required with more than one input.'),
  p('BatchEnabled', 'Run a batch build.', 'Boolean'),
  p('CombineArtifacts', 'Combine the artifacts of a batch build into one.', 'Boolean'),
  p('EnvironmentVariables', 'A JSON array of {name, value, type} overriding the project environment variables.'),
];
const images = [1, 2, 3, 4].flatMap((n) => [
  p(`Image${n}ArtifactName`, `The input artifact holding imageDetail.json for image ${n}.`),
  p(`Image${n}ContainerName`, `The placeholder in the task definition replaced by image ${n}.`),
]);

/**
 * Configuration properties of each action type (aws-facts §1.2), keyed like ACTION_TYPES. Whether a property is
 * required comes from ACTION_TYPES, so CreatePipeline's checks and ListActionTypes never disagree.
 */
const PROPERTIES: Readonly<Record<string, readonly PropertySpec[]>> = {
  'AWS/Source/CodeCommit': [
    p('RepositoryName', 'The CodeCommit repository.'),
    p('BranchName', 'The branch whose changes start the pipeline.'),
    poll,
    outputFormat,
  ],
  'AWS/Source/S3': [
    p('S3Bucket', 'The versioned bucket holding the source.'),
    p('S3ObjectKey', 'The key of the source zip.'),
    poll,
  ],
  'AWS/Source/ECR': [
    p('RepositoryName', 'The Amazon ECR repository.'),
    p('ImageTag', 'The image tag to track (default latest).'),
  ],
  'AWS/Source/CodeStarSourceConnection': [
    p('ConnectionArn', 'The connection to GitHub, GitHub Enterprise Server, Bitbucket or GitLab.'),
    p('FullRepositoryId', 'owner/repository.'),
    p('BranchName', 'The branch whose changes start the pipeline.'),
    outputFormat,
    p('DetectChanges', 'Start the pipeline on changes (default true).', 'Boolean'),
  ],
  'ThirdParty/Source/GitHub': [
    p('Owner', 'The GitHub user or organization.'),
    p('Repo', 'The repository.'),
    p('Branch', 'The branch.'),
    p('OAuthToken', 'A GitHub OAuth token (legacy GitHub version 1 action).', 'String', true),
    poll,
  ],
  'AWS/Build/CodeBuild': codeBuild,
  'AWS/Test/CodeBuild': codeBuild,
  'AWS/Test/DeviceFarm': [
    p('AppType', 'iOS, Android or Web.'),
    p('ProjectId', 'The Device Farm project.'),
    p('App', 'The path of the app file in the input artifact.'),
    p('AppiumVersion', 'The Appium version.'),
    p('DevicePoolArn', 'The device pool to test on.'),
    p('TestType', 'The test framework.'),
    p('JobTimeoutMinutes', 'Minutes a test run may take.', 'Number'),
    p('RecordVideo', 'Record a video of the test run.', 'Boolean'),
  ],
  'AWS/Approval/Manual': [
    p('NotificationArn', 'An SNS topic in the same Region notified when the approval is pending.'),
    p('ExternalEntityLink', 'A URL for the reviewers.'),
    p('CustomData', 'Comments shown to the reviewers.'),
  ],
  'AWS/Deploy/S3': [
    p('BucketName', 'The bucket to deploy to.'),
    p('Extract', 'true to unzip the input artifact into the bucket.', 'Boolean'),
    p('ObjectKey', 'The key of the object; required when Extract is false.'),
    p('KMSEncryptionKeyARN', 'The KMS key to encrypt the objects with.'),
    p('CannedACL', 'The canned ACL of the objects.'),
    p('CacheControl', 'The Cache-Control header of the objects.'),
  ],
  'AWS/Deploy/CloudFormation': [
    p('ActionMode', 'CREATE_UPDATE, DELETE_ONLY, REPLACE_ON_FAILURE, CHANGE_SET_REPLACE or CHANGE_SET_EXECUTE.'),
    p('StackName', 'The stack.'),
    p('ChangeSetName', 'The change set (change set modes).'),
    p('RoleArn', 'The role CloudFormation uses.'),
    p('TemplatePath', 'ArtifactName::file of the template.'),
    p('TemplateConfiguration', 'ArtifactName::file of a template configuration.'),
    p('Capabilities', 'CAPABILITY_IAM, CAPABILITY_NAMED_IAM, CAPABILITY_AUTO_EXPAND (comma-separated).'),
    p('ParameterOverrides', 'A JSON object of parameter values (at most 1 KB).'),
    p('OutputFileName', 'A file in the output artifact receiving the stack outputs.'),
  ],
  'AWS/Deploy/CloudFormationStackSet': [
    p('StackSetName', 'The stack set.'),
    p('TemplatePath', 'ArtifactName::file of the template.'),
    p('Description', 'The stack set description.'),
    p('Parameters', 'Parameters of the stack set.'),
    p('Capabilities', 'CloudFormation capabilities.'),
    p('PermissionModel', 'SELF_MANAGED or SERVICE_MANAGED.'),
    p('DeploymentTargets', 'Accounts or organizational units.'),
    p('Regions', 'Regions to deploy to.'),
  ],
  'AWS/Deploy/CloudFormationStackInstances': [
    p('StackSetName', 'The stack set.'),
    p('DeploymentTargets', 'Accounts or organizational units.'),
    p('Regions', 'Regions to deploy to.'),
    p('ParameterOverrides', 'Parameter values for the instances.'),
  ],
  'AWS/Deploy/CodeDeploy': [
    p('ApplicationName', 'The CodeDeploy application.'),
    p('DeploymentGroupName', 'The deployment group to deploy to.'),
  ],
  'AWS/Deploy/CodeDeployToECS': [
    p('ApplicationName', 'The CodeDeploy application.'),
    p('DeploymentGroupName', 'The ECS deployment group.'),
    p('TaskDefinitionTemplateArtifact', 'The input artifact holding the task definition.'),
    p('AppSpecTemplateArtifact', 'The input artifact holding the AppSpec file.'),
    p('TaskDefinitionTemplatePath', 'The task definition file (default taskdef.json).'),
    p('AppSpecTemplatePath', 'The AppSpec file (default appspec.yaml).'),
    ...images,
  ],
  'AWS/Deploy/ECS': [
    p('ClusterName', 'The ECS cluster.'),
    p('ServiceName', 'The ECS service.'),
    p('FileName', 'The image definitions file (default imagedefinitions.json).'),
    p('DeploymentTimeout', 'Minutes the deployment may take (at most 60).', 'Number'),
  ],
  'AWS/Deploy/ElasticBeanstalk': [
    p('ApplicationName', 'The Elastic Beanstalk application.'),
    p('EnvironmentName', 'The environment to deploy to.'),
  ],
  'AWS/Deploy/AppConfig': [
    p('Application', 'The AppConfig application.'),
    p('Environment', 'The environment.'),
    p('ConfigurationProfile', 'The configuration profile.'),
    p('InputArtifactConfigurationPath', 'The configuration file in the input artifact.'),
    p('DeploymentStrategy', 'The deployment strategy.'),
  ],
  'AWS/Deploy/OpsWorks': [p('Stack', 'The OpsWorks stack.'), p('Layer', 'The layer.'), p('App', 'The app.')],
  'AWS/Deploy/ServiceCatalog': [
    p('TemplateFilePath', 'The template in the input artifact.'),
    p('ProductVersionName', 'The product version.'),
    p('ProductType', 'The product type.'),
    p('ProductId', 'The Service Catalog product.'),
  ],
  'ThirdParty/Deploy/AlexaSkillsKit': [
    p('ClientId', 'The Login with Amazon client ID.'),
    p('ClientSecret', 'The Login with Amazon client secret.', 'String', true),
    p('RefreshToken', 'The refresh token.', 'String', true),
    p('SkillId', 'The Alexa skill.'),
  ],
  'AWS/Invoke/Lambda': [
    p('FunctionName', 'The Lambda function to invoke.'),
    p('UserParameters', 'A string passed to the function in the job data.'),
  ],
  'AWS/Invoke/StepFunctions': [
    p('StateMachineArn', 'The state machine to start.'),
    p('ExecutionNamePrefix', 'A prefix for the execution name (default: the action execution ID).'),
    p('InputType', 'Literal (default) or FilePath.'),
    p('Input', 'The input: JSON, or a file of the input artifact.'),
  ],
  'AWS/Compute/Commands': [],
};

/** The wire `ActionType` of one row of the provider table. Every action type has version 1. */
function actionType(key: string, rule: NonNullable<ReturnType<(typeof ACTION_TYPES)['get']>>) {
  const [owner, category, provider] = key.split('/');
  return {
    id: { category, owner, provider, version: '1' },
    settings: {},
    actionConfigurationProperties: (PROPERTIES[key] ?? []).map((spec) => {
      const required = rule.required.includes(spec.name);
      return {
        name: spec.name,
        required,
        // The keys that say which resource the action works on are the required ones.
        key: required,
        secret: spec.secret ?? false,
        queryable: false,
        description: spec.description,
        type: spec.type ?? 'String',
      };
    }),
    inputArtifactDetails: { minimumCount: rule.inputs[0], maximumCount: rule.inputs[1] },
    outputArtifactDetails: { minimumCount: rule.outputs[0], maximumCount: rule.outputs[1] },
  };
}

/**
 * The action types the account can use: CodePipeline's own and the third-party ones. No custom action types are
 * registered in a simulated account, so the Custom filter lists none.
 */
export const ListActionTypes: Operation = (_ctx, input) => {
  const owner = input.actionOwnerFilter;
  if (owner !== undefined && owner !== null && !ACTION_OWNERS.includes(owner as (typeof ACTION_OWNERS)[number])) {
    throw errors.validation(
      'actionOwnerFilter',
      owner,
      `Member must satisfy enum value set: [${ACTION_OWNERS.join(', ')}]`,
    );
  }
  const types = [...ACTION_TYPES]
    .filter(([key]) => owner === undefined || owner === null || key.startsWith(`${String(owner)}/`))
    .map(([key, rule]) => actionType(key, rule));
  const { items, nextToken } = page(types, { nextToken: input.nextToken }, 100);
  return { actionTypes: items, ...(nextToken && { nextToken }) };
};
