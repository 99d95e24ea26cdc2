import type { ServiceEndpoint } from '../aws-call';

export const secretsmanager: ServiceEndpoint = { endpointPrefix: 'secretsmanager', targetPrefix: 'secretsmanager' };
