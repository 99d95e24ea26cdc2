import { AwsError } from '../core/aws-error';

/**
 * CodeGuru Profiler's errors. The service has few exception types (ValidationException, ResourceNotFoundException,
 * ConflictException, ServiceQuotaExceededException); validation messages follow the AWS wording
 * (`1 validation error detected: ...`). `CODEGURU_PROFILER_ERROR_EXPLANATIONS` says what each means.
 */
const validation = (message: string) => new AwsError('ValidationException', message, 400);

export const profilerErrors = {
  constraint: (value: unknown, member: string, constraint: string) =>
    validation(
      `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`,
    ),
  required: (member: string) =>
    validation(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    ),
  invalid: (message: string) => validation(message),
  notFound: (name: string) =>
    new AwsError('ResourceNotFoundException', `Profiling group with name ${name} not found.`, 404),
  noProfile: (name: string, range: string) =>
    new AwsError('ResourceNotFoundException', `No aggregated profile found for profiling group ${name} ${range}.`, 404),
  exists: (name: string) => new AwsError('ConflictException', `Profiling group with name ${name} already exists.`, 409),
  computePlatformChange: () =>
    new AwsError('ConflictException', 'The compute platform of a profiling group cannot be changed.', 409),
  quota: (limit: number) =>
    new AwsError(
      'ServiceQuotaExceededException',
      `You have exceeded your service quota. This account already has ${limit} profiling groups (the quota).`,
      402,
    ),
  /** The agent refuses a reporting interval shorter than the minimum reporting time (its own message). */
  reportingInterval: (minimum: string, got: string) =>
    validation(`Configuration issue: reporting_interval cannot be smaller than ${minimum} (got ${got})`),
};

export const CODEGURU_PROFILER_ERROR_EXPLANATIONS: Readonly<Record<string, string>> = {
  ValidationException:
    'A value is outside what the service (or the agent) accepts; the message names the member and the rule.',
  ResourceNotFoundException:
    'There is no such profiling group in this account and Region, or no profile for that time yet (the agent reports every 5 minutes and a profile becomes visible about 15 minutes later).',
  ConflictException: 'A profiling group with that name already exists, or the change conflicts with its current state.',
  ServiceQuotaExceededException: 'An account can have at most 50 profiling groups: delete one before creating another.',
};
