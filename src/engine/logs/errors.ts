import { AwsError } from '../core/aws-error';

/** CloudWatch Logs' errors, with the service's own messages. */
export const logsErrors = {
  validation: (value: string, path: string, constraint: string) =>
    new AwsError(
      'InvalidParameterException',
      `1 validation error detected: Value '${value}' at '${path}' failed to satisfy constraint: ${constraint}`,
    ),
  invalidParameter: (message: string) => new AwsError('InvalidParameterException', message),
  groupNotFound: () => new AwsError('ResourceNotFoundException', 'The specified log group does not exist.'),
  streamNotFound: () => new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.'),
  groupExists: () => new AwsError('ResourceAlreadyExistsException', 'The specified log group already exists'),
  streamExists: () => new AwsError('ResourceAlreadyExistsException', 'The specified log stream already exists'),
  invalidToken: () => new AwsError('InvalidParameterException', 'The specified nextToken is invalid.'),
} as const;
