import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { invalidateFleet } from './invalidate-fleet';
import { ec2 } from './service';
import type { InstanceStateChange } from './types';

export const stopInstances = async (instanceIds: string[]) =>
  (await awsCall<{ StoppingInstances: InstanceStateChange[] }>(ec2, 'StopInstances', { InstanceIds: instanceIds }))
    .StoppingInstances;

export function useStopInstances() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: stopInstances,
    onSuccess: () => invalidateFleet(queryClient),
  });
}
