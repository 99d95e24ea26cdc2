import type { ServiceModule } from '../core/simulation';
import { DEPLOYMENT_OPERATIONS, DEPLOYMENT_TIMERS, onAlarmStateChange } from './deployment';
import {
  BatchGetApplications,
  CreateApplication,
  DeleteApplication,
  GetApplication,
  ListApplications,
  UpdateApplication,
} from './operations/applications';
import {
  CreateDeploymentConfig,
  DeleteDeploymentConfig,
  GetDeploymentConfig,
  ListDeploymentConfigs,
} from './operations/deployment-configs';
import {
  BatchGetDeploymentGroups,
  CreateDeploymentGroup,
  DeleteDeploymentGroup,
  GetDeploymentGroup,
  ListDeploymentGroups,
  UpdateDeploymentGroup,
} from './operations/deployment-groups';
import {
  BatchGetApplicationRevisions,
  GetApplicationRevision,
  ListApplicationRevisions,
  RegisterApplicationRevision,
} from './operations/revisions';

/**
 * CodeDeploy: applications, deployment groups, deployment configurations and revisions (the control plane), and
 * deployments run on the simulated fleet (deployment/).
 */
export const codedeploy: ServiceModule = {
  service: 'codedeploy',
  operations: {
    CreateApplication,
    GetApplication,
    BatchGetApplications,
    ListApplications,
    UpdateApplication,
    DeleteApplication,
    CreateDeploymentGroup,
    GetDeploymentGroup,
    BatchGetDeploymentGroups,
    ListDeploymentGroups,
    UpdateDeploymentGroup,
    DeleteDeploymentGroup,
    CreateDeploymentConfig,
    GetDeploymentConfig,
    ListDeploymentConfigs,
    DeleteDeploymentConfig,
    RegisterApplicationRevision,
    GetApplicationRevision,
    BatchGetApplicationRevisions,
    ListApplicationRevisions,
    ...DEPLOYMENT_OPERATIONS,
  },
  timers: DEPLOYMENT_TIMERS,
  onEvent: onAlarmStateChange,
};
