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
  ],
};
