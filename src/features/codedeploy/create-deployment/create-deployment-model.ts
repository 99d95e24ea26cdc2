import type { CreateDeploymentInput } from '../../../api/codedeploy/create-deployment';
import type { AutoRollbackEvent, ComputePlatform, RevisionInfo } from '../../../api/codedeploy/control-types';
import { emptyRevisionForm, toRevisionLocation, type RevisionForm } from '../shared/revision-form-model';

export interface CreateDeploymentForm {
  applicationName: string;
  deploymentGroupName: string;
  revision: RevisionForm;
  /** Empty = the deployment group's configuration. */
  deploymentConfigName: string;
  description: string;
  ignoreApplicationStopFailures: boolean;
  /** Whether this deployment's rollback settings replace the group's. */
  overrideRollback: boolean;
  rollbackEnabled: boolean;
  rollbackEvents: AutoRollbackEvent[];
  fileExistsBehavior: 'DISALLOW' | 'OVERWRITE' | 'RETAIN';
}

export const emptyCreateDeploymentForm = (
  applicationName: string,
  deploymentGroupName: string,
  platform: ComputePlatform,
  registeredRevisions: number,
): CreateDeploymentForm => ({
  applicationName,
  deploymentGroupName,
  revision: emptyRevisionForm(platform, registeredRevisions),
  deploymentConfigName: '',
  description: '',
  ignoreApplicationStopFailures: false,
  overrideRollback: false,
  rollbackEnabled: true,
  rollbackEvents: ['DEPLOYMENT_FAILURE'],
  fileExistsBehavior: 'DISALLOW',
});

/** CreateDeployment's input; EC2-only options are left out for Lambda and ECS, as the console does. */
export function toCreateDeploymentInput(
  form: CreateDeploymentForm,
  platform: ComputePlatform,
  registered: readonly RevisionInfo[],
): CreateDeploymentInput {
  const revision = toRevisionLocation(form.revision, registered);
  return {
    applicationName: form.applicationName,
    deploymentGroupName: form.deploymentGroupName,
    ...(revision && { revision }),
    ...(form.deploymentConfigName && { deploymentConfigName: form.deploymentConfigName }),
    ...(form.description && { description: form.description }),
    ...(platform === 'Server' && {
      ignoreApplicationStopFailures: form.ignoreApplicationStopFailures,
      fileExistsBehavior: form.fileExistsBehavior,
    }),
    ...(form.overrideRollback && {
      autoRollbackConfiguration: {
        enabled: form.rollbackEnabled,
        events: form.rollbackEnabled ? form.rollbackEvents : [],
      },
    }),
  };
}
