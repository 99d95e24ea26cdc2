import type { ServiceApi } from '../protocol/service';

export const codedeployApi: ServiceApi = {
  service: 'codedeploy',
  endpointPrefix: 'codedeploy',
  targetPrefix: 'CodeDeploy_20141006',
  operations: [
    'CreateApplication',
    'GetApplication',
    'BatchGetApplications',
    'ListApplications',
    'UpdateApplication',
    'DeleteApplication',
    'CreateDeploymentGroup',
    'GetDeploymentGroup',
    'BatchGetDeploymentGroups',
    'ListDeploymentGroups',
    'UpdateDeploymentGroup',
    'DeleteDeploymentGroup',
    'CreateDeploymentConfig',
    'GetDeploymentConfig',
    'ListDeploymentConfigs',
    'DeleteDeploymentConfig',
    'RegisterApplicationRevision',
    'GetApplicationRevision',
    'BatchGetApplicationRevisions',
    'ListApplicationRevisions',
    'CreateDeployment',
    'GetDeployment',
    'BatchGetDeployments',
    'ListDeployments',
    'StopDeployment',
    'ContinueDeployment',
    'ListDeploymentTargets',
    'BatchGetDeploymentTargets',
    'GetDeploymentTarget',
    'ListDeploymentInstances',
    'BatchGetDeploymentInstances',
    'GetDeploymentInstance',
    'PutLifecycleEventHookExecutionStatus',
  ],
};

/**
 * Deployment faults (docs/codedeploy-simulation.md) are not part of CodeDeploy's API, so they
 * get a target of their own rather than joining CodeDeploy_20141006.
 */
export const codedeploySimulatorApi: ServiceApi = {
  service: 'codedeploy',
  endpointPrefix: 'codedeploy-simulator',
  targetPrefix: 'CICDLabDeploySimulator_20260101',
  operations: ['InjectDeploymentFault'],
};
