import { AwsError } from './aws-error';

/**
 * Reading fields of a wire request. A field of the wrong JSON type is what the real services
 * answer with `SerializationException`; a missing required one is each service's own
 * `...RequiredException`, so the caller passes that error in.
 */
function serializationError(field: string, expected: string): AwsError {
  return new AwsError('SerializationException', `Field ${field} must be ${expected}.`);
}

export function optionalString(input: Record<string, unknown>, field: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw serializationError(field, 'a string');
  return value;
}

export function requiredString(input: Record<string, unknown>, field: string, missing: () => AwsError): string {
  const value = optionalString(input, field);
  if (value === undefined || value === '') throw missing();
  return value;
}

export function optionalInteger(input: Record<string, unknown>, field: string): number | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw serializationError(field, 'an integer');
  return value;
}

export function optionalStringMap(input: Record<string, unknown>, field: string): Record<string, string> | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    throw serializationError(field, 'a map of strings');
  }
  return value as Record<string, string>;
}
