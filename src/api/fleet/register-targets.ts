import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { invalidateFleet } from './invalidate-fleet';
import { elb } from './service';

export interface TargetsInput {
  targetGroupArn: string;
  targetIds: string[];
}

const input = ({ targetGroupArn, targetIds }: TargetsInput) => ({
  TargetGroupArn: targetGroupArn,
  Targets: targetIds.map((Id) => ({ Id })),
});

export const registerTargets = (targets: TargetsInput) => awsCall<object>(elb, 'RegisterTargets', input(targets));
export const deregisterTargets = (targets: TargetsInput) => awsCall<object>(elb, 'DeregisterTargets', input(targets));

export function useRegisterTargets() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: registerTargets, onSuccess: () => invalidateFleet(queryClient) });
}

export function useDeregisterTargets() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deregisterTargets, onSuccess: () => invalidateFleet(queryClient) });
}
