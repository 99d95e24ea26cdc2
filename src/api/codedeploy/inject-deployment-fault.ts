import { awsCall } from '../aws-call';
import { codedeploySimulator } from './service';

export interface InjectDeploymentFaultInput {
  lifecycleEventName: string;
  effect: 'fail' | 'hang';
  /** Only this application's next deployment; any application's when left out. */
  applicationName?: string;
}

/** Arms a lifecycle event to fail or hang on every target of the next deployment (simulator-only). */
export const injectDeploymentFault = (input: InjectDeploymentFaultInput) =>
  awsCall<{ explanation: string }>(codedeploySimulator, 'InjectDeploymentFault', input);
