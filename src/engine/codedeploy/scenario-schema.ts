import { z } from 'zod';

/**
 * The `codedeploy` part of a scenario: custom deployment configurations, and applications with their deployment
 * groups and registered revisions. Groups and configurations use the request shapes of CreateDeploymentGroup and
 * CreateDeploymentConfig, and are checked by the same code, so a scenario can hold only what the API accepts.
 */

const name = z.string().regex(/^[A-Za-z0-9._+=,@-]{1,100}$/, 'Names are 1-100 letters, digits and . _ + = , @ -');
const tagFilter = z.strictObject({
  Key: z.string().optional(),
  Value: z.string().optional(),
  Type: z.enum(['KEY_ONLY', 'VALUE_ONLY', 'KEY_AND_VALUE']).optional(),
});
const listeners = z
  .strictObject({
    listenerArns: z.array(z.string()).optional(),
    listeners: z
      .array(z.strictObject({ loadBalancer: z.string(), port: z.number().int() }))
      .optional()
      .describe('Listeners of the fleet named by load balancer and port (their ARNs are made when the world is).'),
  })
  .describe('A traffic route: listener ARNs, or listeners of the scenario fleet by load balancer name and port.');

const deploymentGroup = z
  .strictObject({
    deploymentGroupName: name,
    deploymentConfigName: z
      .string()
      .optional()
      .describe('Defaults to CodeDeployDefault.OneAtATime, LambdaAllAtOnce or ECSAllAtOnce by platform.'),
    serviceRoleArn: z
      .string()
      .optional()
      .describe('An IAM role of the account (list it under iam.roles); defaults to the role CodeDeployServiceRole.'),
    ec2TagFilters: z.array(tagFilter).optional(),
    ec2TagSet: z.strictObject({ ec2TagSetList: z.array(z.array(tagFilter)) }).optional(),
    autoScalingGroups: z.array(z.string()).optional(),
    deploymentStyle: z
      .strictObject({
        deploymentType: z.enum(['IN_PLACE', 'BLUE_GREEN']).optional(),
        deploymentOption: z.enum(['WITH_TRAFFIC_CONTROL', 'WITHOUT_TRAFFIC_CONTROL']).optional(),
      })
      .optional(),
    blueGreenDeploymentConfiguration: z
      .strictObject({
        terminateBlueInstancesOnDeploymentSuccess: z
          .strictObject({
            action: z.enum(['TERMINATE', 'KEEP_ALIVE']).optional(),
            terminationWaitTimeInMinutes: z.number().int().optional(),
          })
          .optional(),
        deploymentReadyOption: z
          .strictObject({
            actionOnTimeout: z.enum(['CONTINUE_DEPLOYMENT', 'STOP_DEPLOYMENT']).optional(),
            waitTimeInMinutes: z.number().int().optional(),
          })
          .optional(),
        greenFleetProvisioningOption: z
          .strictObject({ action: z.enum(['DISCOVER_EXISTING', 'COPY_AUTO_SCALING_GROUP']).optional() })
          .optional(),
      })
      .optional(),
    loadBalancerInfo: z
      .strictObject({
        targetGroupInfoList: z.array(z.strictObject({ name: z.string() })).optional(),
        targetGroupPairInfoList: z
          .array(
            z.strictObject({
              targetGroups: z.array(z.strictObject({ name: z.string() })),
              prodTrafficRoute: listeners,
              testTrafficRoute: listeners.optional(),
            }),
          )
          .optional(),
      })
      .optional(),
    ecsServices: z.array(z.strictObject({ serviceName: z.string(), clusterName: z.string() })).optional(),
    alarmConfiguration: z
      .strictObject({
        enabled: z.boolean().optional(),
        ignorePollAlarmFailure: z.boolean().optional(),
        alarms: z.array(z.strictObject({ name: z.string() })).optional(),
      })
      .optional(),
    autoRollbackConfiguration: z
      .strictObject({
        enabled: z.boolean().optional(),
        events: z
          .array(z.enum(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST']))
          .optional(),
      })
      .optional(),
    triggerConfigurations: z
      .array(
        z.strictObject({
          triggerName: z.string(),
          triggerTargetArn: z.string(),
          triggerEvents: z.array(z.string()).optional(),
        }),
      )
      .optional(),
    outdatedInstancesStrategy: z.enum(['UPDATE', 'IGNORE']).optional(),
  })
  .describe('A deployment group, in the shape CreateDeploymentGroup takes (without applicationName).');

const revisionLocation = z.union([
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
    appSpecContent: z.strictObject({ content: z.string(), sha256: z.string().optional() }),
  }),
]);

const application = z.strictObject({
  applicationName: name,
  computePlatform: z.enum(['Server', 'Lambda', 'ECS']).default('Server'),
  deploymentGroups: z.array(deploymentGroup).default([]),
  revisions: z
    .array(z.strictObject({ revision: revisionLocation, description: z.string().max(256).optional() }))
    .default([])
    .describe('Revisions registered with the application (RegisterApplicationRevision), oldest first.'),
});

const deploymentConfig = z
  .strictObject({
    deploymentConfigName: name,
    computePlatform: z.enum(['Server', 'Lambda', 'ECS']).optional(),
    minimumHealthyHosts: z
      .strictObject({ type: z.enum(['HOST_COUNT', 'FLEET_PERCENT']), value: z.number().int() })
      .optional(),
    trafficRoutingConfig: z
      .strictObject({
        type: z.enum(['TimeBasedCanary', 'TimeBasedLinear', 'AllAtOnce']),
        timeBasedCanary: z
          .strictObject({ canaryPercentage: z.number().int(), canaryInterval: z.number().int() })
          .optional(),
        timeBasedLinear: z
          .strictObject({ linearPercentage: z.number().int(), linearInterval: z.number().int() })
          .optional(),
      })
      .optional(),
  })
  .describe('A custom deployment configuration, in the shape CreateDeploymentConfig takes.');

export const CodeDeployScenarioSchema = z
  .strictObject({
    deploymentConfigs: z.array(deploymentConfig).default([]),
    applications: z.array(application).default([]),
  })
  .describe('CodeDeploy applications, deployment groups, custom configurations and registered revisions.');

export type CodeDeployScenario = z.infer<typeof CodeDeployScenarioSchema>;

/** The role a scenario's deployment groups use when they name none. */
export const DEFAULT_SCENARIO_ROLE = 'CodeDeployServiceRole';
