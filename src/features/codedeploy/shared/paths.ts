/** Console paths of the Deploy area; names may contain `+=,@`, so each part is encoded. */
const e = encodeURIComponent;

export const codedeployHome = () => '/codedeploy';
export const applicationPath = (name: string) => `/codedeploy/applications/${e(name)}`;
export const createGroupPath = (application: string) => `${applicationPath(application)}/create-group`;
export const groupPath = (application: string, group: string) => `${applicationPath(application)}/groups/${e(group)}`;
export const editGroupPath = (application: string, group: string) => `${groupPath(application, group)}/edit`;
export const createDeploymentPath = (application: string, group?: string) =>
  `${applicationPath(application)}/create-deployment${group ? `?group=${e(group)}` : ''}`;
export const deploymentPath = (id: string) => `/codedeploy/deployments/${e(id)}`;
export const configsPath = () => '/codedeploy/deployment-configs';
export const fleetPath = (tab?: 'faults') => `/codedeploy/fleet${tab ? `?tab=${tab}` : ''}`;
export const simulationPath = () => '/codedeploy/simulation';
