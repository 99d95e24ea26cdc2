import { z } from 'zod';

const profile = z.strictObject({ errorRate: z.number().min(0).max(1), latencyMs: z.number().nonnegative() });
const agent = z.enum(['running', 'stopped', 'not-installed']);
const protocol = z.enum(['HTTP', 'HTTPS', 'TCP']);
const alarmState = z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']);
const tags = z.record(z.string(), z.string());

const instance = z.strictObject({
  instanceId: z.string(),
  state: z.enum(['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated']),
  tags,
  availabilityZone: z.string(),
  launchTime: z.number(),
  privateIpAddress: z.string(),
  agent,
  instanceProfile: z.string().optional(),
  s3ReadBuckets: z.array(z.string()),
  clockSkewSeconds: z.number(),
  autoScalingGroupName: z.string().optional(),
  instanceType: z.string(),
  imageId: z.string(),
  revision: z
    .strictObject({
      revisionKey: z.string(),
      deploymentId: z.string(),
      deploymentGroupId: z.string(),
      files: z.record(z.string(), z.string()),
    })
    .optional(),
});

const autoScalingGroup = z.strictObject({
  autoScalingGroupName: z.string(),
  arn: z.string(),
  minSize: z.number().int(),
  maxSize: z.number().int(),
  desiredCapacity: z.number().int(),
  instanceIds: z.array(z.string()),
  availabilityZones: z.array(z.string()),
  tags,
  targetGroupArns: z.array(z.string()),
  createdTime: z.number(),
  launch: z.strictObject({ agent, instanceProfile: z.string().optional(), s3ReadBuckets: z.array(z.string()) }),
});

const targetGroup = z.strictObject({
  targetGroupArn: z.string(),
  targetGroupName: z.string(),
  protocol,
  port: z.number().int(),
  targetType: z.enum(['instance', 'ip', 'lambda']),
  healthCheck: z.strictObject({
    path: z.string(),
    intervalSeconds: z.number().int().positive(),
    healthyThresholdCount: z.number().int().positive(),
    unhealthyThresholdCount: z.number().int().positive(),
  }),
  deregistrationDelaySeconds: z.number().int().nonnegative(),
  targets: z.record(
    z.string(),
    z.strictObject({
      state: z.enum(['initial', 'healthy', 'unhealthy', 'unused', 'draining']),
      reason: z.string().optional(),
      since: z.number(),
    }),
  ),
});

const loadBalancer = z.strictObject({
  loadBalancerArn: z.string(),
  loadBalancerName: z.string(),
  type: z.enum(['application', 'network']),
  dnsName: z.string(),
  listeners: z.array(
    z.strictObject({
      listenerArn: z.string(),
      port: z.number().int(),
      protocol,
      forward: z.array(z.strictObject({ targetGroupArn: z.string(), weight: z.number() })),
    }),
  ),
  createdTime: z.number(),
});

const lambdaFunction = z.strictObject({
  functionName: z.string(),
  functionArn: z.string(),
  runtime: z.string(),
  handler: z.string(),
  versions: z.record(
    z.string(),
    z.strictObject({
      version: z.string(),
      codeSha256: z.string(),
      description: z.string(),
      lastModified: z.number(),
      profile,
    }),
  ),
  aliases: z.record(
    z.string(),
    z.strictObject({
      name: z.string(),
      aliasArn: z.string(),
      functionVersion: z.string(),
      additionalVersionWeights: z.record(z.string(), z.number()),
    }),
  ),
  hookBehaviour: z
    .strictObject({ result: z.enum(['Succeeded', 'Failed', 'NoResponse']), delaySeconds: z.number().nonnegative() })
    .optional(),
});

const taskDefinition = z.strictObject({
  taskDefinitionArn: z.string(),
  family: z.string(),
  revision: z.number().int(),
  containerName: z.string(),
  containerPort: z.number().int(),
  profile,
});

const ecsService = z.strictObject({
  clusterName: z.string(),
  serviceName: z.string(),
  serviceArn: z.string(),
  desiredCount: z.number().int(),
  deploymentController: z.enum(['ECS', 'CODE_DEPLOY']),
  taskSets: z.array(
    z.strictObject({
      id: z.string(),
      taskSetArn: z.string(),
      taskDefinition: z.string(),
      status: z.enum(['PRIMARY', 'ACTIVE', 'DRAINING']),
      scale: z.number(),
      targetGroupArn: z.string(),
      createdAt: z.number(),
      stabilityStatus: z.enum(['STEADY_STATE', 'STABILIZING']),
    }),
  ),
  loadBalancerArn: z.string().optional(),
  createdAt: z.number(),
});

const alarm = z.strictObject({
  alarmName: z.string(),
  alarmArn: z.string(),
  namespace: z.string(),
  metricName: z.string(),
  dimensions: z.record(z.string(), z.string()),
  statistic: z.enum(['Sum', 'Average', 'Maximum', 'SampleCount']),
  periodSeconds: z.number().int().positive(),
  evaluationPeriods: z.number().int().positive(),
  threshold: z.number(),
  comparisonOperator: z.enum([
    'GreaterThanThreshold',
    'GreaterThanOrEqualToThreshold',
    'LessThanThreshold',
    'LessThanOrEqualToThreshold',
  ]),
  treatMissingData: z.enum(['missing', 'notBreaching', 'breaching', 'ignore']),
  state: alarmState,
  stateReason: z.string(),
  stateUpdatedAt: z.number(),
  forcedState: alarmState.optional(),
  datapointsToAlarm: z.number().int().positive().optional(),
  alarmDescription: z.string().optional(),
  createdAt: z.number(),
});

/** The fleet slice of a saved world; mirrors `FleetState`. */
export const FleetStateSchema = z.strictObject({
  instances: z.record(z.string(), instance),
  autoScalingGroups: z.record(z.string(), autoScalingGroup),
  loadBalancers: z.record(z.string(), loadBalancer),
  targetGroups: z.record(z.string(), targetGroup),
  lambdaFunctions: z.record(z.string(), lambdaFunction),
  taskDefinitions: z.record(z.string(), taskDefinition),
  ecsServices: z.record(z.string(), ecsService),
  metrics: z.record(
    z.string(),
    z.strictObject({
      namespace: z.string(),
      metricName: z.string(),
      dimensions: z.record(z.string(), z.string()),
      points: z.array(z.strictObject({ at: z.number(), sum: z.number(), count: z.number(), max: z.number() })),
    }),
  ),
  alarms: z.record(z.string(), alarm),
  traffic: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(['listener', 'lambda-alias', 'ecs-service']),
      target: z.string(),
      requestsPerSecond: z.number().nonnegative(),
    }),
  ),
  revisionProfiles: z.record(z.string(), profile),
  nextId: z.number().int(),
  generator: z.strictObject({
    ticking: z.boolean(),
    awakeUntil: z.number(),
    carry: z.record(z.string(), z.number()),
    published: z.record(z.string(), z.string()),
  }),
});
