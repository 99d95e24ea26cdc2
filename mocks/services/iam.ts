import type { ServiceApi } from '../protocol/service';

/**
 * IAM's real wire protocol is AWS Query (form-encoded requests, XML answers), which the simulator
 * does not model: its IAM is served in JSON 1.1 form with the real operation and field names
 * (docs/identity.md).
 */
export const iamApi: ServiceApi = {
  service: 'iam',
  endpointPrefix: 'iam',
  targetPrefix: 'IAMSimulator_20100508',
  operations: ['ListUsers', 'ListRoles'],
};
