import { z } from 'zod';

const name = z.string().regex(/^[A-Za-z0-9-]{1,32}$/, 'Names are 1-32 letters, digits and hyphens');
const tags = z.record(z.string().min(1).max(128), z.string().max(256));
const agent = z
  .enum(['running', 'stopped', 'not-installed'])
  .default('running')
  .describe('The CodeDeploy agent on the instance.');
const s3ReadBuckets = z
  .array(z.string())
  .default(['*'])
  .describe('Buckets the instance profile may read (s3:GetObject); ["*"] = any.');
const profile = {
  errorRate: z.number().min(0).max(1).default(0.001).describe('Share of requests that fail (0..1).'),
  latencyMs: z.number().nonnegative().default(80).describe('Mean latency in milliseconds.'),
};

const instances = z
  .strictObject({
    count: z.number().int().min(1).max(100).default(1).describe('How many identical instances.'),
    tags: tags.default({}),
    availabilityZones: z
      .array(z.string())
      .optional()
      .describe('Spread over these zones; default <region>a, <region>b.'),
    instanceType: z.string().default('t3.micro'),
    state: z.enum(['running', 'stopped']).default('running'),
    agent,
    instanceProfile: z.string().optional().default('CodeDeployDemo-EC2-Instance-Profile'),
    s3ReadBuckets,
  })
  .describe('EC2 instances running at the start, e.g. 6 instances tagged App=demo-web.');

/** Elastic Load Balancing's defaults for a target group's health check and deregistration delay. */
export const DEFAULT_HEALTH_CHECK = {
  path: '/',
  intervalSeconds: 30,
  healthyThresholdCount: 5,
  unhealthyThresholdCount: 2,
};
export const DEFAULT_DEREGISTRATION_DELAY_SECONDS = 300;

const healthCheck = z
  .strictObject({
    path: z.string().default(DEFAULT_HEALTH_CHECK.path),
    intervalSeconds: z.number().int().min(5).max(300).default(DEFAULT_HEALTH_CHECK.intervalSeconds),
    healthyThresholdCount: z.number().int().min(2).max(10).default(DEFAULT_HEALTH_CHECK.healthyThresholdCount),
    unhealthyThresholdCount: z.number().int().min(2).max(10).default(DEFAULT_HEALTH_CHECK.unhealthyThresholdCount),
  })
  .default(DEFAULT_HEALTH_CHECK);

const targetGroup = z
  .strictObject({
    name,
    protocol: z.enum(['HTTP', 'HTTPS', 'TCP']).default('HTTP'),
    port: z.number().int().min(1).max(65535).default(80),
    targetType: z.enum(['instance', 'ip']).default('instance'),
    healthCheck,
    deregistrationDelaySeconds: z.number().int().min(0).max(3600).default(DEFAULT_DEREGISTRATION_DELAY_SECONDS),
    registerInstancesTagged: tags
      .optional()
      .describe('Running instances with all these tags start registered and healthy.'),
  })
  .describe('An Elastic Load Balancing target group.');

const loadBalancer = z
  .strictObject({
    name,
    type: z.enum(['application', 'network']).default('application'),
    listeners: z.array(
      z.strictObject({
        port: z.number().int().min(1).max(65535),
        protocol: z.enum(['HTTP', 'HTTPS', 'TCP']).default('HTTP'),
        forward: z
          .array(z.strictObject({ targetGroup: name, weight: z.number().int().min(0).max(999).default(1) }))
          .min(1)
          .describe('Target groups of the default forward action, with weights.'),
      }),
    ),
  })
  .describe('An Application (or Network) Load Balancer with its listeners.');

const autoScalingGroup = z.strictObject({
  name: z.string().min(1).max(255),
  minSize: z.number().int().min(0),
  maxSize: z.number().int().min(0),
  desiredCapacity: z.number().int().min(0),
  availabilityZones: z.array(z.string()).optional(),
  tags: tags.default({}),
  targetGroups: z.array(name).default([]).describe('Target groups its instances are registered in.'),
  agent,
  instanceProfile: z.string().optional().default('CodeDeployDemo-EC2-Instance-Profile'),
  s3ReadBuckets,
});

const lambdaFunction = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Function names are 1-64 letters, digits, - and _'),
  runtime: z.string().default('nodejs20.x'),
  handler: z.string().default('index.handler'),
  versions: z
    .array(z.strictObject({ description: z.string().default(''), ...profile }))
    .default([])
    .describe('Published versions 1, 2, ... in order.'),
  aliases: z
    .array(
      z.strictObject({
        name: z.string().regex(/^(?!^\d+$)[A-Za-z0-9_-]{1,128}$/, 'Alias names are letters, digits, - and _'),
        functionVersion: z.string(),
        additionalVersionWeights: z.record(z.string(), z.number().min(0).max(1)).default({}),
      }),
    )
    .default([]),
  hookBehaviour: z
    .strictObject({
      result: z.enum(['Succeeded', 'Failed', 'NoResponse']),
      delaySeconds: z.number().nonnegative().default(5),
    })
    .optional()
    .describe('For CodeDeploy lifecycle-hook functions: what they report, and when.'),
});

const taskDefinition = z.strictObject({
  family: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/),
  containerName: z.string().default('web'),
  containerPort: z.number().int().default(80),
  ...profile,
});

const ecsService = z.strictObject({
  cluster: z.string().min(1),
  name: z.string().min(1),
  desiredCount: z.number().int().min(0).default(2),
  deploymentController: z.enum(['ECS', 'CODE_DEPLOY']).default('CODE_DEPLOY'),
  taskDefinition: z.string().describe('`family:revision` of a task definition listed above.'),
  loadBalancer: name.optional().describe('Its first listener is the production listener.'),
  targetGroup: name.optional().describe('Where the first task set is registered.'),
});

const alarm = z.strictObject({
  name: z.string().min(1).max(255),
  description: z.string().optional(),
  namespace: z.string(),
  metricName: z.string(),
  dimensions: z.record(z.string(), z.string()).default({}),
  loadBalancer: name.optional().describe('Adds the LoadBalancer dimension of this load balancer.'),
  targetGroup: name.optional().describe('Adds the TargetGroup dimension of this target group.'),
  statistic: z.enum(['Sum', 'Average', 'Maximum', 'SampleCount']).default('Sum'),
  period: z.number().int().min(10).default(60).describe('Seconds.'),
  evaluationPeriods: z.number().int().min(1).default(1),
  datapointsToAlarm: z.number().int().min(1).optional(),
  threshold: z.number(),
  comparisonOperator: z.enum([
    'GreaterThanThreshold',
    'GreaterThanOrEqualToThreshold',
    'LessThanThreshold',
    'LessThanOrEqualToThreshold',
  ]),
  treatMissingData: z.enum(['missing', 'notBreaching', 'breaching', 'ignore']).default('missing'),
  state: z
    .enum(['OK', 'ALARM', 'INSUFFICIENT_DATA'])
    .default('INSUFFICIENT_DATA')
    .describe(
      'State when the world begins. A new alarm starts in INSUFFICIENT_DATA; an alarm that was already watching a healthy service is OK.',
    ),
});

const traffic = z
  .strictObject({
    requestsPerSecond: z.number().nonnegative(),
    listener: z.strictObject({ loadBalancer: name, port: z.number().int() }).optional(),
    lambdaAlias: z.strictObject({ function: z.string(), alias: z.string() }).optional(),
    ecsService: z.strictObject({ cluster: z.string(), service: z.string() }).optional(),
  })
  .refine(
    (t) => [t.listener, t.lambdaAlias, t.ecsService].filter((x) => x !== undefined).length === 1,
    'Give exactly one of listener, lambdaAlias, ecsService',
  )
  .describe('Simulated users: requests per second of virtual time to one entry point.');

export const FleetScenarioSchema = z
  .strictObject({
    instances: z.array(instances).default([]),
    targetGroups: z.array(targetGroup).default([]),
    loadBalancers: z.array(loadBalancer).default([]),
    autoScalingGroups: z.array(autoScalingGroup).default([]),
    lambdaFunctions: z.array(lambdaFunction).default([]),
    taskDefinitions: z.array(taskDefinition).default([]),
    ecsServices: z.array(ecsService).default([]),
    alarms: z.array(alarm).default([]),
    traffic: z.array(traffic).default([]),
    revisionProfiles: z
      .record(z.string(), z.strictObject(profile))
      .default({})
      .describe('How EC2 revisions behave, by revision key (`s3://bucket/key#etag`, `codecommit://repo@commit`).'),
  })
  .describe('The simulated fleet CodeDeploy deploys to (docs/fleet.md).');

export type FleetScenario = z.infer<typeof FleetScenarioSchema>;

export const EMPTY_FLEET_SCENARIO = {
  instances: [],
  targetGroups: [],
  loadBalancers: [],
  autoScalingGroups: [],
  lambdaFunctions: [],
  taskDefinitions: [],
  ecsServices: [],
  alarms: [],
  traffic: [],
  revisionProfiles: {},
};
