import type { ServiceEndpoint } from '../aws-call';

export const logs: ServiceEndpoint = { endpointPrefix: 'logs', targetPrefix: 'Logs_20140328' };
