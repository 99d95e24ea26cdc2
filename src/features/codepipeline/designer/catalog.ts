import { ACTION_TYPES, CUSTOM_ACTION_TYPE, type ActionTypeRule } from '../../../engine/specs/pipeline/providers';
import type { ActionDeclaration, ActionTypeId } from '../../../engine/specs/pipeline/types';

/** Where the form can offer values from the simulated account (free text is always allowed too). */
export type ResourceKind = 'repository' | 'project' | 'application' | 'deploymentGroup' | 'bucket' | 'role';

/** How a configuration value is entered and checked; every value is still a string in the declaration. */
export type ConfigKind =
  | { type: 'text'; resource?: ResourceKind; placeholder?: string }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'json'; shape: 'array' | 'object' };

export interface ConfigKey {
  name: string;
  kind: ConfigKind;
  hint?: string;
}

export interface PaletteItem {
  /** Stable id for drag data and tests: `Owner/Category/Provider`. */
  key: string;
  label: string;
  group: PaletteGroup;
  typeId: ActionTypeId;
  /** Name for the action (and for the stage, when dropped on the empty canvas). */
  baseName: string;
  /** Output artifact the action starts with (made unique in the pipeline). */
  output?: string;
  /** Values filled in when added; required resource keys are left empty so validation points at them. */
  defaults?: Record<string, string>;
  commands?: string[];
  keys: readonly ConfigKey[];
}

export const PALETTE_GROUPS = ['Source', 'Build and Test', 'Approval', 'Invoke', 'Deploy', 'Compute'] as const;
export type PaletteGroup = (typeof PALETTE_GROUPS)[number];

const text = (name: string, hint?: string, resource?: ResourceKind): ConfigKey => ({
  name,
  kind: { type: 'text', resource },
  hint,
});
const bool = (name: string, hint?: string): ConfigKey => ({ name, kind: { type: 'boolean' }, hint });
const choice = (name: string, values: readonly string[], hint?: string): ConfigKey => ({
  name,
  kind: { type: 'enum', values },
  hint,
});
const json = (name: string, shape: 'array' | 'object', hint?: string): ConfigKey => ({
  name,
  kind: { type: 'json', shape },
  hint,
});

const OUTPUT_FORMAT = choice(
  'OutputArtifactFormat',
  ['CODE_ZIP', 'CODEBUILD_CLONE_REF'],
  'CODE_ZIP (default) zips the files; CODEBUILD_CLONE_REF passes a Git reference that only CodeBuild can use.',
);
const POLL = bool('PollForSourceChanges', 'true makes CodePipeline poll; false leaves change detection to events.');

const typeId = (owner: ActionTypeId['owner'], category: ActionTypeId['category'], provider: string): ActionTypeId => ({
  category,
  owner,
  provider,
  version: '1',
});

/** The palette: the action types issue 5 lists, with each provider's configuration keys (aws-facts §1.2, §1.11). */
export const PALETTE: readonly PaletteItem[] = [
  {
    key: 'AWS/Source/CodeCommit',
    label: 'CodeCommit',
    group: 'Source',
    typeId: typeId('AWS', 'Source', 'CodeCommit'),
    baseName: 'Source',
    output: 'SourceArtifact',
    defaults: { BranchName: 'main', PollForSourceChanges: 'false' },
    keys: [
      text('RepositoryName', 'The repository to watch.', 'repository'),
      text('BranchName', 'The branch whose commits start executions.'),
      POLL,
      OUTPUT_FORMAT,
    ],
  },
  {
    key: 'AWS/Source/S3',
    label: 'Amazon S3',
    group: 'Source',
    typeId: typeId('AWS', 'Source', 'S3'),
    baseName: 'Source',
    output: 'SourceArtifact',
    defaults: { PollForSourceChanges: 'false' },
    keys: [
      text('S3Bucket', 'A versioned bucket.', 'bucket'),
      text('S3ObjectKey', 'The .zip object whose new versions start executions.'),
      POLL,
    ],
  },
  {
    key: 'AWS/Source/ECR',
    label: 'Amazon ECR',
    group: 'Source',
    typeId: typeId('AWS', 'Source', 'ECR'),
    baseName: 'Source',
    output: 'ImageArtifact',
    keys: [text('RepositoryName', 'The image repository.'), text('ImageTag', 'Defaults to latest.')],
  },
  {
    key: 'AWS/Source/CodeStarSourceConnection',
    label: 'Git connection',
    group: 'Source',
    typeId: typeId('AWS', 'Source', 'CodeStarSourceConnection'),
    baseName: 'Source',
    output: 'SourceArtifact',
    defaults: { BranchName: 'main' },
    keys: [
      text('ConnectionArn', 'arn:aws:codeconnections:…:connection/…'),
      text('FullRepositoryId', 'owner/repository'),
      text('BranchName'),
      OUTPUT_FORMAT,
      bool('DetectChanges', 'Start an execution on every push (default true).'),
    ],
  },
  {
    key: 'AWS/Build/CodeBuild',
    label: 'CodeBuild',
    group: 'Build and Test',
    typeId: typeId('AWS', 'Build', 'CodeBuild'),
    baseName: 'Build',
    output: 'BuildArtifact',
    keys: [
      text('ProjectName', 'The build project to run.', 'project'),
      text('PrimarySource', 'Which input artifact holds the buildspec; required with more than one input.'),
      bool('BatchEnabled', 'Run a batch build.'),
      bool('CombineArtifacts', 'Combine the batch’s artifacts into one output artifact.'),
      json(
        'EnvironmentVariables',
        'array',
        'A JSON array of {"name", "value", "type"}; type is PLAINTEXT, PARAMETER_STORE or SECRETS_MANAGER.',
      ),
    ],
  },
  {
    key: 'Custom/Build/Jenkins',
    label: 'Jenkins (custom)',
    group: 'Build and Test',
    typeId: typeId('Custom', 'Build', 'Jenkins'),
    baseName: 'Jenkins',
    output: 'JenkinsArtifact',
    keys: [text('ProjectName', 'The Jenkins project the custom action runs.')],
  },
  {
    key: 'AWS/Test/DeviceFarm',
    label: 'AWS Device Farm',
    group: 'Build and Test',
    typeId: typeId('AWS', 'Test', 'DeviceFarm'),
    baseName: 'Test',
    keys: [
      choice('AppType', ['Android', 'iOS', 'Web']),
      text('ProjectId'),
      text('App', 'The app file in the input artifact.'),
      text('AppiumVersion'),
      text('DevicePoolArn'),
      choice('TestType', ['APPIUM_NODE', 'APPIUM_PYTHON', 'APPIUM_JAVA_JUNIT', 'BUILTIN_FUZZ', 'INSTRUMENTATION']),
    ],
  },
  {
    key: 'AWS/Approval/Manual',
    label: 'Manual approval',
    group: 'Approval',
    typeId: typeId('AWS', 'Approval', 'Manual'),
    baseName: 'Approval',
    keys: [
      text('NotificationArn', 'An SNS topic in the same Region that is told when the pipeline stops here.'),
      text('ExternalEntityLink', 'A URL for reviewers.'),
      text('CustomData', 'Comments shown to reviewers.'),
    ],
  },
  {
    key: 'AWS/Invoke/Lambda',
    label: 'AWS Lambda',
    group: 'Invoke',
    typeId: typeId('AWS', 'Invoke', 'Lambda'),
    baseName: 'Invoke',
    keys: [text('FunctionName'), text('UserParameters', 'A string handed to the function.')],
  },
  {
    key: 'AWS/Invoke/StepFunctions',
    label: 'AWS Step Functions',
    group: 'Invoke',
    typeId: typeId('AWS', 'Invoke', 'StepFunctions'),
    baseName: 'Invoke',
    keys: [
      text('StateMachineArn'),
      text('ExecutionNamePrefix'),
      choice('InputType', ['Literal', 'FilePath']),
      text('Input', 'The state machine input, or the file in the input artifact that holds it.'),
    ],
  },
  {
    key: 'AWS/Deploy/CodeDeploy',
    label: 'CodeDeploy',
    group: 'Deploy',
    typeId: typeId('AWS', 'Deploy', 'CodeDeploy'),
    baseName: 'Deploy',
    keys: [
      text('ApplicationName', 'The CodeDeploy application.', 'application'),
      text('DeploymentGroupName', 'A deployment group of that application.', 'deploymentGroup'),
    ],
  },
  {
    key: 'AWS/Deploy/CodeDeployToECS',
    label: 'ECS blue/green',
    group: 'Deploy',
    typeId: typeId('AWS', 'Deploy', 'CodeDeployToECS'),
    baseName: 'Deploy',
    keys: [
      text('ApplicationName', undefined, 'application'),
      text('DeploymentGroupName', undefined, 'deploymentGroup'),
      text('TaskDefinitionTemplateArtifact', 'The input artifact holding the task definition.'),
      text('AppSpecTemplateArtifact', 'The input artifact holding the AppSpec file.'),
      text('TaskDefinitionTemplatePath', 'Defaults to taskdef.json.'),
      text('AppSpecTemplatePath', 'Defaults to appspec.yaml.'),
      text('Image1ArtifactName'),
      text('Image1ContainerName', 'The placeholder in the task definition, e.g. IMAGE1_NAME.'),
    ],
  },
  {
    key: 'AWS/Deploy/ECS',
    label: 'Amazon ECS',
    group: 'Deploy',
    typeId: typeId('AWS', 'Deploy', 'ECS'),
    baseName: 'Deploy',
    keys: [
      text('ClusterName'),
      text('ServiceName'),
      text('FileName', 'Defaults to imagedefinitions.json.'),
      text('DeploymentTimeout', 'Minutes, at most 60.'),
    ],
  },
  {
    key: 'AWS/Deploy/CloudFormation',
    label: 'CloudFormation',
    group: 'Deploy',
    typeId: typeId('AWS', 'Deploy', 'CloudFormation'),
    baseName: 'Deploy',
    defaults: { ActionMode: 'CREATE_UPDATE' },
    keys: [
      choice('ActionMode', [
        'CREATE_UPDATE',
        'DELETE_ONLY',
        'REPLACE_ON_FAILURE',
        'CHANGE_SET_REPLACE',
        'CHANGE_SET_EXECUTE',
      ]),
      text('StackName'),
      text('ChangeSetName', 'Needed by the two change-set modes.'),
      text('RoleArn', 'The role CloudFormation uses for the stack.', 'role'),
      text('TemplatePath', 'ArtifactName::file'),
      text('TemplateConfiguration', 'ArtifactName::file'),
      text('Capabilities', 'Comma-separated, no spaces: CAPABILITY_IAM, CAPABILITY_NAMED_IAM, CAPABILITY_AUTO_EXPAND.'),
      json('ParameterOverrides', 'object', 'A JSON object of at most 1 KB; every key must be a template parameter.'),
      text('OutputFileName', 'Writes the stack outputs to one output artifact.'),
    ],
  },
  {
    key: 'AWS/Deploy/ElasticBeanstalk',
    label: 'Elastic Beanstalk',
    group: 'Deploy',
    typeId: typeId('AWS', 'Deploy', 'ElasticBeanstalk'),
    baseName: 'Deploy',
    keys: [text('ApplicationName'), text('EnvironmentName')],
  },
  {
    key: 'AWS/Deploy/S3',
    label: 'Amazon S3',
    group: 'Deploy',
    typeId: typeId('AWS', 'Deploy', 'S3'),
    baseName: 'Deploy',
    defaults: { Extract: 'true' },
    keys: [
      text('BucketName', undefined, 'bucket'),
      bool(
        'Extract',
        'true unzips the artifact into the bucket; false uploads it as one object (then ObjectKey is needed).',
      ),
      text('ObjectKey'),
      text('KMSEncryptionKeyARN'),
      choice('CannedACL', [
        'private',
        'public-read',
        'public-read-write',
        'authenticated-read',
        'aws-exec-read',
        'bucket-owner-read',
        'bucket-owner-full-control',
      ]),
      text('CacheControl'),
    ],
  },
  {
    key: 'AWS/Compute/Commands',
    label: 'Commands',
    group: 'Compute',
    typeId: typeId('AWS', 'Compute', 'Commands'),
    baseName: 'Commands',
    commands: ['echo "Hello from the pipeline"'],
    keys: [],
  },
];

export const paletteItem = (key: string) => PALETTE.find((item) => item.key === key);

/** The palette entry for an action already in a declaration, to build its configuration form. */
export function itemFor(type: ActionTypeId | undefined): PaletteItem | undefined {
  if (!type) return undefined;
  return (
    paletteItem(`${type.owner}/${type.category}/${type.provider}`) ??
    PALETTE.find((item) => item.typeId.provider === type.provider && item.typeId.owner === type.owner)
  );
}

/** Artifact counts and required keys, the same table the validation uses. */
export function ruleFor(type: ActionTypeId | undefined): ActionTypeRule | undefined {
  if (!type) return undefined;
  if (type.owner === 'Custom') return CUSTOM_ACTION_TYPE;
  return ACTION_TYPES.get(`${type.owner}/${type.category}/${type.provider}`);
}

/** A new action of this type; `name` and `output` already made unique by the caller. */
export function newAction(
  item: PaletteItem,
  name: string,
  output: string | undefined,
  runOrder: number,
): ActionDeclaration {
  return {
    name,
    actionTypeId: { ...item.typeId },
    runOrder,
    configuration: { ...item.defaults },
    ...(item.commands && { commands: [...item.commands] }),
    outputArtifacts: output ? [{ name: output }] : [],
    inputArtifacts: [],
  };
}
