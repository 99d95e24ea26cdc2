/**
 * Wire shapes of CodeDeploy's applications, deployment groups, configurations and revisions
 * (CodeDeploy_20141006, AWS JSON 1.1). Times are epoch seconds, as the service sends them.
 */

export type ComputePlatform = 'Server' | 'Lambda' | 'ECS';

export interface ApplicationInfo {
  applicationId: string;
  applicationName: string;
  createTime: number;
  linkedToGitHub: boolean;
  computePlatform: ComputePlatform;
}

export type TagFilterType = 'KEY_ONLY' | 'VALUE_ONLY' | 'KEY_AND_VALUE';

export interface Ec2TagFilter {
  Key?: string;
  Value?: string;
  Type: TagFilterType;
}

export type MinimumHealthyHostsType = 'HOST_COUNT' | 'FLEET_PERCENT';

export interface TrafficRoutingConfig {
  type: 'TimeBasedCanary' | 'TimeBasedLinear' | 'AllAtOnce';
  timeBasedCanary?: { canaryPercentage: number; canaryInterval: number };
  timeBasedLinear?: { linearPercentage: number; linearInterval: number };
}

export interface DeploymentConfigInfo {
  deploymentConfigId?: string;
  deploymentConfigName: string;
  /** OneAtATime answers `MOST_CONCURRENCY` / 1, a type users cannot set. */
  minimumHealthyHosts?: { type: MinimumHealthyHostsType | 'MOST_CONCURRENCY'; value: number };
  createTime?: number;
  computePlatform: ComputePlatform;
  trafficRoutingConfig?: TrafficRoutingConfig;
}

export type AutoRollbackEvent = 'DEPLOYMENT_FAILURE' | 'DEPLOYMENT_STOP_ON_ALARM' | 'DEPLOYMENT_STOP_ON_REQUEST';

export interface DeploymentStyle {
  deploymentType: 'IN_PLACE' | 'BLUE_GREEN';
  deploymentOption: 'WITH_TRAFFIC_CONTROL' | 'WITHOUT_TRAFFIC_CONTROL';
}

export interface BlueGreenDeploymentConfiguration {
  terminateBlueInstancesOnDeploymentSuccess?: {
    action: 'TERMINATE' | 'KEEP_ALIVE';
    terminationWaitTimeInMinutes?: number;
  };
  deploymentReadyOption?: {
    actionOnTimeout: 'CONTINUE_DEPLOYMENT' | 'STOP_DEPLOYMENT';
    waitTimeInMinutes?: number;
  };
  greenFleetProvisioningOption?: { action: 'DISCOVER_EXISTING' | 'COPY_AUTO_SCALING_GROUP' };
}

export interface TargetGroupPairInfo {
  targetGroups: { name: string }[];
  prodTrafficRoute: { listenerArns: string[] };
  testTrafficRoute?: { listenerArns: string[] };
}

export interface LoadBalancerInfo {
  targetGroupInfoList?: { name: string }[];
  targetGroupPairInfoList?: TargetGroupPairInfo[];
}

export interface AlarmConfiguration {
  enabled: boolean;
  ignorePollAlarmFailure: boolean;
  alarms: { name: string }[];
}

export interface AutoRollbackConfiguration {
  enabled: boolean;
  events: AutoRollbackEvent[];
}

export interface S3Location {
  bucket: string;
  key: string;
  bundleType: 'zip' | 'tar' | 'tgz' | 'YAML' | 'JSON';
  eTag?: string;
  version?: string;
}

export type RevisionLocation =
  | { revisionType: 'S3'; s3Location: S3Location }
  | { revisionType: 'AppSpecContent'; appSpecContent: { content: string; sha256?: string } };

export interface LastDeploymentInfo {
  deploymentId: string;
  status: string;
  endTime?: number;
  createTime: number;
}

export interface DeploymentGroupInfo {
  applicationName: string;
  deploymentGroupId: string;
  deploymentGroupName: string;
  deploymentConfigName: string;
  ec2TagFilters?: Ec2TagFilter[];
  autoScalingGroups?: { name: string; hook?: string }[];
  serviceRoleArn: string;
  targetRevision?: RevisionLocation;
  alarmConfiguration?: AlarmConfiguration;
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  deploymentStyle?: DeploymentStyle;
  outdatedInstancesStrategy?: 'UPDATE' | 'IGNORE';
  blueGreenDeploymentConfiguration?: BlueGreenDeploymentConfiguration;
  loadBalancerInfo?: LoadBalancerInfo;
  lastSuccessfulDeployment?: LastDeploymentInfo;
  lastAttemptedDeployment?: LastDeploymentInfo;
  ec2TagSet?: { ec2TagSetList?: Ec2TagFilter[][] };
  computePlatform: ComputePlatform;
  ecsServices?: { serviceName: string; clusterName: string }[];
}

/** CreateDeploymentGroup's input; UpdateDeploymentGroup takes the same fields under other names. */
export interface DeploymentGroupInput {
  applicationName: string;
  deploymentGroupName: string;
  deploymentConfigName?: string;
  ec2TagFilters?: Ec2TagFilter[];
  ec2TagSet?: { ec2TagSetList: Ec2TagFilter[][] };
  autoScalingGroups?: string[];
  serviceRoleArn: string;
  alarmConfiguration?: AlarmConfiguration;
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  deploymentStyle?: DeploymentStyle;
  blueGreenDeploymentConfiguration?: BlueGreenDeploymentConfiguration;
  loadBalancerInfo?: LoadBalancerInfo;
  ecsServices?: { serviceName: string; clusterName: string }[];
  outdatedInstancesStrategy?: 'UPDATE' | 'IGNORE';
}

export interface GenericRevisionInfo {
  description?: string;
  deploymentGroups?: string[];
  firstUsedTime?: number;
  lastUsedTime?: number;
  registerTime?: number;
}

export interface RevisionInfo {
  revisionLocation: RevisionLocation;
  genericRevisionInfo?: GenericRevisionInfo;
}
