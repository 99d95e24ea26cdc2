import { AwsError } from '../core/aws-error';

/** Systems Manager's errors. `ParameterNotFound` really does come back with an empty message. */
export const ssmErrors = {
  validation: (message: string) => new AwsError('ValidationException', message),
  constraint: (value: string, path: string, constraint: string) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${value}' at '${path}' failed to satisfy constraint: ${constraint}`,
    ),
  parameterNotFound: () => new AwsError('ParameterNotFound', ''),
  parameterVersionNotFound: (name: string, version: string) =>
    new AwsError(
      'ParameterVersionNotFound',
      `Systems Manager could not find version ${version} of ${name}. Verify the version and try again.`,
    ),
  alreadyExists: () =>
    new AwsError(
      'ParameterAlreadyExists',
      'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
    ),
  patternMismatch: (pattern: string) =>
    new AwsError(
      'ParameterPatternMismatchException',
      `Parameter value, cannot be validated against allowedPattern: ${pattern}`,
    ),
  parameterLimit: () =>
    new AwsError(
      'ParameterLimitExceeded',
      'You have exceeded the number of parameters for this AWS account. Delete unnecessary parameters and try again.',
    ),
  invalidNextToken: () => new AwsError('InvalidNextToken', 'The specified token is not valid.'),
  unsupportedType: (type: string) =>
    new AwsError('UnsupportedParameterType', `The parameter type ${type} is not supported.`),
  hierarchyTypeMismatch: () =>
    new AwsError(
      'HierarchyTypeMismatchException',
      "Parameter Store does not support changing a parameter type in a hierarchy. For example, you can't change a parameter from a String type to a SecureString type. You must create a new, unique parameter.",
    ),
} as const;
