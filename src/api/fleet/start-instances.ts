import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { invalidateFleet } from './invalidate-fleet';
import { ec2 } from './service';
import type { InstanceStateChange } from './types';

export const startInstances = async (instanceIds: string[]) =>
  (await awsCall<{ StartingInstances: InstanceStateChange[] }>(ec2, 'StartInstances', { InstanceIds: instanceIds }))
    .StartingInstances;

export function useStartInstances() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startInstances,
    onSuccess: () => invalidateFleet(queryClient),
  });
}
