import type { ServiceEndpoint } from '../aws-call';

export const ssm: ServiceEndpoint = { endpointPrefix: 'ssm', targetPrefix: 'AmazonSSM' };
