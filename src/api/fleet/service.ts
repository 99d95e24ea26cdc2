import type { ServiceEndpoint } from '../aws-call';

/** CloudWatch and ECS speak their real protocols; the others are JSON 1.1 forms (docs/fleet.md). */
export const cloudwatch: ServiceEndpoint = {
  endpointPrefix: 'monitoring',
  targetPrefix: 'GraniteServiceVersion20100801',
};
export const ecs: ServiceEndpoint = { endpointPrefix: 'ecs', targetPrefix: 'AmazonEC2ContainerServiceV20141113' };
export const ec2: ServiceEndpoint = { endpointPrefix: 'ec2', targetPrefix: 'EC2Simulator_20161115' };
export const autoscaling: ServiceEndpoint = {
  endpointPrefix: 'autoscaling',
  targetPrefix: 'AutoScalingSimulator_20110101',
};
export const elb: ServiceEndpoint = {
  endpointPrefix: 'elasticloadbalancing',
  targetPrefix: 'ElasticLoadBalancingV2Simulator_20151201',
};
export const lambda: ServiceEndpoint = { endpointPrefix: 'lambda', targetPrefix: 'LambdaSimulator_20150331' };
export const fleetSimulator: ServiceEndpoint = {
  endpointPrefix: 'fleet-simulator',
  targetPrefix: 'CICDLabFleetSimulator_20260101',
};
