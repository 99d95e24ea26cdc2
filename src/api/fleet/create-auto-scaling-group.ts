import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { invalidateFleet } from './invalidate-fleet';
import { autoscaling } from './service';

export interface CreateAutoScalingGroupInput {
  AutoScalingGroupName: string;
  MinSize: number;
  MaxSize: number;
  DesiredCapacity?: number;
  AvailabilityZones?: string[];
  TargetGroupARNs?: string[];
  Tags?: { Key: string; Value: string }[];
  /** Simulator extension, as for RunInstances. */
  SimulatorOptions?: { CodeDeployAgent?: 'running' | 'stopped' | 'not-installed'; S3ReadBuckets?: string[] };
}

export const createAutoScalingGroup = (input: CreateAutoScalingGroupInput) =>
  awsCall<object>(autoscaling, 'CreateAutoScalingGroup', input);

export function useCreateAutoScalingGroup() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createAutoScalingGroup, onSuccess: () => invalidateFleet(queryClient) });
}
