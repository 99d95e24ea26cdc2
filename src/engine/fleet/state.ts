import type { SimMillis } from '../core/time';

/**
 * The fleet CodeDeploy (and later CodePipeline) deploys to: EC2 instances, Auto Scaling groups,
 * Application/Network Load Balancers with target groups, Lambda functions with versions and
 * aliases, ECS services with task sets, plus the CloudWatch metrics and alarms the simulated
 * traffic produces. Other services change it only through the fields documented here (CodeDeploy
 * sets an instance's revision, registers targets, moves alias and listener weights); the fleet
 * module owns how it behaves (health checks, traffic, metrics, alarm evaluation).
 */

export type InstanceState = 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated';

/** The CodeDeploy agent on an instance, the way the troubleshooting guide distinguishes it. */
export type AgentState = 'running' | 'stopped' | 'not-installed';

/** How well a revision serves requests; the traffic generator draws errors and latency from it. */
export interface RevisionProfile {
  /** 0..1: share of requests that fail. */
  errorRate: number;
  /** Mean latency in milliseconds. */
  latencyMs: number;
}

/** What CodeDeploy last installed on an instance (EC2/On-premises). */
export interface InstalledRevision {
  /** `revisionKey` (see below) of the installed bundle. */
  revisionKey: string;
  deploymentId: string;
  deploymentGroupId: string;
  /** Destination path → content of the files the appspec's `files` section copied. */
  files: Record<string, string>;
}

export interface Ec2Instance {
  instanceId: string;
  state: InstanceState;
  tags: Record<string, string>;
  availabilityZone: string;
  launchTime: SimMillis;
  privateIpAddress: string;
  agent: AgentState;
  /** Instance profile name; undefined = none (the agent then has no credentials at all). */
  instanceProfile?: string;
  /**
   * Buckets the instance profile may read (`s3:GetObject`); `['*']` = any bucket. A revision in a
   * bucket not listed fails DownloadBundle with the documented "not opened for reading".
   */
  s3ReadBuckets: string[];
  /** Seconds the instance clock is off; beyond 15 minutes the agent's signed calls are refused. */
  clockSkewSeconds: number;
  autoScalingGroupName?: string;
  instanceType: string;
  imageId: string;
  /** Absent until CodeDeploy installs something. */
  revision?: InstalledRevision;
}

export interface AutoScalingGroup {
  autoScalingGroupName: string;
  arn: string;
  minSize: number;
  maxSize: number;
  desiredCapacity: number;
  instanceIds: string[];
  availabilityZones: string[];
  /** Tags the group puts on every instance it launches. */
  tags: Record<string, string>;
  targetGroupArns: string[];
  createdTime: SimMillis;
  /** Template for launched instances. */
  launch: { agent: AgentState; instanceProfile?: string; s3ReadBuckets: string[] };
}

export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining';

export interface TargetGroup {
  targetGroupArn: string;
  targetGroupName: string;
  protocol: 'HTTP' | 'HTTPS' | 'TCP';
  port: number;
  targetType: 'instance' | 'ip' | 'lambda';
  healthCheck: {
    path: string;
    intervalSeconds: number;
    healthyThresholdCount: number;
    unhealthyThresholdCount: number;
  };
  deregistrationDelaySeconds: number;
  /** Registered targets (instance IDs, or ECS task-set IDs for ip targets). */
  targets: Record<string, { state: TargetHealthState; reason?: string; since: SimMillis }>;
}

export interface ForwardTarget {
  targetGroupArn: string;
  weight: number;
}

export interface Listener {
  listenerArn: string;
  port: number;
  protocol: 'HTTP' | 'HTTPS' | 'TCP';
  /** The default forward action; weights route traffic between target groups. */
  forward: ForwardTarget[];
}

export interface LoadBalancer {
  loadBalancerArn: string;
  loadBalancerName: string;
  type: 'application' | 'network';
  dnsName: string;
  listeners: Listener[];
  createdTime: SimMillis;
}

export interface LambdaVersion {
  version: string;
  codeSha256: string;
  description: string;
  lastModified: SimMillis;
  profile: RevisionProfile;
}

export interface LambdaAlias {
  name: string;
  aliasArn: string;
  functionVersion: string;
  /** Version → weight (0..1) of traffic it takes from `functionVersion`. */
  additionalVersionWeights: Record<string, number>;
}

export interface LambdaFunction {
  functionName: string;
  functionArn: string;
  runtime: string;
  handler: string;
  versions: Record<string, LambdaVersion>;
  aliases: Record<string, LambdaAlias>;
  /**
   * For lifecycle-hook functions: what the function reports to PutLifecycleEventHookExecutionStatus
   * when invoked (`Succeeded`/`Failed`), after `hookDelaySeconds`; `NoResponse` never reports.
   */
  hookBehaviour?: { result: 'Succeeded' | 'Failed' | 'NoResponse'; delaySeconds: number };
}

export interface EcsTaskDefinition {
  taskDefinitionArn: string;
  family: string;
  revision: number;
  containerName: string;
  containerPort: number;
  profile: RevisionProfile;
}

export interface EcsTaskSet {
  id: string;
  taskSetArn: string;
  taskDefinition: string;
  status: 'PRIMARY' | 'ACTIVE' | 'DRAINING';
  /** Percent of the service's desired count this task set runs. */
  scale: number;
  targetGroupArn: string;
  createdAt: SimMillis;
  stabilityStatus: 'STEADY_STATE' | 'STABILIZING';
}

export interface EcsService {
  clusterName: string;
  serviceName: string;
  serviceArn: string;
  desiredCount: number;
  /** `CODE_DEPLOY` for services CodeDeploy may deploy to. */
  deploymentController: 'ECS' | 'CODE_DEPLOY';
  taskSets: EcsTaskSet[];
  loadBalancerArn?: string;
  createdAt: SimMillis;
}

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/** A metric's key: namespace, name and its dimensions in a fixed order (`Namespace|Metric|k=v,k=v`). */
export type MetricKey = string;

export interface MetricSeries {
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  /** One datapoint per traffic period, oldest first; bounded (the fleet drops the oldest). */
  points: { at: SimMillis; sum: number; count: number; max: number }[];
}

export interface MetricAlarm {
  alarmName: string;
  alarmArn: string;
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  statistic: 'Sum' | 'Average' | 'Maximum' | 'SampleCount';
  periodSeconds: number;
  evaluationPeriods: number;
  threshold: number;
  comparisonOperator:
    'GreaterThanThreshold' | 'GreaterThanOrEqualToThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';
  treatMissingData: 'missing' | 'notBreaching' | 'breaching' | 'ignore';
  state: AlarmState;
  stateReason: string;
  stateUpdatedAt: SimMillis;
  /** Set by the fault panel: the alarm stays in this state until cleared. */
  forcedState?: AlarmState;
  /** M of "M out of N"; absent = evaluationPeriods (every datapoint must breach). */
  datapointsToAlarm?: number;
  alarmDescription?: string;
  createdAt: SimMillis;
}

/** Requests per second of virtual time sent to one entry point (listener, alias or ECS service). */
export interface TrafficSource {
  id: string;
  kind: 'listener' | 'lambda-alias' | 'ecs-service';
  /** Listener ARN, alias ARN or service ARN. */
  target: string;
  requestsPerSecond: number;
}

export interface FleetState {
  instances: Record<string, Ec2Instance>;
  autoScalingGroups: Record<string, AutoScalingGroup>;
  loadBalancers: Record<string, LoadBalancer>;
  targetGroups: Record<string, TargetGroup>;
  lambdaFunctions: Record<string, LambdaFunction>;
  taskDefinitions: Record<string, EcsTaskDefinition>;
  /** Keyed `cluster/service`. */
  ecsServices: Record<string, EcsService>;
  metrics: Record<MetricKey, MetricSeries>;
  alarms: Record<string, MetricAlarm>;
  traffic: TrafficSource[];
  /**
   * How each EC2 revision behaves once installed, keyed by `revisionKey`
   * (`s3://bucket/key#etag` or `codecommit://repo@commit`); absent = the default healthy profile.
   */
  revisionProfiles: Record<string, RevisionProfile>;
  /** Counter for IDs the fleet mints (instances, task sets). */
  nextId: number;
  generator: TrafficGenerator;
}

/**
 * The traffic generator's clock: it samples every TRAFFIC_PERIOD while awake and sleeps once
 * nothing has happened for the quiet period (docs/fleet.md), so the event queue can run dry.
 */
export interface TrafficGenerator {
  ticking: boolean;
  /** The generator stays awake at least until this instant. */
  awakeUntil: SimMillis;
  /** Fractional requests and errors carried to the next period (keyed by route), so totals stay exact. */
  carry: Record<string, number>;
  /** Last published traffic percentages per entry point (JSON), so each change is published once. */
  published: Record<string, string>;
}

export const emptyFleetState = (): FleetState => ({
  instances: {},
  autoScalingGroups: {},
  loadBalancers: {},
  targetGroups: {},
  lambdaFunctions: {},
  taskDefinitions: {},
  ecsServices: {},
  metrics: {},
  alarms: {},
  traffic: [],
  revisionProfiles: {},
  nextId: 1,
  generator: { ticking: false, awakeUntil: 0 as SimMillis, carry: {}, published: {} },
});

export const DEFAULT_REVISION_PROFILE: RevisionProfile = { errorRate: 0.001, latencyMs: 80 };
