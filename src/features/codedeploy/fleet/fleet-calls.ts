import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { awsCall, type ServiceEndpoint } from '../../../api/aws-call';
import { useEngineState } from '../../../api/simulation/hooks';
import { codedeployKeys } from '../../../api/codedeploy/keys';

/*
 * The simulated fleet's reads and fault operations, over the simulator targets docs/fleet.md
 * describes (EC2, Auto Scaling, ELBv2 and Lambda in JSON 1.1 form with their real operation names
 * and shapes; CloudWatch and ECS as themselves; faults under their own target).
 */
const ec2: ServiceEndpoint = { endpointPrefix: 'ec2', targetPrefix: 'EC2Simulator_20161115' };
const autoscaling: ServiceEndpoint = { endpointPrefix: 'autoscaling', targetPrefix: 'AutoScalingSimulator_20110101' };
const elb: ServiceEndpoint = {
  endpointPrefix: 'elasticloadbalancing',
  targetPrefix: 'ElasticLoadBalancingV2Simulator_20151201',
};
const lambda: ServiceEndpoint = { endpointPrefix: 'lambda', targetPrefix: 'LambdaSimulator_20150331' };
const ecs: ServiceEndpoint = { endpointPrefix: 'ecs', targetPrefix: 'AmazonEC2ContainerServiceV20141113' };
const cloudwatch: ServiceEndpoint = { endpointPrefix: 'monitoring', targetPrefix: 'GraniteServiceVersion20100801' };
const faults: ServiceEndpoint = { endpointPrefix: 'fleet-simulator', targetPrefix: 'CICDLabFleetSimulator_20260101' };
const codedeploy: ServiceEndpoint = { endpointPrefix: 'codedeploy', targetPrefix: 'CodeDeploy_20141006' };

export interface Instance {
  InstanceId: string;
  State: { Name: string };
  Placement: { AvailabilityZone: string };
  PrivateIpAddress: string;
  Tags: { Key: string; Value: string }[];
  SimulatorState: {
    CodeDeployAgent: 'running' | 'stopped' | 'not-installed';
    ClockSkewSeconds: number;
    S3ReadBuckets: string[];
    AutoScalingGroupName?: string;
    InstalledRevision?: { RevisionKey: string; DeploymentId: string; DeploymentGroupId: string };
  };
}

export interface TargetGroup {
  TargetGroupArn: string;
  TargetGroupName: string;
  Port: number;
  Protocol: string;
  LoadBalancerArns?: string[];
  targets: { Target: { Id: string }; TargetHealth: { State: string; Reason?: string; Description?: string } }[];
}

export interface Listener {
  ListenerArn: string;
  LoadBalancerArn: string;
  Port: number;
  Protocol: string;
  DefaultActions: { ForwardConfig?: { TargetGroups: { TargetGroupArn: string; Weight: number }[] } }[];
}

export interface FleetSnapshot {
  instances: Instance[];
  autoScalingGroups: {
    AutoScalingGroupName: string;
    MinSize: number;
    MaxSize: number;
    DesiredCapacity: number;
    Instances?: { InstanceId: string; LifecycleState: string; HealthStatus: string }[];
  }[];
  loadBalancers: { LoadBalancerArn: string; LoadBalancerName: string; DNSName: string; Type: string }[];
  listeners: Listener[];
  targetGroups: TargetGroup[];
  lambdaFunctions: {
    name: string;
    versions: { Version: string; Description?: string }[];
    aliases: {
      Name: string;
      FunctionVersion: string;
      RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> };
    }[];
  }[];
  ecsServices: {
    clusterArn?: string;
    serviceName: string;
    taskSets?: { id: string; status: string; taskDefinition: string; scale?: { value: number } }[];
  }[];
  alarms: { AlarmName: string; StateValue: string; StateReason?: string; MetricName: string; Namespace: string }[];
  simulation: {
    Faults: { Operation: string; Explanation: string }[];
    TrafficRules: string;
    TrafficSources: {
      Id: string;
      Kind: string;
      EntryPoint: string;
      RequestsPerSecond: number;
      Percentages: Record<string, number>;
    }[];
  };
}

/** A read the fleet view can live without: an empty answer instead of a failed page. */
const orEmpty = <T>(call: Promise<T>, empty: T) => call.catch(() => empty);

const functionOfAlias = (arn: string) => arn.split(':')[6];

async function readFleet(): Promise<FleetSnapshot> {
  const [instances, asgs, lbs, listeners, tgs, alarms, simulation] = await Promise.all([
    awsCall<{ Reservations?: { Instances: Instance[] }[] }>(ec2, 'DescribeInstances', {}),
    orEmpty(
      awsCall<{ AutoScalingGroups: FleetSnapshot['autoScalingGroups'] }>(autoscaling, 'DescribeAutoScalingGroups', {}),
      {
        AutoScalingGroups: [],
      },
    ),
    orEmpty(awsCall<{ LoadBalancers: FleetSnapshot['loadBalancers'] }>(elb, 'DescribeLoadBalancers', {}), {
      LoadBalancers: [],
    }),
    orEmpty(awsCall<{ Listeners: Listener[] }>(elb, 'DescribeListeners', {}), { Listeners: [] }),
    orEmpty(awsCall<{ TargetGroups: Omit<TargetGroup, 'targets'>[] }>(elb, 'DescribeTargetGroups', {}), {
      TargetGroups: [],
    }),
    orEmpty(awsCall<{ MetricAlarms: FleetSnapshot['alarms'] }>(cloudwatch, 'DescribeAlarms', {}), { MetricAlarms: [] }),
    orEmpty(awsCall<FleetSnapshot['simulation']>(faults, 'DescribeFleetSimulation', {}), {
      Faults: [],
      TrafficRules: '',
      TrafficSources: [],
    }),
  ]);
  const targetGroups = await Promise.all(
    tgs.TargetGroups.map(async (tg) => ({
      ...tg,
      targets: (
        await orEmpty(
          awsCall<{ TargetHealthDescriptions: TargetGroup['targets'] }>(elb, 'DescribeTargetHealth', {
            TargetGroupArn: tg.TargetGroupArn,
          }),
          { TargetHealthDescriptions: [] },
        )
      ).TargetHealthDescriptions,
    })),
  );
  const functionNames = [
    ...new Set(
      simulation.TrafficSources.filter((t) => t.Kind === 'lambda-alias')
        .map((t) => functionOfAlias(t.EntryPoint))
        .filter((n): n is string => !!n),
    ),
  ];
  const lambdaFunctions = await Promise.all(
    functionNames.map(async (name) => {
      const [versions, aliases] = await Promise.all([
        orEmpty(
          awsCall<{ Versions: FleetSnapshot['lambdaFunctions'][number]['versions'] }>(
            lambda,
            'ListVersionsByFunction',
            { FunctionName: name },
          ),
          { Versions: [] },
        ),
        orEmpty(
          awsCall<{ Aliases: FleetSnapshot['lambdaFunctions'][number]['aliases'] }>(lambda, 'ListAliases', {
            FunctionName: name,
          }),
          { Aliases: [] },
        ),
      ]);
      return { name, versions: versions.Versions.filter((v) => v.Version !== '$LATEST'), aliases: aliases.Aliases };
    }),
  );
  const serviceArns = await orEmpty(awsCall<{ serviceArns: string[] }>(ecs, 'ListServices', {}), { serviceArns: [] });
  const services =
    serviceArns.serviceArns.length > 0
      ? await orEmpty(
          awsCall<{ services: FleetSnapshot['ecsServices'] }>(ecs, 'DescribeServices', {
            services: serviceArns.serviceArns,
          }),
          { services: [] },
        )
      : { services: [] };
  return {
    instances: (instances.Reservations ?? []).flatMap((r) => r.Instances),
    autoScalingGroups: asgs.AutoScalingGroups,
    loadBalancers: lbs.LoadBalancers,
    listeners: listeners.Listeners,
    targetGroups,
    lambdaFunctions,
    ecsServices: services.services,
    alarms: alarms.MetricAlarms,
    simulation,
  };
}

const fleetKey = [...codedeployKeys.all, 'fleet'] as const;

/** The whole fleet, read again whenever the simulation reports something (the event stream). */
export function useFleet() {
  const queryClient = useQueryClient();
  const eventCount = useEngineState((s) => s.events.length);
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: fleetKey });
  }, [eventCount, queryClient]);
  return useQuery({ queryKey: fleetKey, queryFn: readFleet });
}

/** Runs a fault operation (fleet or CodeDeploy simulator) and rereads the fleet. */
export function useFault() {
  const queryClient = useQueryClient();
  return async (operation: string, input: object, service: 'fleet' | 'codedeploy' | 'ec2' = 'fleet') => {
    const endpoint = service === 'fleet' ? faults : service === 'ec2' ? ec2 : codedeploy;
    const out = await awsCall<{ explanation?: string }>(endpoint, operation, input);
    await queryClient.invalidateQueries({ queryKey: codedeployKeys.all });
    return out;
  };
}
