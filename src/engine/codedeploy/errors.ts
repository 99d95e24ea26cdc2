import { AwsError } from '../core/aws-error';

/**
 * CodeDeploy's errors: each refusal has its own exception type (CodeDeploy_20141006 has ~100). The messages
 * follow what the service answers (`No application found for name: x`); `CODEDEPLOY_ERROR_EXPLANATIONS` says in
 * plain words what each type means and how to fix it, for the console to show beside the message.
 */
const error = (type: string, message: string) => new AwsError(type, message);

export const codedeployErrors = {
  applicationNameRequired: () => error('ApplicationNameRequiredException', 'Application name is required'),
  invalidApplicationName: (name: string) =>
    error('InvalidApplicationNameException', `Application name is invalid: ${name}`),
  applicationExists: (name: string) =>
    error('ApplicationAlreadyExistsException', `Application ${name} already exists.`),
  applicationNotFound: (name: string) =>
    error('ApplicationDoesNotExistException', `No application found for name: ${name}`),
  applicationLimit: (limit: number) =>
    error('ApplicationLimitExceededException', `The limit of ${limit} applications has been reached.`),

  deploymentGroupNameRequired: () => error('DeploymentGroupNameRequiredException', 'Deployment group name is required'),
  invalidDeploymentGroupName: (name: string) =>
    error('InvalidDeploymentGroupNameException', `Deployment group name is invalid: ${name}`),
  deploymentGroupExists: (name: string) =>
    error('DeploymentGroupAlreadyExistsException', `Deployment group already exists with the name: ${name}`),
  deploymentGroupNotFound: (name: string) =>
    error('DeploymentGroupDoesNotExistException', `No Deployment Group found for name: ${name}`),
  deploymentGroupLimit: (limit: number) =>
    error(
      'DeploymentGroupLimitExceededException',
      `The limit of ${limit} deployment groups for this application has been reached.`,
    ),

  deploymentConfigNameRequired: () =>
    error('DeploymentConfigNameRequiredException', 'Deployment config name is required'),
  invalidDeploymentConfigName: (name: string, why: string) =>
    error('InvalidDeploymentConfigNameException', `Deployment config name is invalid: ${name}. ${why}`),
  deploymentConfigExists: (name: string) =>
    error('DeploymentConfigAlreadyExistsException', `Deployment Configuration already exists with name: ${name}`),
  deploymentConfigNotFound: (name: string) =>
    error('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${name}`),
  deploymentConfigInUse: (name: string, group: string) =>
    error(
      'DeploymentConfigInUseException',
      `Deployment configuration ${name} is in use by deployment group ${group} and cannot be deleted`,
    ),
  deploymentConfigLimit: (limit: number) =>
    error(
      'DeploymentConfigLimitExceededException',
      `The limit of ${limit} deployment configurations has been reached.`,
    ),
  invalidMinimumHealthyHosts: (message: string) => error('InvalidMinimumHealthyHostValueException', message),
  invalidTrafficRouting: (message: string) => error('InvalidTrafficRoutingConfigurationException', message),
  invalidComputePlatform: (message: string) => error('InvalidComputePlatformException', message),

  roleRequired: () => error('RoleRequiredException', 'Role ARN is required'),
  invalidRole: (arn: string) =>
    error('InvalidRoleException', `The service role ARN ${arn} is not a role in account or cannot be assumed`),
  invalidDeploymentStyle: (message: string) => error('InvalidDeploymentStyleException', message),
  invalidBlueGreen: (message: string) => error('InvalidBlueGreenDeploymentConfigurationException', message),
  invalidLoadBalancerInfo: (message: string) => error('InvalidLoadBalancerInfoException', message),
  invalidTargetGroupPair: (message: string) => error('InvalidTargetGroupPairException', message),
  invalidEcsService: (message: string) => error('InvalidECSServiceException', message),
  ecsServiceMappingLimit: (message: string) => error('ECSServiceMappingLimitExceededException', message),
  invalidAutoScalingGroup: (name: string) =>
    error('InvalidAutoScalingGroupException', `Auto Scaling group not found: ${name}`),
  autoScalingGroupLimit: (limit: number) =>
    error('InvalidAutoScalingGroupException', `A deployment group can have at most ${limit} Auto Scaling groups.`),
  invalidEc2Tag: (message: string) => error('InvalidEC2TagException', message),
  invalidEc2TagCombination: () =>
    error(
      'InvalidEC2TagCombinationException',
      'Both ec2TagFilters and ec2TagSet were specified; only one of them may be used',
    ),
  invalidTagFilter: (message: string) => error('InvalidTagFilterException', message),
  tagSetListLimit: () =>
    error('TagSetListLimitExceededException', 'The number of tag groups in ec2TagSet exceeds the limit of 3'),
  invalidAlarmConfig: (message: string) => error('InvalidAlarmConfigException', message),
  alarmsLimit: () =>
    error('AlarmsLimitExceededException', 'The maximum number of alarms for a deployment group (10) was exceeded'),
  invalidAutoRollbackConfig: (message: string) => error('InvalidAutoRollbackConfigException', message),
  invalidTriggerConfig: (message: string) => error('InvalidTriggerConfigException', message),
  triggerTargetsLimit: () =>
    error(
      'TriggerTargetsLimitExceededException',
      'The maximum number of triggers for a deployment group (10) was exceeded',
    ),
  invalidInput: (message: string) => error('InvalidInputException', message),
  invalidOperation: (message: string) => error('InvalidOperationException', message),
  invalidZonalConfig: (message: string) => error('InvalidZonalDeploymentConfigurationException', message),

  revisionRequired: () => error('RevisionRequiredException', 'Revision is required'),
  invalidRevision: (message: string) => error('InvalidRevisionException', message),
  revisionNotFound: (application: string) =>
    error('RevisionDoesNotExistException', `No application revision found for application: ${application}`),
  descriptionTooLong: () =>
    error('DescriptionTooLongException', 'The description is too long; it can have at most 256 characters'),
  batchLimit: () =>
    error(
      'BatchLimitExceededException',
      'The maximum number of names or IDs allowed for this request (100) was exceeded',
    ),
  invalidSortBy: (value: unknown) =>
    error(
      'InvalidSortByException',
      `The column name to sort by is either not present or was specified in an invalid format: ${String(value)}`,
    ),
  invalidSortOrder: (value: unknown) =>
    error('InvalidSortOrderException', `The sort order was specified in an invalid format: ${String(value)}`),
  invalidDeployedStateFilter: (value: unknown) =>
    error(
      'InvalidDeployedStateFilterException',
      `The deployed state filter was specified in an invalid format: ${String(value)}`,
    ),
  bucketNameFilterRequired: () =>
    error('BucketNameFilterRequiredException', 'A bucket name is required if a key prefix is specified'),
  invalidNextToken: () => error('InvalidNextTokenException', 'The next token was specified in an invalid format.'),
  // Deployments (deployment/).
  deploymentIdRequired: () => error('DeploymentIdRequiredException', 'At least one deployment ID must be specified.'),
  invalidDeploymentId: (id: string) =>
    error('InvalidDeploymentIdException', `Specified DeploymentId is not in the valid format: ${id}`),
  deploymentNotFound: (id: string) => error('DeploymentDoesNotExistException', `Deployment ${id} does not exist.`),
  deploymentNotStarted: (id: string) =>
    error('DeploymentNotStartedException', `The deployment ${id} has not started yet.`),
  activeDeployment: (group: string, id: string) =>
    error(
      'DeploymentLimitExceededException',
      `The Deployment Group '${group}' already has an active Deployment '${id}'`,
    ),
  deploymentAlreadyCompleted: (id: string) =>
    error('DeploymentAlreadyCompletedException', `Deployment ${id} has already completed.`),
  deploymentNotReady: (id: string) =>
    error('DeploymentIsNotInReadyStateException', `Deployment ${id} is not in the Ready state.`),
  invalidDeploymentWaitType: (message: string) => error('InvalidDeploymentWaitTypeException', message),
  revisionObjectMissing: () =>
    error(
      'RevisionDoesNotExistException',
      'The named revision does not exist with the applicable IAM user or AWS account.',
    ),
  invalidFileExistsBehavior: (value: unknown) =>
    error('InvalidFileExistsBehaviorException', `The file exists behavior is invalid: ${String(value)}`),
  invalidTargetInstances: (message: string) => error('InvalidTargetInstancesException', message),
  invalidDeploymentStatus: (value: unknown) =>
    error('InvalidDeploymentStatusException', `The deployment status is invalid: ${String(value)}`),
  invalidInstanceStatus: (value: unknown) =>
    error('InvalidInstanceStatusException', `The instance status is invalid: ${String(value)}`),
  invalidInstanceType: (value: unknown) =>
    error('InvalidInstanceTypeException', `The instance type is invalid: ${String(value)}`),
  invalidDeploymentInstanceType: (id: string) =>
    error(
      'InvalidDeploymentInstanceTypeException',
      `Deployment ${id} is not an EC2/On-premises deployment; use ListDeploymentTargets for its targets.`,
    ),
  instanceIdRequired: () => error('InstanceIdRequiredException', 'The instance ID is required.'),
  instanceNotInDeployment: (id: string) =>
    error('InstanceDoesNotExistException', `The instance ${id} is not part of the deployment.`),
  targetIdRequired: () => error('DeploymentTargetIdRequiredException', 'A deployment target ID is required.'),
  targetNotFound: (id: string) =>
    error('DeploymentTargetDoesNotExistException', `The deployment target ${id} does not exist.`),
  targetListLimit: () =>
    error(
      'DeploymentTargetListSizeExceededException',
      'The maximum number of targets in one request (25) was exceeded',
    ),
  hookExecutionIdInvalid: (id: string) =>
    error('InvalidLifecycleEventHookExecutionIdException', `The lifecycle event hook execution ID ${id} is not valid.`),
  hookStatusInvalid: (value: unknown) =>
    error(
      'InvalidLifecycleEventHookExecutionStatusException',
      `The lifecycle event hook execution status is invalid: ${String(value)}. Valid values are Succeeded and Failed.`,
    ),
  hookAlreadyCompleted: (id: string) =>
    error(
      'LifecycleEventAlreadyCompletedException',
      `The lifecycle event of hook execution ${id} has already completed.`,
    ),
} as const;

/** What each refusal means and what to do about it, in plain words. */
export const CODEDEPLOY_ERROR_EXPLANATIONS: Readonly<Record<string, string>> = {
  ApplicationNameRequiredException: 'Say which CodeDeploy application the call is about (applicationName).',
  InvalidApplicationNameException:
    'Application names are 1-100 characters: letters, digits and . _ + = , @ - (no spaces or slashes).',
  ApplicationAlreadyExistsException: 'An application of that name exists already in this account; pick another name.',
  ApplicationDoesNotExistException:
    'There is no application of that name in this account and Region. Check the spelling, or create it first.',
  ApplicationLimitExceededException: 'An account may have at most 1,000 CodeDeploy applications per Region.',
  DeploymentGroupNameRequiredException: 'Say which deployment group of the application the call is about.',
  InvalidDeploymentGroupNameException:
    'Deployment group names are 1-100 characters: letters, digits and . _ + = , @ - .',
  DeploymentGroupAlreadyExistsException: 'The application already has a deployment group of that name.',
  DeploymentGroupDoesNotExistException:
    'The application has no deployment group of that name. List its groups to see the names it has.',
  DeploymentGroupLimitExceededException: 'An application may have at most 1,000 deployment groups.',
  DeploymentConfigNameRequiredException: 'Say which deployment configuration the call is about.',
  InvalidDeploymentConfigNameException:
    'Custom configuration names are 1-100 characters of letters, digits and . _ + = , @ - and may not start with ' +
    '"CodeDeployDefault." (that prefix is reserved for the predefined configurations).',
  DeploymentConfigAlreadyExistsException: 'A deployment configuration of that name exists already.',
  DeploymentConfigDoesNotExistException:
    'No predefined or custom configuration has that name. Predefined names start with "CodeDeployDefault." and ' +
    'are case-sensitive (for example CodeDeployDefault.OneAtATime, CodeDeployDefault.LambdaCanary10Percent5Minutes).',
  DeploymentConfigInUseException:
    'A deployment group still uses this configuration. Point the group at another configuration first.',
  DeploymentConfigLimitExceededException: 'An account may have at most 200 custom deployment configurations.',
  InvalidMinimumHealthyHostValueException:
    'Minimum healthy hosts is HOST_COUNT (0 or more instances) or FLEET_PERCENT (0-99%). 100% would leave no ' +
    'instance free to deploy to. Only EC2/On-premises configurations have it.',
  InvalidTrafficRoutingConfigurationException:
    'Lambda and ECS configurations shift traffic: TimeBasedCanary (a percentage, then the rest after an interval), ' +
    'TimeBasedLinear (equal steps every interval) or AllAtOnce. Percentages are 1-99; intervals are whole minutes; ' +
    'the whole shift may take at most 2,880 minutes (2 days).',
  InvalidComputePlatformException:
    'The compute platform must be Server (EC2/On-premises), Lambda or ECS, and a deployment group can only use a ' +
    'configuration made for its application’s platform.',
  RoleRequiredException:
    'A deployment group needs a service role (serviceRoleArn) that lets CodeDeploy act on your instances, ' +
    'functions or services.',
  InvalidRoleException:
    'The service role must be an IAM role that exists in this account (arn:aws:iam::<account>:role/<name>).',
  InvalidDeploymentStyleException:
    'Deployment type is IN_PLACE or BLUE_GREEN; option is WITH_TRAFFIC_CONTROL or WITHOUT_TRAFFIC_CONTROL. Lambda ' +
    'and ECS deployments are always BLUE_GREEN with traffic control.',
  InvalidBlueGreenDeploymentConfigurationException:
    'Blue/green on EC2 needs a load balancer to move traffic between the original and replacement instances. ' +
    'Waits are at most 2,880 minutes (2 days).',
  InvalidLoadBalancerInfoException:
    'Traffic control needs a target group that exists in the account (loadBalancerInfo.targetGroupInfoList).',
  InvalidTargetGroupPairException:
    'An ECS deployment group needs exactly one target group pair: two target groups and a production listener ' +
    '(plus an optional test listener).',
  InvalidECSServiceException:
    'The ECS service must exist in the cluster named, use the CODE_DEPLOY deployment controller and belong to no ' +
    'other deployment group (one deployment group per ECS service).',
  ECSServiceMappingLimitExceededException: 'An Amazon ECS deployment group deploys exactly one ECS service.',
  InvalidAutoScalingGroupException: 'Every Auto Scaling group named must exist in the account.',
  InvalidEC2TagException: 'Each EC2 tag filter needs a Type that fits the Key and Value given.',
  InvalidEC2TagCombinationException: 'Use either ec2TagFilters or ec2TagSet, not both.',
  InvalidTagFilterException: 'A tag filter must say what it matches: a Key, a Value, or both.',
  TagSetListLimitExceededException: 'An ec2TagSet may have at most three tag groups.',
  InvalidAlarmConfigException:
    'Enabled alarm monitoring needs at least one CloudWatch alarm that exists in the account, each named once.',
  AlarmsLimitExceededException: 'A deployment group may watch at most 10 alarms.',
  InvalidAutoRollbackConfigException:
    'Automatic rollback needs at least one event: DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM or ' +
    'DEPLOYMENT_STOP_ON_REQUEST. Rolling back on alarm needs alarms configured.',
  InvalidTriggerConfigException: 'A trigger needs a name, an SNS topic ARN and valid event types.',
  TriggerTargetsLimitExceededException: 'A deployment group may have at most 10 triggers.',
  InvalidInputException: 'Part of the request does not fit what the operation accepts.',
  InvalidOperationException: 'The predefined CodeDeployDefault configurations cannot be changed or deleted.',
  InvalidZonalDeploymentConfigurationException: 'Zonal configurations are not simulated yet.',
  RevisionRequiredException: 'Say which revision: an S3 location (bucket, key, bundle type) or an AppSpec content.',
  InvalidRevisionException:
    'A revision is an S3 bundle (zip, tar, tgz, or a YAML/JSON AppSpec) or, for Lambda and ECS, AppSpecContent.',
  RevisionDoesNotExistException: 'That revision was never registered with the application or deployed by it.',
  DescriptionTooLongException: 'Descriptions are at most 256 characters.',
  BatchLimitExceededException: 'Batch calls take at most 100 names or IDs at a time.',
  InvalidSortByException: 'Sort by registerTime, firstUsedTime or lastUsedTime.',
  InvalidSortOrderException: 'Sort order is ascending or descending.',
  InvalidDeployedStateFilterException: 'The deployed filter is include, exclude or ignore.',
  BucketNameFilterRequiredException: 'Filtering by key prefix needs the bucket (s3Bucket) too.',
  InvalidNextTokenException: 'Pass back the nextToken a previous call returned, unchanged.',
  DeploymentIdRequiredException: 'Say which deployment: its ID looks like d-ABCDEF123.',
  InvalidDeploymentIdException: 'Deployment IDs are d- followed by nine letters and digits (d-ABCDEF123).',
  DeploymentDoesNotExistException: 'No deployment with that ID exists in this account and Region.',
  DeploymentNotStartedException: 'The deployment is still being created; ask again in a moment.',
  DeploymentLimitExceededException:
    'A deployment group runs one deployment at a time. Wait for the active one to finish, or stop it first.',
  DeploymentAlreadyCompletedException: 'The deployment has already ended, so it can no longer be stopped or continued.',
  DeploymentIsNotInReadyStateException:
    'ContinueDeployment with READY_WAIT works only while a blue/green deployment is Ready (waiting to reroute traffic).',
  InvalidDeploymentWaitTypeException:
    'READY_WAIT reroutes traffic of a Ready deployment; TERMINATION_WAIT ends the wait before the original instances are terminated.',
  InvalidFileExistsBehaviorException: 'fileExistsBehavior is DISALLOW, OVERWRITE or RETAIN.',
  InvalidTargetInstancesException:
    'targetInstances names the replacement instances of an EC2 blue/green deployment that discovers an existing fleet.',
  InvalidDeploymentStatusException:
    'Statuses are Created, Queued, InProgress, Baking, Succeeded, Failed, Stopped and Ready.',
  InvalidInstanceStatusException:
    'Instance statuses are Pending, InProgress, Succeeded, Failed, Skipped, Unknown and Ready.',
  InvalidInstanceTypeException: 'Instance types are Blue (original) and Green (replacement).',
  InvalidDeploymentInstanceTypeException:
    'Only EC2/On-premises deployments have instances; Lambda and ECS deployments have targets (ListDeploymentTargets).',
  InstanceIdRequiredException: 'Say which instance of the deployment (its instance ID).',
  InstanceDoesNotExistException: 'The deployment did not target that instance.',
  DeploymentTargetIdRequiredException:
    'Say which target of the deployment (an instance ID, function:alias or cluster:service).',
  DeploymentTargetDoesNotExistException: 'The deployment has no target with that ID.',
  DeploymentTargetListSizeExceededException: 'Ask for at most 25 targets at a time.',
  InvalidLifecycleEventHookExecutionIdException:
    'Pass the lifecycleEventHookExecutionId CodeDeploy gave the hook function in its event, unchanged.',
  InvalidLifecycleEventHookExecutionStatusException: 'A hook reports Succeeded or Failed.',
  LifecycleEventAlreadyCompletedException:
    'That hook has already reported (or timed out after an hour); a hook execution reports once.',
};
