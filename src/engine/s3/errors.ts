import { AwsError } from '../core/aws-error';

/** Amazon S3's errors, with the service's own codes, messages and HTTP statuses. */
export const s3Errors = {
  noSuchBucket: () => new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404),
  noSuchKey: () => new AwsError('NoSuchKey', 'The specified key does not exist.', 404),
  invalidArgument: (message: string) => new AwsError('InvalidArgument', message, 400),
  invalidToken: () => new AwsError('InvalidArgument', 'The continuation token provided is incorrect', 400),
} as const;
