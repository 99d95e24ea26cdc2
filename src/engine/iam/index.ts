import type { ServiceModule } from '../core/simulation';
import { ListRoles, ListUsers } from './operations';

/**
 * IAM as the console needs it: who can act in the account. Served in JSON 1.1 form (see
 * docs/identity.md); the principals and their policies come from the scenario.
 */
export const iam: ServiceModule = {
  service: 'iam',
  operations: { ListUsers, ListRoles },
};
