import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { invalidateFleet } from './invalidate-fleet';
import { fleetKeys } from './keys';
import { fleetSimulator } from './service';
import type { FleetSimulation } from './types';

/**
 * The fleet's fault operations (simulator-only, docs/fleet.md). They share one shape, so one
 * call covers them; `DescribeFleetSimulation` lists each with the explanation the panel shows.
 */
export type FaultInput =
  | { operation: 'StopCodeDeployAgent' | 'StartCodeDeployAgent'; InstanceIds: string[] }
  | { operation: 'UninstallCodeDeployAgent' | 'InstallCodeDeployAgent'; InstanceIds: string[] }
  | { operation: 'SetClockSkew'; InstanceIds: string[]; Seconds: number }
  | { operation: 'RevokeInstanceProfileS3Read' | 'RestoreInstanceProfileS3Read'; InstanceIds: string[]; Bucket: string }
  | {
      operation: 'SetRevisionProfile';
      Behaviour: 'BAD' | 'GOOD';
      RevisionKey?: string;
      FunctionName?: string;
      Version?: string;
      TaskDefinition?: string;
      ErrorRate?: number;
      LatencyMs?: number;
    }
  | { operation: 'HoldAlarmState'; AlarmName: string; StateValue: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA' }
  | { operation: 'ReleaseAlarmState'; AlarmName: string }
  | { operation: 'SetBucketRegion'; Bucket: string; Region: string }
  | { operation: 'SetTrafficRate'; TrafficSourceId: string; RequestsPerSecond: number };

export const injectFault = ({ operation, ...input }: FaultInput) => awsCall<object>(fleetSimulator, operation, input);

export function useInjectFault() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: injectFault, onSuccess: () => invalidateFleet(queryClient) });
}

export const describeFleetSimulation = () => awsCall<FleetSimulation>(fleetSimulator, 'DescribeFleetSimulation');

/** Traffic splits move with deployments (CodeDeploy events), so this polls while shown. */
export const describeFleetSimulationQueryOptions = () =>
  queryOptions({ queryKey: fleetKeys.simulation(), queryFn: describeFleetSimulation, refetchInterval: 2000 });

export const useFleetSimulation = () => useQuery(describeFleetSimulationQueryOptions());
