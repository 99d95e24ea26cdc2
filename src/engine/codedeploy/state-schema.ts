import { z } from 'zod';

/** CodeDeploy's slice of a saved world; mirrors state.ts. */

const time = z.number();
const platform = z.enum(['Server', 'Lambda', 'ECS']);
const tagFilter = z.strictObject({
  Key: z.string().optional(),
  Value: z.string().optional(),
  Type: z.enum(['KEY_ONLY', 'VALUE_ONLY', 'KEY_AND_VALUE']),
});
const trafficRoutingConfig = z.strictObject({
  type: z.enum(['TimeBasedCanary', 'TimeBasedLinear', 'AllAtOnce']),
  timeBasedCanary: z.strictObject({ canaryPercentage: z.number(), canaryInterval: z.number() }).optional(),
  timeBasedLinear: z.strictObject({ linearPercentage: z.number(), linearInterval: z.number() }).optional(),
});
const revisionLocation = z.discriminatedUnion('revisionType', [
  z.strictObject({
    revisionType: z.literal('S3'),
    s3Location: z.strictObject({
      bucket: z.string(),
      key: z.string(),
      bundleType: z.enum(['zip', 'tar', 'tgz', 'YAML', 'JSON']),
      eTag: z.string().optional(),
      version: z.string().optional(),
    }),
  }),
  z.strictObject({
    revisionType: z.literal('AppSpecContent'),
    appSpecContent: z.strictObject({ content: z.string(), sha256: z.string() }),
  }),
]);
const deploymentStatus = z.enum([
  'Created',
  'Queued',
  'InProgress',
  'Baking',
  'Succeeded',
  'Failed',
  'Stopped',
  'Ready',
]);
const targetStatus = z.enum(['Pending', 'InProgress', 'Succeeded', 'Failed', 'Skipped', 'Unknown', 'Ready']);
const deploymentStyle = z.strictObject({
  deploymentType: z.enum(['IN_PLACE', 'BLUE_GREEN']),
  deploymentOption: z.enum(['WITH_TRAFFIC_CONTROL', 'WITHOUT_TRAFFIC_CONTROL']),
});
const autoRollbackConfiguration = z.strictObject({
  enabled: z.boolean(),
  events: z.array(z.enum(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'])),
});
const blueGreenDeploymentConfiguration = z.strictObject({
  terminateBlueInstancesOnDeploymentSuccess: z.strictObject({
    action: z.enum(['TERMINATE', 'KEEP_ALIVE']),
    terminationWaitTimeInMinutes: z.number(),
  }),
  deploymentReadyOption: z.strictObject({
    actionOnTimeout: z.enum(['CONTINUE_DEPLOYMENT', 'STOP_DEPLOYMENT']),
    waitTimeInMinutes: z.number(),
  }),
  greenFleetProvisioningOption: z.strictObject({ action: z.enum(['DISCOVER_EXISTING', 'COPY_AUTO_SCALING_GROUP']) }),
});
const listeners = z.strictObject({ listenerArns: z.array(z.string()) });

const application = z.strictObject({
  applicationId: z.string(),
  applicationName: z.string(),
  computePlatform: platform,
  createTime: time,
  linkedToGitHub: z.literal(false),
});

const deploymentConfig = z.strictObject({
  deploymentConfigId: z.string(),
  deploymentConfigName: z.string(),
  computePlatform: platform,
  minimumHealthyHosts: z
    .strictObject({ type: z.enum(['HOST_COUNT', 'FLEET_PERCENT', 'MOST_CONCURRENCY']), value: z.number() })
    .optional(),
  trafficRoutingConfig: trafficRoutingConfig.optional(),
  createTime: time,
  predefined: z.boolean(),
});

const deploymentGroup = z.strictObject({
  applicationName: z.string(),
  deploymentGroupId: z.string(),
  deploymentGroupName: z.string(),
  deploymentConfigName: z.string(),
  serviceRoleArn: z.string(),
  computePlatform: platform,
  ec2TagFilters: z.array(tagFilter),
  ec2TagSet: z.array(z.array(tagFilter)),
  autoScalingGroups: z.array(z.string()),
  deploymentStyle,
  blueGreenDeploymentConfiguration: blueGreenDeploymentConfiguration.optional(),
  loadBalancerInfo: z
    .strictObject({
      targetGroupInfoList: z.array(z.strictObject({ name: z.string() })),
      targetGroupPairInfoList: z.array(
        z.strictObject({
          targetGroups: z.array(z.strictObject({ name: z.string() })),
          prodTrafficRoute: listeners,
          testTrafficRoute: listeners.optional(),
        }),
      ),
    })
    .optional(),
  ecsServices: z.array(z.strictObject({ serviceName: z.string(), clusterName: z.string() })),
  alarmConfiguration: z.strictObject({
    enabled: z.boolean(),
    ignorePollAlarmFailure: z.boolean(),
    alarms: z.array(z.strictObject({ name: z.string() })),
  }),
  autoRollbackConfiguration,
  triggerConfigurations: z.array(
    z.strictObject({ triggerName: z.string(), triggerTargetArn: z.string(), triggerEvents: z.array(z.string()) }),
  ),
  outdatedInstancesStrategy: z.enum(['UPDATE', 'IGNORE']),
  lastSuccessfulDeployment: z
    .strictObject({ deploymentId: z.string(), status: z.literal('Succeeded'), endTime: time, createTime: time })
    .optional(),
  lastAttemptedDeployment: z
    .strictObject({ deploymentId: z.string(), status: deploymentStatus, endTime: time.optional(), createTime: time })
    .optional(),
  targetRevision: revisionLocation.optional(),
});

const registeredRevision = z.strictObject({
  revisionLocation,
  description: z.string().optional(),
  registerTime: time,
  firstUsedTime: time.optional(),
  lastUsedTime: time.optional(),
  deploymentGroups: z.array(z.string()),
});

const lifecycleEvent = z.strictObject({
  lifecycleEventName: z.string(),
  status: z.enum(['Pending', 'InProgress', 'Succeeded', 'Failed', 'Skipped', 'Unknown']),
  startTime: time.optional(),
  endTime: time.optional(),
  diagnostics: z
    .strictObject({
      errorCode: z.enum([
        'Success',
        'ScriptMissing',
        'ScriptNotExecutable',
        'ScriptTimedOut',
        'ScriptFailed',
        'UnknownError',
      ]),
      scriptName: z.string(),
      message: z.string(),
      logTail: z.string(),
    })
    .optional(),
  hookExecutionId: z.string().optional(),
});

const deploymentTarget = z.strictObject({
  targetId: z.string(),
  targetArn: z.string(),
  deploymentTargetType: z.enum(['InstanceTarget', 'LambdaTarget', 'ECSTarget']),
  status: targetStatus,
  targetLabel: z.enum(['Blue', 'Green']).optional(),
  lastUpdatedAt: time,
  lifecycleEvents: z.array(lifecycleEvent),
});

const deployment = z.strictObject({
  deploymentId: z.string(),
  applicationName: z.string(),
  deploymentGroupName: z.string(),
  deploymentConfigName: z.string(),
  computePlatform: platform,
  status: deploymentStatus,
  creator: z.enum(['user', 'autoscaling', 'codeDeployRollback', 'CodePipeline']),
  description: z.string().optional(),
  revision: revisionLocation,
  deploymentStyle,
  createTime: time,
  startTime: time.optional(),
  completeTime: time.optional(),
  errorInformation: z.strictObject({ code: z.string(), message: z.string() }).optional(),
  rollbackInfo: z
    .strictObject({
      rollbackDeploymentId: z.string().optional(),
      rollbackTriggeringDeploymentId: z.string().optional(),
      rollbackMessage: z.string().optional(),
    })
    .optional(),
  autoRollbackConfiguration,
  ignoreApplicationStopFailures: z.boolean(),
  fileExistsBehavior: z.enum(['DISALLOW', 'OVERWRITE', 'RETAIN']),
  targetIds: z.array(z.string()),
  targets: z.record(z.string(), deploymentTarget),
  minimumHealthy: z.number().optional(),
  instanceTerminationWaitTimeStarted: z.boolean(),
  trafficShiftedPercent: z.number(),
  blueGreenDeploymentConfiguration: blueGreenDeploymentConfiguration.optional(),
  targetInstances: z
    .strictObject({ tagFilters: z.array(tagFilter), autoScalingGroups: z.array(z.string()) })
    .optional(),
  previousRevision: revisionLocation.optional(),
  terminationAt: time.optional(),
  readyUntil: time.optional(),
  /** Bookkeeping of a running deployment (deployment/ owns its shape). */
  execution: z.record(z.string(), z.unknown()).optional(),
});

export const CodeDeployStateSchema = z.strictObject({
  applications: z.record(z.string(), application),
  deploymentGroups: z.record(z.string(), deploymentGroup),
  deploymentConfigs: z.record(z.string(), deploymentConfig),
  revisions: z.record(z.string(), z.record(z.string(), registeredRevision)),
  deployments: z.record(z.string(), deployment),
  deploymentOrder: z.array(z.string()),
  instanceHealth: z.record(z.string(), z.literal('Unhealthy')).optional(),
  faults: z
    .array(
      z.strictObject({
        lifecycleEventName: z.string(),
        effect: z.enum(['fail', 'hang']),
        applicationName: z.string().optional(),
      }),
    )
    .optional(),
});
