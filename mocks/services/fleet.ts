import type { ServiceApi } from '../protocol/service';

/**
 * The simulated fleet's APIs. CloudWatch (AWS JSON 1.0) and ECS (AWS JSON 1.1) speak their real
 * protocols. EC2, Auto Scaling and Elastic Load Balancing (AWS Query) and Lambda (REST-JSON) are
 * served in JSON 1.1 form under simulator target prefixes, with the real operation names and
 * response shapes (docs/fleet.md); the fault operations have a target of their own.
 */
export const cloudwatchApi: ServiceApi = {
  service: 'cloudwatch',
  endpointPrefix: 'monitoring',
  targetPrefix: 'GraniteServiceVersion20100801',
  operations: ['DescribeAlarms', 'PutMetricAlarm', 'DeleteAlarms', 'SetAlarmState', 'GetMetricData', 'ListMetrics'],
};

export const ecsApi: ServiceApi = {
  service: 'ecs',
  endpointPrefix: 'ecs',
  targetPrefix: 'AmazonEC2ContainerServiceV20141113',
  operations: ['DescribeServices', 'ListServices', 'DescribeTaskSets', 'DescribeTaskDefinition'],
};

export const ec2Api: ServiceApi = {
  service: 'ec2',
  endpointPrefix: 'ec2',
  targetPrefix: 'EC2Simulator_20161115',
  operations: [
    'DescribeInstances',
    'DescribeInstanceStatus',
    'RunInstances',
    'StartInstances',
    'StopInstances',
    'TerminateInstances',
  ],
};

export const autoscalingApi: ServiceApi = {
  service: 'autoscaling',
  endpointPrefix: 'autoscaling',
  targetPrefix: 'AutoScalingSimulator_20110101',
  operations: ['DescribeAutoScalingGroups', 'CreateAutoScalingGroup'],
};

export const elbApi: ServiceApi = {
  service: 'elasticloadbalancing',
  endpointPrefix: 'elasticloadbalancing',
  targetPrefix: 'ElasticLoadBalancingV2Simulator_20151201',
  operations: [
    'DescribeLoadBalancers',
    'DescribeListeners',
    'DescribeTargetGroups',
    'DescribeTargetHealth',
    'RegisterTargets',
    'DeregisterTargets',
    'ModifyListener',
  ],
};

export const lambdaApi: ServiceApi = {
  service: 'lambda',
  endpointPrefix: 'lambda',
  targetPrefix: 'LambdaSimulator_20150331',
  operations: ['GetFunction', 'ListVersionsByFunction', 'ListAliases', 'GetAlias'],
};

export const fleetSimulatorApi: ServiceApi = {
  service: 'fleet',
  endpointPrefix: 'fleet-simulator',
  targetPrefix: 'CICDLabFleetSimulator_20260101',
  operations: [
    'StopCodeDeployAgent',
    'StartCodeDeployAgent',
    'UninstallCodeDeployAgent',
    'InstallCodeDeployAgent',
    'SetClockSkew',
    'RevokeInstanceProfileS3Read',
    'RestoreInstanceProfileS3Read',
    'SetRevisionProfile',
    'HoldAlarmState',
    'ReleaseAlarmState',
    'SetBucketRegion',
    'SetTrafficRate',
    'DescribeFleetSimulation',
  ],
};

export const FLEET_APIS = [
  cloudwatchApi,
  ecsApi,
  ec2Api,
  autoscalingApi,
  elbApi,
  lambdaApi,
  fleetSimulatorApi,
] as const;
