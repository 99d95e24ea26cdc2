/** Wire shapes of the fleet APIs (the fields the console reads). Timestamps are epoch seconds. */

export interface Tag {
  Key: string;
  Value: string;
}

export type InstanceStateName = 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated';

export interface Instance {
  InstanceId: string;
  ImageId: string;
  InstanceType: string;
  LaunchTime: number;
  Placement: { AvailabilityZone: string };
  PrivateIpAddress: string;
  State: { Code: number; Name: InstanceStateName };
  Tags: Tag[];
  IamInstanceProfile?: { Arn: string };
  /** Simulator extension: what the troubleshooting guide would have you check on the box. */
  SimulatorState: {
    CodeDeployAgent: 'running' | 'stopped' | 'not-installed';
    ClockSkewSeconds: number;
    S3ReadBuckets: string[];
    AutoScalingGroupName?: string;
    InstalledRevision?: { RevisionKey: string; DeploymentId: string; DeploymentGroupId: string; Files: string[] };
  };
}

export interface InstanceStatus {
  InstanceId: string;
  AvailabilityZone: string;
  InstanceState: { Code: number; Name: InstanceStateName };
  InstanceStatus: { Status: string; Details?: { Name: string; Status: string }[] };
  SystemStatus: { Status: string };
}

export interface InstanceStateChange {
  InstanceId: string;
  PreviousState: { Code: number; Name: InstanceStateName };
  CurrentState: { Code: number; Name: InstanceStateName };
}

export interface AutoScalingGroup {
  AutoScalingGroupName: string;
  AutoScalingGroupARN: string;
  MinSize: number;
  MaxSize: number;
  DesiredCapacity: number;
  AvailabilityZones: string[];
  TargetGroupARNs: string[];
  CreatedTime: number;
  Instances: { InstanceId: string; AvailabilityZone: string; LifecycleState: string; HealthStatus: string }[];
  Tags: { Key: string; Value: string }[];
}

export interface LoadBalancer {
  LoadBalancerArn: string;
  LoadBalancerName: string;
  DNSName: string;
  Type: 'application' | 'network';
  State: { Code: string };
  CreatedTime: number;
}

export interface Listener {
  ListenerArn: string;
  LoadBalancerArn: string;
  Port: number;
  Protocol: string;
  DefaultActions: {
    Type: 'forward';
    TargetGroupArn?: string;
    ForwardConfig: { TargetGroups: { TargetGroupArn: string; Weight: number }[] };
  }[];
}

export interface TargetGroup {
  TargetGroupArn: string;
  TargetGroupName: string;
  Protocol: string;
  Port: number;
  TargetType: 'instance' | 'ip' | 'lambda';
  HealthCheckPath: string;
  HealthCheckIntervalSeconds: number;
  HealthyThresholdCount: number;
  UnhealthyThresholdCount: number;
  LoadBalancerArns: string[];
}

export interface TargetHealthDescription {
  Target: { Id: string; Port: number };
  TargetHealth: {
    State: 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining';
    Reason?: string;
    Description?: string;
  };
}

export interface FunctionConfiguration {
  FunctionName: string;
  FunctionArn: string;
  Runtime: string;
  Handler: string;
  Version: string;
  Description: string;
  CodeSha256: string;
  LastModified: string;
  State: string;
}

export interface AliasConfiguration {
  AliasArn: string;
  Name: string;
  FunctionVersion: string;
  Description: string;
  RoutingConfig?: { AdditionalVersionWeights: Record<string, number> };
}

export interface TaskSet {
  id: string;
  taskSetArn: string;
  status: 'PRIMARY' | 'ACTIVE' | 'DRAINING';
  taskDefinition: string;
  computedDesiredCount: number;
  runningCount: number;
  scale: { value: number; unit: 'PERCENT' };
  stabilityStatus: 'STEADY_STATE' | 'STABILIZING';
  loadBalancers: { targetGroupArn: string; containerName: string; containerPort: number }[];
  createdAt: number;
}

export interface EcsService {
  serviceArn: string;
  serviceName: string;
  clusterArn: string;
  status: string;
  desiredCount: number;
  runningCount: number;
  taskDefinition?: string;
  deploymentController: { type: 'ECS' | 'CODE_DEPLOY' };
  taskSets: TaskSet[];
  createdAt: number;
}

export interface TaskDefinition {
  taskDefinitionArn: string;
  family: string;
  revision: number;
  status: string;
  containerDefinitions: { name: string; image: string; portMappings: { containerPort: number }[] }[];
}

export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface Dimension {
  Name: string;
  Value: string;
}

export interface MetricAlarm {
  AlarmName: string;
  AlarmArn: string;
  AlarmDescription?: string;
  StateValue: AlarmStateValue;
  StateReason: string;
  StateUpdatedTimestamp: number;
  MetricName: string;
  Namespace: string;
  Statistic: 'Sum' | 'Average' | 'Maximum' | 'SampleCount';
  Dimensions: Dimension[];
  Period: number;
  EvaluationPeriods: number;
  DatapointsToAlarm: number;
  Threshold: number;
  ComparisonOperator: string;
  TreatMissingData: string;
  /** Simulator extension: the fault panel holds the alarm in this state. */
  SimulatorHeldState?: AlarmStateValue;
}

export interface MetricDataQuery {
  Id: string;
  Label?: string;
  MetricStat: {
    Metric: { Namespace: string; MetricName: string; Dimensions: Dimension[] };
    Period: number;
    Stat: 'Sum' | 'Average' | 'Maximum' | 'Minimum' | 'SampleCount';
  };
}

export interface MetricDataResult {
  Id: string;
  Label: string;
  Timestamps: number[];
  Values: number[];
  StatusCode: 'Complete';
}

export interface Metric {
  Namespace: string;
  MetricName: string;
  Dimensions: Dimension[];
}

export interface FleetSimulation {
  Faults: { Operation: string; Explanation: string }[];
  /** The traffic generator's rules, for the charts' caption. */
  TrafficRules: string;
  TrafficGenerator: { Awake: boolean; AwakeUntil: number };
  TrafficSources: {
    Id: string;
    Kind: 'listener' | 'lambda-alias' | 'ecs-service';
    EntryPoint: string;
    RequestsPerSecond: number;
    /** Percent of requests per revision / version / task definition right now. */
    Percentages: Record<string, number>;
  }[];
  RevisionProfiles: { RevisionKey: string; ErrorRate: number; LatencyMs: number }[];
}
