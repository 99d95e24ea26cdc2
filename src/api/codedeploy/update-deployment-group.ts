import { awsCall } from '../aws-call';
import type { DeploymentGroupInput } from './control-types';
import { codedeploy } from './service';

/** UpdateDeploymentGroup names the group it changes `currentDeploymentGroupName`; a new name renames it. */
export const updateDeploymentGroup = (currentDeploymentGroupName: string, input: DeploymentGroupInput) => {
  const { deploymentGroupName, ...rest } = input;
  return awsCall<{ hooksNotCleanedUp?: unknown[] }>(codedeploy, 'UpdateDeploymentGroup', {
    ...rest,
    currentDeploymentGroupName,
    ...(deploymentGroupName !== currentDeploymentGroupName && { newDeploymentGroupName: deploymentGroupName }),
  });
};
