import type { ServiceApi } from '../protocol/service';

export const secretsmanagerApi: ServiceApi = {
  service: 'secretsmanager',
  endpointPrefix: 'secretsmanager',
  targetPrefix: 'secretsmanager',
  operations: [
    'CreateSecret',
    'GetSecretValue',
    'PutSecretValue',
    'UpdateSecret',
    'DescribeSecret',
    'ListSecrets',
    'DeleteSecret',
    'RestoreSecret',
  ],
};
