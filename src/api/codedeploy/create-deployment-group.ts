import { awsCall } from '../aws-call';
import type { DeploymentGroupInput } from './control-types';
import { codedeploy } from './service';

export const createDeploymentGroup = (input: DeploymentGroupInput) =>
  awsCall<{ deploymentGroupId: string }>(codedeploy, 'CreateDeploymentGroup', input);
