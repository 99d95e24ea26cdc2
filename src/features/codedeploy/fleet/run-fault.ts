import { useMutation, useQueryClient } from '@tanstack/react-query';
import { injectDeploymentFault } from '../../../api/codedeploy/inject-deployment-fault';
import { invalidateFleet } from '../../../api/fleet/invalidate-fleet';
import { injectFault } from '../../../api/fleet/simulator-faults';
import { startInstances } from '../../../api/fleet/start-instances';
import { stopInstances } from '../../../api/fleet/stop-instances';
import type { FaultAction } from './fault-catalogue';

/** Sends a fault to the service that owns it; resolves to the service's explanation when it gives one. */
async function runFault(action: FaultAction): Promise<string | undefined> {
  switch (action.operation) {
    case 'StopInstances':
      await stopInstances(action.InstanceIds);
      return undefined;
    case 'StartInstances':
      await startInstances(action.InstanceIds);
      return undefined;
    case 'InjectDeploymentFault': {
      const { operation: _, ...input } = action;
      return (await injectDeploymentFault(input)).explanation;
    }
    default:
      await injectFault(action);
      return undefined;
  }
}

/** Applies or undoes a fault, then rereads the fleet it changed. */
export function useRunFault() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: runFault, onSuccess: () => invalidateFleet(queryClient) });
}
