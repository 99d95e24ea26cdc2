import type { ServiceModule } from '../core/simulation';
import {
  CreateSecret,
  DeleteSecret,
  DescribeSecret,
  GetSecretValue,
  ListSecrets,
  PURGE_TIMER,
  PutSecretValue,
  RestoreSecret,
  UpdateSecret,
  purgeSecret,
} from './operations';

/** Secrets Manager: the values a build's `secrets-manager` variables read. */
export const secretsmanager: ServiceModule = {
  service: 'secretsmanager',
  operations: {
    CreateSecret,
    GetSecretValue,
    PutSecretValue,
    UpdateSecret,
    DescribeSecret,
    ListSecrets,
    DeleteSecret,
    RestoreSecret,
  },
  timers: { [PURGE_TIMER]: purgeSecret },
};
