import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { invalidateFleet } from './invalidate-fleet';
import { ec2 } from './service';
import type { Instance } from './types';

export interface RunInstancesInput {
  MinCount: number;
  MaxCount: number;
  InstanceType?: string;
  TagSpecifications?: { ResourceType: 'instance'; Tags: { Key: string; Value: string }[] }[];
  IamInstanceProfile?: { Name: string };
  /** Simulator extension: the CodeDeploy agent and the buckets the instance profile may read. */
  SimulatorOptions?: { CodeDeployAgent?: 'running' | 'stopped' | 'not-installed'; S3ReadBuckets?: string[] };
}

export const runInstances = (input: RunInstancesInput) =>
  awsCall<{ ReservationId: string; Instances: Instance[] }>(ec2, 'RunInstances', input);

export function useRunInstances() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runInstances,
    onSuccess: () => invalidateFleet(queryClient),
  });
}
