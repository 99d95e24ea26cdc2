import { useFleet } from '../../../api/fleet/describe-fleet';
import { NO_FLEET, type FleetOptions } from './fleet-options';

/** The fleet's names for the deployment group form's pickers and its "N instances match" preview. */
export function useFleetOptions(): FleetOptions {
  const fleet = useFleet().data;
  if (!fleet) return NO_FLEET;
  const lbName = new Map(fleet.loadBalancers.map((lb) => [lb.LoadBalancerArn, lb.LoadBalancerName]));
  return {
    instances: fleet.instances.map((i) => ({
      instanceId: i.InstanceId,
      state: i.State.Name,
      tags: Object.fromEntries(i.Tags.map((t) => [t.Key, t.Value])),
      ...(i.SimulatorState.AutoScalingGroupName && { autoScalingGroupName: i.SimulatorState.AutoScalingGroupName }),
    })),
    autoScalingGroups: fleet.autoScalingGroups.map((g) => g.AutoScalingGroupName),
    targetGroups: fleet.targetGroups.map((t) => t.TargetGroupName),
    listeners: fleet.listeners.map(
      (l) => [l.ListenerArn, `${lbName.get(l.LoadBalancerArn) ?? 'load balancer'} ${l.Protocol}:${l.Port}`] as const,
    ),
    ecsServices: fleet.ecsServices.map((s) => ({
      clusterName: s.clusterArn.split('/').pop() ?? 'default',
      serviceName: s.serviceName,
    })),
    alarms: fleet.alarms.map((a) => a.AlarmName),
  };
}
