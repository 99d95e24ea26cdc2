import { AwsApiError } from '../../../api/aws-call';

/** The part of a form an exception is about, so the error can sit beside the field. */
export type FormArea =
  | 'name'
  | 'role'
  | 'config'
  | 'targets'
  | 'autoScaling'
  | 'style'
  | 'loadBalancer'
  | 'blueGreen'
  | 'ecs'
  | 'alarms'
  | 'rollback'
  | 'revision'
  | 'description'
  | 'minimumHealthy'
  | 'trafficRouting';

const AREA_OF: Record<string, FormArea> = {
  InvalidDeploymentGroupNameException: 'name',
  DeploymentGroupAlreadyExistsException: 'name',
  DeploymentGroupNameRequiredException: 'name',
  InvalidDeploymentConfigNameException: 'name',
  DeploymentConfigAlreadyExistsException: 'name',
  DeploymentConfigNameRequiredException: 'name',
  InvalidApplicationNameException: 'name',
  ApplicationAlreadyExistsException: 'name',
  ApplicationNameRequiredException: 'name',
  RoleRequiredException: 'role',
  InvalidRoleException: 'role',
  DeploymentConfigDoesNotExistException: 'config',
  InvalidComputePlatformException: 'config',
  InvalidEC2TagException: 'targets',
  InvalidEC2TagCombinationException: 'targets',
  InvalidTagFilterException: 'targets',
  TagSetListLimitExceededException: 'targets',
  InvalidAutoScalingGroupException: 'autoScaling',
  InvalidDeploymentStyleException: 'style',
  InvalidLoadBalancerInfoException: 'loadBalancer',
  InvalidTargetGroupPairException: 'loadBalancer',
  InvalidBlueGreenDeploymentConfigurationException: 'blueGreen',
  InvalidECSServiceException: 'ecs',
  ECSServiceMappingLimitExceededException: 'ecs',
  InvalidAlarmConfigException: 'alarms',
  AlarmsLimitExceededException: 'alarms',
  InvalidAutoRollbackConfigException: 'rollback',
  RevisionRequiredException: 'revision',
  InvalidRevisionException: 'revision',
  RevisionDoesNotExistException: 'revision',
  DescriptionTooLongException: 'description',
  InvalidMinimumHealthyHostValueException: 'minimumHealthy',
  InvalidTrafficRoutingConfigurationException: 'trafficRouting',
};

export const areaOf = (error: unknown): FormArea | undefined =>
  error instanceof AwsApiError ? AREA_OF[error.type] : undefined;
