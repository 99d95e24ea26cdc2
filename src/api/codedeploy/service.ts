import type { ServiceEndpoint } from '../aws-call';

export const codedeploy: ServiceEndpoint = { endpointPrefix: 'codedeploy', targetPrefix: 'CodeDeploy_20141006' };

/** Simulator-only CodeDeploy operations (deployment faults), under their own target beside CodeDeploy's. */
export const codedeploySimulator: ServiceEndpoint = {
  endpointPrefix: 'codedeploy-simulator',
  targetPrefix: 'CICDLabDeploySimulator_20260101',
};
