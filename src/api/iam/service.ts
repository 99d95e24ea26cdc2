import type { ServiceEndpoint } from '../aws-call';

/** IAM in the JSON 1.1 form the simulator serves it in (docs/identity.md). */
export const iam: ServiceEndpoint = { endpointPrefix: 'iam', targetPrefix: 'IAMSimulator_20100508' };
