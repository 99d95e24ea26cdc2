import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { invalidateFleet } from './invalidate-fleet';
import { ec2 } from './service';
import type { InstanceStateChange } from './types';

export const terminateInstances = async (instanceIds: string[]) =>
  (
    await awsCall<{ TerminatingInstances: InstanceStateChange[] }>(ec2, 'TerminateInstances', {
      InstanceIds: instanceIds,
    })
  ).TerminatingInstances;

export function useTerminateInstances() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: terminateInstances,
    onSuccess: () => invalidateFleet(queryClient),
  });
}
