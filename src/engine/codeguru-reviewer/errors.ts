import { AwsError } from '../core/aws-error';

/**
 * CodeGuru Reviewer's errors, with the HTTP statuses of its model: ValidationException 400, AccessDeniedException
 * 403, NotFoundException and ResourceNotFoundException 404 (the first for repository associations, the second for
 * code reviews and recommendations), ConflictException 409. Validation messages use the wording AWS's request
 * validation gives (`1 validation error detected: Value ... at '...' failed to satisfy constraint: ...`).
 */
export const reviewerErrors = {
  validation: (message: string) => new AwsError('ValidationException', message, 400),
  constraint: (value: unknown, at: string, constraint: string) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value ${value === undefined ? 'null' : `'${String(value)}'`} at '${at}' failed to satisfy constraint: ${constraint}`,
      400,
    ),
  associationNotFound: (arn: string) =>
    new AwsError('NotFoundException', `The repository association ${arn} was not found.`, 404),
  codeReviewNotFound: (arn: string) =>
    new AwsError('ResourceNotFoundException', `The code review ${arn} was not found.`, 404),
  recommendationNotFound: (id: string, arn: string) =>
    new AwsError('ResourceNotFoundException', `The recommendation ${id} was not found in code review ${arn}.`, 404),
  feedbackNotFound: (id: string, user: string) =>
    new AwsError('ResourceNotFoundException', `No feedback from ${user} was found for recommendation ${id}.`, 404),
  alreadyAssociated: (name: string, arn: string) =>
    new AwsError(
      'ConflictException',
      `The repository ${name} is already associated with CodeGuru Reviewer (${arn}). Disassociate it before you associate it again.`,
      409,
    ),
  notDisassociable: (arn: string, state: string) =>
    new AwsError(
      'ConflictException',
      `The repository association ${arn} is in the ${state} state. Only an Associated repository can be disassociated.`,
      409,
    ),
  notAssociated: (arn: string, state: string) =>
    new AwsError(
      'ValidationException',
      `The repository association ${arn} is in the ${state} state. A code review can be created only for an Associated repository.`,
      400,
    ),
  codeReviewExists: (name: string) =>
    new AwsError(
      'ConflictException',
      `A code review named ${name} already exists for this repository association. Choose another name.`,
      409,
    ),
  invalidNextToken: (token: string) =>
    new AwsError(
      'ValidationException',
      `The NextToken ${token} is not valid; use the NextToken of a previous answer.`,
      400,
    ),
};

/** What each error means and how to get past it, for the console to show beside AWS's message. */
export const REVIEWER_ERROR_EXPLANATIONS: Record<string, string> = {
  ValidationException: 'A field of the request is missing or has a value the service does not accept.',
  NotFoundException: 'No repository association has that ARN in this account and Region.',
  ResourceNotFoundException: 'No code review or recommendation has that ARN or ID.',
  ConflictException: 'The resource is not in a state that allows this request, or it already exists.',
};
