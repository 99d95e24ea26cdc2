import type { SimMillis } from '../core/time';
import type { TagFilter } from '../fleet/public';
import type { AppSpec } from '../specs/appspec/types';

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
  /** The deployment's own blue/green options (copied from the group when it starts). */
  blueGreenDeploymentConfiguration?: BlueGreenDeploymentConfiguration;
  /** CreateDeployment's `targetInstances`: the replacement fleet of a DISCOVER_EXISTING blue/green deployment. */
  targetInstances?: { tagFilters: TagFilter[]; autoScalingGroups: string[] };
  /** Revision deployed to the group before this one (rollbacks redeploy it). */
  previousRevision?: RevisionLocation;
  /** Blue/green: the time the original instances are terminated (while the termination wait runs). */
  terminationAt?: SimMillis;
  /** Blue/green STOP_DEPLOYMENT: when the wait for ContinueDeployment runs out. */
  readyUntil?: SimMillis;
  /** How the running deployment proceeds; dropped when it ends. */
  execution?: DeploymentExecution;
}

/** Where a running deployment is: the phases of EC2 in-place, EC2 blue/green, Lambda and ECS deployments. */
export type DeploymentPhase = 'provisioning' | 'install' | 'ready' | 'reroute' | 'block' | 'terminationWait' | 'shift';

/**
 * The bookkeeping of a running deployment (deployment/ owns it): the batches of the current phase, the counts the
 * minimum-healthy-hosts rule needs, and the revision's files and AppSpec so hooks need not re-read the bundle.
 */
export interface DeploymentExecution {
  phase: DeploymentPhase;
  /** Targets of the current phase not started yet, in deployment order. */
  queue: string[];
  /** Targets of the current phase running now (one batch). */
  running: string[];
  /** Per running target: the index of its lifecycle event in progress, and the last index of this phase. */
  cursor: Record<string, { index: number; last: number }>;
  /** Instances counted healthy now; the deployment must keep at least `minimumHealthy` of them. */
  healthy: number;
  /** Targets that were unhealthy at the start (deployed first, not counted as healthy). */
  unhealthy: string[];
  oneAtATime: boolean;
  succeeded: number;
  failed: number;
  /** Further batches are cancelled (too few healthy instances left, or OneAtATime failed before the last). */
  cancelled: boolean;
  revisionKey: string;
  /** The revision's files, path relative to the bundle root → text. */
  bundle: Record<string, string>;
  appspec?: AppSpec;
  /** Why the AppSpec could not be used (the agent reports it on the instance). */
  appspecError?: string;
  /** Revisions installed before this one (by deployment ID), read once: their ApplicationStop & co. scripts. */
  previous: Record<string, { bundle: Record<string, string>; appspec?: AppSpec }>;
  /** Lambda/ECS hook executions waiting for PutLifecycleEventHookExecutionStatus. */
  hooks: Record<string, { targetId: string; index: number }>;
  /** Lambda/ECS/blue-green traffic: the shifts still to make (percent of traffic to the replacement). */
  shifts: number[];
  /** Minutes between shifts. */
  shiftIntervalMinutes: number;
  /** ECS: the task sets, target groups and listeners the deployment moves traffic between. */
  ecs?: {
    serviceKey: string;
    originalTaskSetId?: string;
    replacementTaskSetId?: string;
    originalTargetGroupArn: string;
    replacementTargetGroupArn: string;
    prodListenerArn: string;
    testListenerArn?: string;
  };
  /** EC2 blue/green: the replacement Auto Scaling group the deployment created. */
  greenAutoScalingGroup?: string;
  /** The CloudWatch alarms the deployment watches (the group's, when its alarm monitoring is on). */
  alarms?: string[];
  /** Named faults this deployment consumed: hook event → `fail` | `hang`. */
  faults: Record<string, 'fail' | 'hang'>;
}

/** A fault the console can arm: the next deployment's named hook fails or hangs on every target. */
export interface DeploymentFault {
  lifecycleEventName: string;
  effect: 'fail' | 'hang';
  /** Limit to one application's deployments; absent = any. */
  applicationName?: string;
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
  /** Instance ID → Unhealthy after its last deployment failed (absent = healthy); orders the next deployment. */
  instanceHealth?: Record<string, 'Unhealthy'>;
  /** Faults armed for the next deployment (see DeploymentFault). */
  faults?: DeploymentFault[];
}

export const emptyCodeDeployState = (): CodeDeployState => ({
  applications: {},
  deploymentGroups: {},
  deploymentConfigs: {},
  revisions: {},
  deployments: {},
  deploymentOrder: [],
});
