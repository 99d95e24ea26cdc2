import { AwsApiError } from '../api/aws-call';

/** `RepositoryNameExistsException: Repository named x already exists`; the service's words, as sent. */
export function errorText(error: unknown): string {
  if (error instanceof AwsApiError) return `${error.type}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

const NOT_FOUND = /DoesNotExist|NotFound/;

/** Whether the service said the thing asked for is not there (as opposed to a failure). */
export const isNotFound = (error: unknown) => error instanceof AwsApiError && NOT_FOUND.test(error.type);
