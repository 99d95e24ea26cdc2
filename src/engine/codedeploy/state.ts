import type { SimMillis } from '../core/time';
import type { TagFilter } from '../fleet/public';

/**
 * CodeDeploy's slice of the account. Field names follow the CodeDeploy_20141006 wire shapes
 * (camelCase, the same enums), so operations return them with little more than time formatting.
 */

export type ComputePlatform = 'Server' | 'Lambda' | 'ECS';

export interface Application {
  applicationId: string;
  applicationName: string;
  computePlatform: ComputePlatform;
  createTime: SimMillis;
  linkedToGitHub: false;
}

export interface MinimumHealthyHosts {
  type: 'HOST_COUNT' | 'FLEET_PERCENT';
  value: number;
}

export interface TrafficRoutingConfig {
  type: 'TimeBasedCanary' | 'TimeBasedLinear' | 'AllAtOnce';
  timeBasedCanary?: { canaryPercentage: number; canaryInterval: number };
  timeBasedLinear?: { linearPercentage: number; linearInterval: number };
}

export interface DeploymentConfig {
  deploymentConfigId: string;
  deploymentConfigName: string;
  computePlatform: ComputePlatform;
  /** Server only. OneAtATime's is the special `MOST_CONCURRENCY` / 1 GetDeploymentConfig returns. */
  minimumHealthyHosts?: { type: MinimumHealthyHosts['type'] | 'MOST_CONCURRENCY'; value: number };
  trafficRoutingConfig?: TrafficRoutingConfig;
  createTime: SimMillis;
  /** Predefined `CodeDeployDefault.*` configurations cannot be changed or deleted. */
  predefined: boolean;
}

/** Where a revision lives: an S3 bundle (EC2, Lambda, ECS) or an inline AppSpec (Lambda, ECS). */
export type RevisionLocation =
  | {
      revisionType: 'S3';
      s3Location: {
        bucket: string;
        key: string;
        bundleType: 'zip' | 'tar' | 'tgz' | 'YAML' | 'JSON';
        eTag?: string;
        version?: string;
      };
    }
  | { revisionType: 'AppSpecContent'; appSpecContent: { content: string; sha256: string } };

export interface RegisteredRevision {
  revisionLocation: RevisionLocation;
  description?: string;
  registerTime: SimMillis;
  firstUsedTime?: SimMillis;
  lastUsedTime?: SimMillis;
  deploymentGroups: string[];
}

export interface AlarmConfiguration {
  enabled: boolean;
  ignorePollAlarmFailure: boolean;
  alarms: { name: string }[];
}

export type AutoRollbackEvent = 'DEPLOYMENT_FAILURE' | 'DEPLOYMENT_STOP_ON_ALARM' | 'DEPLOYMENT_STOP_ON_REQUEST';

export interface AutoRollbackConfiguration {
  enabled: boolean;
  events: AutoRollbackEvent[];
}

export interface BlueGreenDeploymentConfiguration {
  terminateBlueInstancesOnDeploymentSuccess: {
    action: 'TERMINATE' | 'KEEP_ALIVE';
    terminationWaitTimeInMinutes: number;
  };
  deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT' | 'STOP_DEPLOYMENT'; waitTimeInMinutes: number };
  greenFleetProvisioningOption: { action: 'DISCOVER_EXISTING' | 'COPY_AUTO_SCALING_GROUP' };
}

export interface LoadBalancerInfo {
  /** ALB/NLB target groups (EC2). */
  targetGroupInfoList: { name: string }[];
  /** ECS: production listener, optional test listener, two target groups. */
  targetGroupPairInfoList: {
    targetGroups: { name: string }[];
    prodTrafficRoute: { listenerArns: string[] };
    testTrafficRoute?: { listenerArns: string[] };
  }[];
}

export interface DeploymentGroup {
  applicationName: string;
  deploymentGroupId: string;
  deploymentGroupName: string;
  deploymentConfigName: string;
  serviceRoleArn: string;
  computePlatform: ComputePlatform;
  ec2TagFilters: TagFilter[];
  /** `ec2TagSetList`: an instance must match a filter of every inner list. */
  ec2TagSet: TagFilter[][];
  autoScalingGroups: string[];
  deploymentStyle: {
    deploymentType: 'IN_PLACE' | 'BLUE_GREEN';
    deploymentOption: 'WITH_TRAFFIC_CONTROL' | 'WITHOUT_TRAFFIC_CONTROL';
  };
  blueGreenDeploymentConfiguration?: BlueGreenDeploymentConfiguration;
  loadBalancerInfo?: LoadBalancerInfo;
  ecsServices: { serviceName: string; clusterName: string }[];
  alarmConfiguration: AlarmConfiguration;
  autoRollbackConfiguration: AutoRollbackConfiguration;
  triggerConfigurations: { triggerName: string; triggerTargetArn: string; triggerEvents: string[] }[];
  outdatedInstancesStrategy: 'UPDATE' | 'IGNORE';
  /** The last deployment that succeeded, and its revision: what a rollback redeploys. */
  lastSuccessfulDeployment?: { deploymentId: string; status: 'Succeeded'; endTime: SimMillis; createTime: SimMillis };
  lastAttemptedDeployment?: {
    deploymentId: string;
    status: DeploymentStatus;
    endTime?: SimMillis;
    createTime: SimMillis;
  };
  targetRevision?: RevisionLocation;
}

export type DeploymentStatus =
  'Created' | 'Queued' | 'InProgress' | 'Baking' | 'Succeeded' | 'Failed' | 'Stopped' | 'Ready';
export type TargetStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped' | 'Unknown' | 'Ready';
export type LifecycleEventStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped' | 'Unknown';

export interface LifecycleEvent {
  lifecycleEventName: string;
  status: LifecycleEventStatus;
  startTime?: SimMillis;
  endTime?: SimMillis;
  diagnostics?: {
    errorCode: 'Success' | 'ScriptMissing' | 'ScriptNotExecutable' | 'ScriptTimedOut' | 'ScriptFailed' | 'UnknownError';
    scriptName: string;
    message: string;
    /** The last 4 KB of the script log. */
    logTail: string;
  };
  /** Lambda/ECS hooks: the ID PutLifecycleEventHookExecutionStatus answers with. */
  hookExecutionId?: string;
}

/** An instance, Lambda function or ECS service a deployment works on (`DeploymentTarget`). */
export interface DeploymentTarget {
  targetId: string;
  targetArn: string;
  deploymentTargetType: 'InstanceTarget' | 'LambdaTarget' | 'ECSTarget';
  status: TargetStatus;
  /** EC2 blue/green: `Blue` = original, `Green` = replacement. */
  targetLabel?: 'Blue' | 'Green';
  lastUpdatedAt: SimMillis;
  lifecycleEvents: LifecycleEvent[];
}

export interface Deployment {
  deploymentId: string;
  applicationName: string;
  deploymentGroupName: string;
  deploymentConfigName: string;
  computePlatform: ComputePlatform;
  status: DeploymentStatus;
  creator: 'user' | 'autoscaling' | 'codeDeployRollback' | 'CodePipeline';
  description?: string;
  revision: RevisionLocation;
  deploymentStyle: DeploymentGroup['deploymentStyle'];
  createTime: SimMillis;
  startTime?: SimMillis;
  completeTime?: SimMillis;
  errorInformation?: { code: string; message: string };
  rollbackInfo?: { rollbackDeploymentId?: string; rollbackTriggeringDeploymentId?: string; rollbackMessage?: string };
  autoRollbackConfiguration: AutoRollbackConfiguration;
  ignoreApplicationStopFailures: boolean;
  fileExistsBehavior: 'DISALLOW' | 'OVERWRITE' | 'RETAIN';
  /** Targets in the order they are deployed to (IDs index `targets`). */
  targetIds: string[];
  targets: Record<string, DeploymentTarget>;
  /** Instances the deployment counts as healthy at start, and the minimum it must keep. */
  minimumHealthy?: number;
  instanceTerminationWaitTimeStarted: boolean;
  /** Traffic shifted so far to the replacement (0..100), for Lambda/ECS/EC2 blue/green. */
  trafficShiftedPercent: number;
}

export interface CodeDeployState {
  applications: Record<string, Application>;
  /** Keyed `application/deploymentGroup`. */
  deploymentGroups: Record<string, DeploymentGroup>;
  /** Custom configurations only; the predefined ones are a constant table. */
  deploymentConfigs: Record<string, DeploymentConfig>;
  /** Keyed by application name, then by a canonical revision key. */
  revisions: Record<string, Record<string, RegisteredRevision>>;
  deployments: Record<string, Deployment>;
  /** Deployment IDs newest last, for ListDeployments. */
  deploymentOrder: string[];
}

export const emptyCodeDeployState = (): CodeDeployState => ({
  applications: {},
  deploymentGroups: {},
  deploymentConfigs: {},
  revisions: {},
  deployments: {},
  deploymentOrder: [],
});
