import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useEvents } from '../simulation/hooks';
import { describeAlarms } from './describe-alarms';
import { describeAutoScalingGroups } from './describe-auto-scaling-groups';
import { describeInstances } from './describe-instances';
import { describeListeners } from './describe-listeners';
import { describeLoadBalancers } from './describe-load-balancers';
import { describeClusterServices } from './describe-services';
import { describeTargetGroups } from './describe-target-groups';
import { describeTargetHealth } from './describe-target-health';
import { fleetKeys } from './keys';
import { listAliases } from './list-aliases';
import { listVersionsByFunction } from './list-versions-by-function';
import { describeFleetSimulation } from './simulator-faults';
import type {
  AliasConfiguration,
  AutoScalingGroup,
  EcsService,
  FleetSimulation,
  FunctionConfiguration,
  Instance,
  Listener,
  LoadBalancer,
  MetricAlarm,
  TargetGroup,
  TargetHealthDescription,
} from './types';

export interface LambdaFunctionSnapshot {
  name: string;
  /** Published versions ($LATEST left out). */
  versions: FunctionConfiguration[];
  aliases: AliasConfiguration[];
}

/** Everything the fleet view shows, read together so one answer describes one moment. */
export interface FleetSnapshot {
  instances: Instance[];
  autoScalingGroups: AutoScalingGroup[];
  loadBalancers: LoadBalancer[];
  listeners: Listener[];
  targetGroups: (TargetGroup & { targets: TargetHealthDescription[] })[];
  /** The functions a traffic source calls through an alias. */
  lambdaFunctions: LambdaFunctionSnapshot[];
  /** The services of the clusters a traffic source calls into (ECS has no ListClusters here). */
  ecsServices: EcsService[];
  alarms: MetricAlarm[];
  simulation: FleetSimulation;
}

/** A read the fleet view can live without: an empty answer instead of a failed page. */
const orEmpty = <T>(call: Promise<T>, empty: T) => call.catch(() => empty);

const NO_SIMULATION: FleetSimulation = {
  Faults: [],
  TrafficRules: '',
  TrafficGenerator: { Awake: false, AwakeUntil: 0 },
  TrafficSources: [],
  RevisionProfiles: [],
};

const functionOfAlias = (aliasArn: string) => aliasArn.split(':')[6];
/** `arn:aws:ecs:<region>:<account>:service/<cluster>/<service>` */
const clusterOfService = (serviceArn: string) => serviceArn.split('/')[1];

const entryPointNames = (simulation: FleetSimulation, kind: string, nameOf: (arn: string) => string | undefined) => [
  ...new Set(
    simulation.TrafficSources.filter((t) => t.Kind === kind)
      .map((t) => nameOf(t.EntryPoint))
      .filter((n): n is string => !!n),
  ),
];

async function describeLambdaFunction(name: string): Promise<LambdaFunctionSnapshot> {
  const [versions, aliases] = await Promise.all([
    orEmpty(listVersionsByFunction(name), []),
    orEmpty(listAliases(name), []),
  ]);
  return { name, versions: versions.filter((v) => v.Version !== '$LATEST'), aliases };
}

export async function describeFleet(): Promise<FleetSnapshot> {
  const [instances, autoScalingGroups, loadBalancers, targetGroups, alarms, simulation] = await Promise.all([
    describeInstances(),
    orEmpty(describeAutoScalingGroups(), []),
    orEmpty(describeLoadBalancers(), []),
    orEmpty(describeTargetGroups(), []),
    orEmpty(describeAlarms(), []),
    orEmpty(describeFleetSimulation(), NO_SIMULATION),
  ]);
  const [listeners, targetHealth, lambdaFunctions, ecsServices] = await Promise.all([
    Promise.all(loadBalancers.map((lb) => orEmpty(describeListeners(lb.LoadBalancerArn), []))),
    Promise.all(targetGroups.map((tg) => orEmpty(describeTargetHealth(tg.TargetGroupArn), []))),
    Promise.all(entryPointNames(simulation, 'lambda-alias', functionOfAlias).map(describeLambdaFunction)),
    Promise.all(
      entryPointNames(simulation, 'ecs-service', clusterOfService).map((c) => orEmpty(describeClusterServices(c), [])),
    ),
  ]);
  return {
    instances,
    autoScalingGroups,
    loadBalancers,
    listeners: listeners.flat(),
    targetGroups: targetGroups.map((tg, i) => ({ ...tg, targets: targetHealth[i] ?? [] })),
    lambdaFunctions,
    ecsServices: ecsServices.flat(),
    alarms,
    simulation,
  };
}

export const describeFleetQueryOptions = () => queryOptions({ queryKey: fleetKeys.snapshot(), queryFn: describeFleet });

/**
 * The whole fleet, read again whenever the simulation reports anything: a deployment moves
 * revisions, target health and traffic without an event from the fleet's own services.
 */
export function useFleet() {
  const queryClient = useQueryClient();
  const events = useEvents();
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: fleetKeys.snapshot() });
  }, [events, queryClient]);
  return useQuery(describeFleetQueryOptions());
}
