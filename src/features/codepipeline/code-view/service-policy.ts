import { isIntrinsic } from '../../../engine/specs/pipeline/cloudformation/intrinsics';
import type { ActionDeclaration, ArtifactStore, PipelineDeclaration } from '../../../engine/specs/pipeline/types';

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, string>>;
}

/** An IAM identity policy document, ready for `aws iam put-role-policy --policy-document`. */
export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

const ARTIFACT_ACTIONS = [
  's3:GetObject',
  's3:GetObjectVersion',
  's3:GetBucketVersioning',
  's3:GetBucketAcl',
  's3:GetBucketLocation',
  's3:PutObject',
  's3:PutObjectAcl',
];
const KMS_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'];
const PASSED_TO_ECS_TASKS = { StringEqualsIfExists: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } };
const PASSED_TO_CLOUDFORMATION = { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } };
/*
 * CodePipeline's Elastic Beanstalk action reference lists these, on every resource, as the minimum: Beanstalk
 * itself drives EC2, load balancers, scaling and a CloudFormation stack with the pipeline's role.
 */
const ELASTIC_BEANSTALK_ACTIONS = [
  'elasticbeanstalk:*',
  'ec2:*',
  'elasticloadbalancing:*',
  'autoscaling:*',
  'cloudwatch:*',
  's3:*',
  'sns:*',
  'cloudformation:*',
  'rds:*',
  'sqs:*',
  'ecs:*',
];

/** Statements keyed by Sid; resources and actions accumulate in first-seen order so the output is stable. */
class PolicyBuilder {
  private readonly statements = new Map<
    string,
    { actions: Set<string>; resources: Set<string>; condition?: PolicyStatement['Condition'] }
  >();

  allow(
    sid: string,
    actions: readonly string[],
    resources: readonly string[],
    condition?: PolicyStatement['Condition'],
  ) {
    let statement = this.statements.get(sid);
    if (!statement) {
      statement = { actions: new Set(), resources: new Set(), ...(condition && { condition }) };
      this.statements.set(sid, statement);
    }
    for (const action of actions) statement.actions.add(action);
    for (const resource of resources) statement.resources.add(resource);
  }

  document(): PolicyDocument {
    return {
      Version: '2012-10-17',
      Statement: [...this.statements].map(([sid, s]) => ({
        Sid: sid,
        Effect: 'Allow',
        Action: [...s.actions],
        // One wildcard covers everything else the statement names.
        Resource: s.resources.has('*') ? ['*'] : [...s.resources],
        ...(s.condition && { Condition: s.condition }),
      })),
    };
  }
}

/**
 * A name from the declaration as it can appear in an ARN. A value resolved only at run time (`#{variables.x}`) or
 * a CloudFormation intrinsic function from an imported template (`!Ref RepositoryName`) could be any name, hence `*`.
 */
function segment(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '*';
  return isIntrinsic(value as unknown) ? '*' : value.replace(/#\{[^}]*\}/g, '*');
}

const isArn = (value: string) => value.startsWith('arn:');

function kmsKeyArn(id: string, region: string, accountId: string): string {
  if (isArn(id)) return id;
  return `arn:aws:kms:${region}:${accountId}:${id.startsWith('alias/') ? id : `key/${id}`}`;
}

function artifactStores(declaration: PipelineDeclaration, region: string): [string, ArtifactStore][] {
  if (declaration.artifactStores) return Object.entries(declaration.artifactStores);
  return declaration.artifactStore ? [[region, declaration.artifactStore]] : [];
}

interface ActionScope {
  region: string;
  accountId: string;
  pipelineName: string;
  config: Record<string, unknown>;
}

function allowAction(policy: PolicyBuilder, action: ActionDeclaration, scope: ActionScope) {
  const { region, accountId, config } = scope;
  const { owner, category, provider } = action.actionTypeId;
  // Custom and third-party actions are run by their own job workers, which poll with their own credentials.
  if (owner !== 'AWS') return;
  const arn = (service: string, resource: string) => `arn:aws:${service}:${region}:${accountId}:${resource}`;
  const type = `${category}/${provider}`;

  if (type === 'Source/CodeCommit') {
    policy.allow(
      'CodeCommitSource',
      [
        'codecommit:GetBranch',
        'codecommit:GetCommit',
        'codecommit:UploadArchive',
        'codecommit:GetUploadArchiveStatus',
        'codecommit:CancelUploadArchive',
      ],
      [arn('codecommit', segment(config.RepositoryName))],
    );
  } else if (type === 'Source/S3') {
    const bucket = segment(config.S3Bucket);
    policy.allow(
      'S3Source',
      ['s3:GetObject', 's3:GetObjectVersion', 's3:GetBucketVersioning', 's3:GetBucketAcl', 's3:GetBucketLocation'],
      [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/${segment(config.S3ObjectKey)}`],
    );
  } else if (type === 'Source/ECR') {
    policy.allow('EcrSource', ['ecr:DescribeImages'], [arn('ecr', `repository/${segment(config.RepositoryName)}`)]);
  } else if (type === 'Source/CodeStarSourceConnection') {
    const connection = segment(config.ConnectionArn);
    const service = connection.startsWith('arn:aws:codeconnections:') ? 'codeconnections' : 'codestar-connections';
    policy.allow('ConnectionSource', [`${service}:UseConnection`], [connection]);
  } else if ((category === 'Build' || category === 'Test') && provider === 'CodeBuild') {
    const project = segment(config.ProjectName);
    const projectArn = isArn(project) ? project : arn('codebuild', `project/${project}`);
    policy.allow('CodeBuild', ['codebuild:BatchGetBuilds', 'codebuild:StartBuild'], [projectArn]);
    if (config.BatchEnabled === 'true') {
      policy.allow('CodeBuildBatch', ['codebuild:BatchGetBuildBatches', 'codebuild:StartBuildBatch'], [projectArn]);
    }
  } else if (type === 'Test/DeviceFarm') {
    policy.allow(
      'DeviceFarm',
      [
        'devicefarm:ListProjects',
        'devicefarm:ListDevicePools',
        'devicefarm:GetRun',
        'devicefarm:GetUpload',
        'devicefarm:CreateUpload',
        'devicefarm:ScheduleRun',
      ],
      ['*'],
    );
  } else if (type === 'Deploy/CodeDeploy' || type === 'Deploy/CodeDeployToECS') {
    const application = segment(config.ApplicationName);
    policy.allow(
      'CodeDeploy',
      ['codedeploy:CreateDeployment', 'codedeploy:GetDeployment'],
      [arn('codedeploy', `deploymentgroup:${application}/${segment(config.DeploymentGroupName)}`)],
    );
    policy.allow(
      'CodeDeployApplication',
      ['codedeploy:GetApplication', 'codedeploy:GetApplicationRevision', 'codedeploy:RegisterApplicationRevision'],
      [arn('codedeploy', `application:${application}`)],
    );
    policy.allow('CodeDeployConfig', ['codedeploy:GetDeploymentConfig'], [arn('codedeploy', 'deploymentconfig:*')]);
    if (provider === 'CodeDeployToECS') {
      // The action registers the task definition it renders from the template artifact.
      policy.allow('EcsTaskDefinition', ['ecs:RegisterTaskDefinition'], ['*']);
      policy.allow('PassRoleToEcsTasks', ['iam:PassRole'], ['*'], PASSED_TO_ECS_TASKS);
    }
  } else if (type === 'Deploy/ECS') {
    policy.allow(
      'EcsDeploy',
      ['ecs:DescribeServices', 'ecs:UpdateService'],
      [arn('ecs', `service/${segment(config.ClusterName)}/${segment(config.ServiceName)}`)],
    );
    policy.allow('EcsTaskDefinition', ['ecs:DescribeTaskDefinition', 'ecs:RegisterTaskDefinition'], ['*']);
    policy.allow('PassRoleToEcsTasks', ['iam:PassRole'], ['*'], PASSED_TO_ECS_TASKS);
  } else if (type === 'Deploy/S3') {
    const bucket = segment(config.BucketName);
    const key = config.Extract === 'false' ? segment(config.ObjectKey) : '*';
    const actions = config.CannedACL === undefined ? ['s3:PutObject'] : ['s3:PutObject', 's3:PutObjectAcl'];
    policy.allow('S3Deploy', actions, [`arn:aws:s3:::${bucket}/${key}`]);
  } else if (type === 'Deploy/CloudFormation') {
    policy.allow(
      'CloudFormation',
      [
        'cloudformation:CreateStack',
        'cloudformation:DeleteStack',
        'cloudformation:DescribeStacks',
        'cloudformation:UpdateStack',
        'cloudformation:CreateChangeSet',
        'cloudformation:DeleteChangeSet',
        'cloudformation:DescribeChangeSet',
        'cloudformation:ExecuteChangeSet',
        'cloudformation:SetStackPolicy',
        'cloudformation:ValidateTemplate',
      ],
      [arn('cloudformation', `stack/${segment(config.StackName)}/*`)],
    );
    if (config.RoleArn !== undefined) {
      policy.allow('PassRoleToCloudFormation', ['iam:PassRole'], [segment(config.RoleArn)], PASSED_TO_CLOUDFORMATION);
    }
  } else if (type === 'Deploy/ElasticBeanstalk') {
    policy.allow('ElasticBeanstalk', ELASTIC_BEANSTALK_ACTIONS, ['*']);
  } else if (type === 'Invoke/Lambda') {
    const fn = segment(config.FunctionName);
    policy.allow('LambdaInvoke', ['lambda:InvokeFunction'], [isArn(fn) ? fn : arn('lambda', `function:${fn}`)]);
  } else if (type === 'Invoke/StepFunctions') {
    const machine = segment(config.StateMachineArn);
    policy.allow('StepFunctionsStart', ['states:DescribeStateMachine', 'states:StartExecution'], [machine]);
    // Executions are named after their state machine: arn:…:stateMachine:Name → arn:…:execution:Name:*.
    const execution = machine.includes(':stateMachine:')
      ? `${machine.replace(':stateMachine:', ':execution:')}:*`
      : arn('states', 'execution:*');
    policy.allow('StepFunctionsDescribe', ['states:DescribeExecution'], [execution]);
  } else if (type === 'Approval/Manual') {
    if (config.NotificationArn !== undefined) {
      policy.allow('ApprovalNotifications', ['sns:Publish'], [segment(config.NotificationArn)]);
    }
  } else if (type === 'Compute/Commands') {
    // The Commands action writes its output to a log group named after the pipeline.
    policy.allow(
      'CommandsLogs',
      ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
      [
        arn('logs', `log-group:/aws/codepipeline/${scope.pipelineName}`),
        arn('logs', `log-group:/aws/codepipeline/${scope.pipelineName}:log-stream:*`),
      ],
    );
  }
}

/**
 * The policy a pipeline's service role needs to run exactly the actions it declares: the artifact bucket(s) and
 * their KMS key, and for each AWS-owned action the calls CodePipeline makes on its resource. An action with its
 * own `roleArn` runs under that role, so the service role only needs to assume it.
 */
export function servicePolicyFor(declaration: PipelineDeclaration, accountId: string, region: string): PolicyDocument {
  const policy = new PolicyBuilder();
  for (const [storeRegion, store] of artifactStores(declaration, region)) {
    const bucket = segment(store.location);
    policy.allow('ArtifactStore', ARTIFACT_ACTIONS, [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]);
    if (store.encryptionKey) {
      policy.allow('ArtifactStoreKms', KMS_ACTIONS, [
        kmsKeyArn(segment(store.encryptionKey.id), storeRegion, accountId),
      ]);
    }
  }
  for (const stage of declaration.stages) {
    for (const action of stage.actions) {
      if (action.roleArn !== undefined) {
        policy.allow('AssumeActionRoles', ['sts:AssumeRole'], [segment(action.roleArn)]);
        continue;
      }
      allowAction(policy, action, {
        region: typeof action.region === 'string' ? action.region : region,
        accountId,
        pipelineName: segment(declaration.name),
        config: action.configuration ?? {},
      });
    }
  }
  return policy.document();
}
