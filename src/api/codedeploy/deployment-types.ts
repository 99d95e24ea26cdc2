/**
 * CodeDeploy_20141006 deployment shapes as they travel over JSON 1.1 (timestamps are epoch
 * seconds). Field names and enums are the service's own (see @aws-sdk/client-codedeploy models).
 */

export type DeploymentStatus =
  'Created' | 'Queued' | 'InProgress' | 'Baking' | 'Succeeded' | 'Failed' | 'Stopped' | 'Ready';
export type TargetStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped' | 'Unknown' | 'Ready';
export type LifecycleEventStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped' | 'Unknown';
export type ComputePlatform = 'Server' | 'Lambda' | 'ECS';
export type DeploymentTargetType = 'InstanceTarget' | 'LambdaTarget' | 'ECSTarget' | 'CloudFormationTarget';

export type RevisionLocation =
  | {
      revisionType: 'S3';
      s3Location: { bucket: string; key: string; bundleType?: string; eTag?: string; version?: string };
    }
  | { revisionType: 'AppSpecContent'; appSpecContent: { content?: string; sha256?: string } }
  | { revisionType: 'GitHub' | 'String'; [field: string]: unknown };

export interface DeploymentOverview {
  Pending?: number;
  InProgress?: number;
  Succeeded?: number;
  Failed?: number;
  Skipped?: number;
  Ready?: number;
}

export interface AutoRollbackConfiguration {
  enabled?: boolean;
  events?: ('DEPLOYMENT_FAILURE' | 'DEPLOYMENT_STOP_ON_ALARM' | 'DEPLOYMENT_STOP_ON_REQUEST')[];
}

export interface DeploymentInfo {
  deploymentId: string;
  applicationName: string;
  deploymentGroupName: string;
  deploymentConfigName: string;
  computePlatform?: ComputePlatform;
  status: DeploymentStatus;
  creator?: string;
  description?: string;
  revision?: RevisionLocation;
  previousRevision?: RevisionLocation;
  createTime?: number;
  startTime?: number;
  completeTime?: number;
  errorInformation?: { code?: string; message?: string };
  deploymentOverview?: DeploymentOverview;
  rollbackInfo?: { rollbackDeploymentId?: string; rollbackTriggeringDeploymentId?: string; rollbackMessage?: string };
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  ignoreApplicationStopFailures?: boolean;
  deploymentStyle?: {
    deploymentType?: 'IN_PLACE' | 'BLUE_GREEN';
    deploymentOption?: 'WITH_TRAFFIC_CONTROL' | 'WITHOUT_TRAFFIC_CONTROL';
  };
  instanceTerminationWaitTimeStarted?: boolean;
  blueGreenDeploymentConfiguration?: {
    terminateBlueInstancesOnDeploymentSuccess?: { action?: string; terminationWaitTimeInMinutes?: number };
    deploymentReadyOption?: { actionOnTimeout?: string; waitTimeInMinutes?: number };
  };
  fileExistsBehavior?: 'DISALLOW' | 'OVERWRITE' | 'RETAIN';
  deploymentStatusMessages?: string[];
}

export interface LifecycleEvent {
  lifecycleEventName: string;
  status?: LifecycleEventStatus;
  startTime?: number;
  endTime?: number;
  diagnostics?: {
    errorCode?:
      'Success' | 'ScriptMissing' | 'ScriptNotExecutable' | 'ScriptTimedOut' | 'ScriptFailed' | 'UnknownError';
    scriptName?: string;
    message?: string;
    logTail?: string;
  };
}

/** What InstanceTarget, LambdaTarget and ECSTarget share. */
export interface TargetDetail {
  deploymentId?: string;
  targetId: string;
  targetArn?: string;
  status?: TargetStatus;
  lastUpdatedAt?: number;
  lifecycleEvents?: LifecycleEvent[];
}

export interface DeploymentTarget {
  deploymentTargetType: DeploymentTargetType;
  instanceTarget?: TargetDetail & { instanceLabel?: 'Blue' | 'Green' };
  lambdaTarget?: TargetDetail & {
    lambdaFunctionInfo?: {
      functionName?: string;
      functionAlias?: string;
      currentVersion?: string;
      targetVersion?: string;
      targetVersionWeight?: number;
    };
  };
  ecsTarget?: TargetDetail & {
    taskSetsInfo?: {
      identifer?: string;
      desiredCount?: number;
      runningCount?: number;
      status?: string;
      trafficWeight?: number;
      taskSetLabel?: 'Blue' | 'Green';
    }[];
  };
}

/** The one detail a target carries, whatever its type. */
export const targetDetail = (target: DeploymentTarget): TargetDetail | undefined =>
  target.instanceTarget ?? target.lambdaTarget ?? target.ecsTarget;
