import { AwsError } from '../core/aws-error';

/**
 * CodeBuild's errors. CodeBuild answers every malformed request with `InvalidInputException`; model constraints
 * use the AWS validation wording, the service's own checks its short sentences.
 */
export const codebuildErrors = {
  constraint: (value: unknown, path: string, constraint: string) =>
    new AwsError(
      'InvalidInputException',
      `1 validation error detected: Value '${value === undefined ? 'null' : typeof value === 'string' ? value : JSON.stringify(value)}' at '${path}' failed to satisfy constraint: ${constraint}`,
    ),
  required: (path: string) =>
    new AwsError(
      'InvalidInputException',
      `1 validation error detected: Value null at '${path}' failed to satisfy constraint: Member must not be null`,
    ),
  invalidInput: (message: string) => new AwsError('InvalidInputException', message),
  projectExists: (arn: string) => new AwsError('ResourceAlreadyExistsException', `Project already exists: ${arn}`),
  projectNotFound: (arn: string) => new AwsError('ResourceNotFoundException', `Project cannot be found: ${arn}`),
  buildNotFound: (id: string) => new AwsError('ResourceNotFoundException', `Build cannot be found: ${id}`),
  reportGroupNotFound: (arn: string) =>
    new AwsError('ResourceNotFoundException', `Report group cannot be found: ${arn}`),
  reportNotFound: (arn: string) => new AwsError('ResourceNotFoundException', `Report cannot be found: ${arn}`),
  reportGroupExists: (arn: string) =>
    new AwsError('ResourceAlreadyExistsException', `Report group already exists: ${arn}`),
  webhookExists: (name: string) =>
    new AwsError('ResourceAlreadyExistsException', `Webhook already exists for project ${name}`),
  webhookNotFound: (name: string) =>
    new AwsError('ResourceNotFoundException', `Webhook does not exist for project ${name}`),
  projectLimit: (limit: number) =>
    new AwsError('AccountLimitExceededException', `Cannot have more than ${limit} projects for the account`),
  accountBuildLimit: (limit: number) =>
    new AwsError('AccountLimitExceededException', `Cannot have more than ${limit} active builds for the account`),
  projectBuildLimit: (limit: number) =>
    new AwsError('AccountLimitExceededException', `Cannot have more than ${limit} active builds for the project`),
  reportGroupLimit: (limit: number) =>
    new AwsError('AccountLimitExceededException', `Cannot have more than ${limit} report groups for the account`),
  invalidNextToken: () => new AwsError('InvalidInputException', 'Invalid next token'),
} as const;
