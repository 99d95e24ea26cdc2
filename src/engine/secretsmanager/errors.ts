import { AwsError } from '../core/aws-error';

/** Secrets Manager's errors, with the service's own messages. */
export const secretsErrors = {
  notFound: () => new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret."),
  stageNotFound: (stage: string) =>
    new AwsError(
      'ResourceNotFoundException',
      `Secrets Manager can't find the specified secret value for staging label: ${stage}`,
    ),
  versionNotFound: (id: string) =>
    new AwsError(
      'ResourceNotFoundException',
      `Secrets Manager can't find the specified secret value for VersionId: ${id}`,
    ),
  exists: (name: string) =>
    new AwsError('ResourceExistsException', `The operation failed because the secret ${name} already exists.`),
  scheduledForDeletion: () =>
    new AwsError(
      'InvalidRequestException',
      "You can't perform this operation on the secret because it was marked for deletion.",
    ),
  createWhileDeleting: () =>
    new AwsError(
      'InvalidRequestException',
      "You can't create this secret because a secret with this name is already scheduled for deletion.",
    ),
  invalidParameter: (message: string) => new AwsError('InvalidParameterException', message),
  invalidRequest: (message: string) => new AwsError('InvalidRequestException', message),
  validation: (value: string, path: string, constraint: string) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${value}' at '${path}' failed to satisfy constraint: ${constraint}`,
    ),
  invalidNextToken: () => new AwsError('InvalidNextTokenException', 'The nextToken value is invalid.'),
} as const;
