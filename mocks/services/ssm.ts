import type { ServiceApi } from '../protocol/service';

export const ssmApi: ServiceApi = {
  service: 'ssm',
  endpointPrefix: 'ssm',
  targetPrefix: 'AmazonSSM',
  operations: [
    'PutParameter',
    'GetParameter',
    'GetParameters',
    'GetParametersByPath',
    'DescribeParameters',
    'GetParameterHistory',
    'LabelParameterVersion',
    'DeleteParameter',
    'DeleteParameters',
  ],
};
