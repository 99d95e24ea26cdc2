import type { ServiceEndpoint } from '../aws-call';

export const codedeploy: ServiceEndpoint = { endpointPrefix: 'codedeploy', targetPrefix: 'CodeDeploy_20141006' };
