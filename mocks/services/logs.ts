import type { ServiceApi } from '../protocol/service';

export const logsApi: ServiceApi = {
  service: 'logs',
  endpointPrefix: 'logs',
  targetPrefix: 'Logs_20140328',
  operations: [
    'CreateLogGroup',
    'DeleteLogGroup',
    'DescribeLogGroups',
    'PutRetentionPolicy',
    'CreateLogStream',
    'DeleteLogStream',
    'DescribeLogStreams',
    'PutLogEvents',
    'GetLogEvents',
    'FilterLogEvents',
  ],
};
