import type { ServiceEndpoint } from '../aws-call';

export const codecommit: ServiceEndpoint = { endpointPrefix: 'codecommit', targetPrefix: 'CodeCommit_20150413' };

/** JSON 1.1 timestamps are epoch seconds. */
export const fromEpochSeconds = (s: number) => new Date(s * 1000);
