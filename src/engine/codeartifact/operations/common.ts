import { AwsError } from '../../core/aws-error';
import type { SimContext } from '../../core/simulation';
import type { SimMillis } from '../../core/time';
import type { World } from '../../world';
import { codeartifactErrors as errors } from '../errors';
import { coordinates, findDomain, findRepository, type PackageCoordinates } from '../packages';
import { checkRepositoryAccess } from '../resolution';
import { PACKAGE_FORMATS, type Domain, type PackageFormat, type Repository } from '../state';

/** Domain names: 2-50 characters, lower-case letters, digits and hyphens, starting with a letter (aws-facts §5.1). */
export const DOMAIN_NAME = /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/;
/** Repository names: 2-100 characters, letters, digits, `.`, `_` and `-`, not starting with punctuation. */
export const REPOSITORY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/;
export const DOMAIN_LIMIT = 10;
export const UPSTREAM_LIMIT = 10;

/** REST-JSON timestamps travel as epoch seconds. */
export const epochSeconds = (world: World, t: SimMillis) => (world.startEpochMs + t) / 1000;

export function optionalText(input: Record<string, unknown>, member: string): string | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new AwsError('SerializationException', `Field ${member} must be a string.`);
  return value;
}

export function requiredText(input: Record<string, unknown>, member: string): string {
  const value = optionalText(input, member);
  if (value === undefined || value === '') throw errors.required(member);
  return value;
}

export function readDomainName(input: Record<string, unknown>, member = 'domain'): string {
  const value = requiredText(input, member);
  if (value.length < 2 || value.length > 50) throw errors.length(member, value, 2, 50);
  if (!DOMAIN_NAME.test(value)) throw errors.pattern(member, value, DOMAIN_NAME.source.slice(1, -1));
  return value;
}

export function readRepositoryName(input: Record<string, unknown>, member = 'repository'): string {
  const value = requiredText(input, member);
  if (value.length < 2 || value.length > 100) throw errors.length(member, value, 2, 100);
  if (!REPOSITORY_NAME.test(value)) throw errors.pattern(member, value, REPOSITORY_NAME.source.slice(1, -1));
  return value;
}

export function readFormat(input: Record<string, unknown>, member = 'format'): PackageFormat {
  const value = requiredText(input, member);
  if (!(PACKAGE_FORMATS as readonly string[]).includes(value)) throw errors.enumValue(member, value, PACKAGE_FORMATS);
  return value as PackageFormat;
}

export function readEnum<T extends string>(
  input: Record<string, unknown>,
  member: string,
  allowed: readonly T[],
): T | undefined {
  const value = optionalText(input, member);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw errors.enumValue(member, value, allowed);
  return value as T;
}

/** The domain a request names (with `domainOwner`, which must be this account when given). */
export function requireDomain(ctx: SimContext, input: Record<string, unknown>): Domain {
  const name = readDomainName(input);
  const owner = optionalText(input, 'domainOwner') ?? ctx.world.account.accountId;
  const domain = findDomain(ctx.world, name);
  if (!domain || domain.owner !== owner) throw errors.domainNotFound(name, owner);
  return domain;
}

export function requireRepository(
  ctx: SimContext,
  input: Record<string, unknown>,
  member = 'repository',
): { domain: Domain; repository: Repository } {
  const domain = requireDomain(ctx, input);
  const name = readRepositoryName(input, member);
  const repository = findRepository(ctx.world, domain.name, name);
  if (!repository) throw errors.repositoryNotFound(name, domain.name, domain.owner);
  return { domain, repository };
}

/** A repository the caller reads packages of: its permissions policy must let the caller do `action`. */
export function requireReadableRepository(ctx: SimContext, input: Record<string, unknown>, action: string) {
  const found = requireRepository(ctx, input);
  checkRepositoryAccess(ctx.world, found.repository, ctx.caller, `codeartifact:${action}`);
  return found;
}

export function readPackage(input: Record<string, unknown>): PackageCoordinates {
  const format = readFormat(input);
  const name = requiredText(input, 'package');
  if (name.length > 255) throw errors.length('package', name, 1, 255);
  const namespace = optionalText(input, 'namespace');
  return coordinates(format, format === 'npm' ? namespace?.replace(/^@/, '') : namespace, name);
}

export function readStringList(input: Record<string, unknown>, member: string): string[] | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw new AwsError('SerializationException', `Field ${member} must be a list of strings.`);
  return value as string[];
}

/** Pages with an opaque numeric token; `maxResults` 1-1000 (default 100). */
export function page<T>(items: readonly T[], input: Record<string, unknown>): { items: T[]; nextToken?: string } {
  const max = input.maxResults;
  let size = 100;
  if (max !== undefined && max !== null) {
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 1000)
      throw errors.validation(
        `1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 1000, inclusive`,
      );
    size = max;
  }
  const token = input.nextToken;
  let start = 0;
  if (token !== undefined && token !== null) {
    start = Number(token);
    if (typeof token !== 'string' || !Number.isSafeInteger(start) || start < 0) throw errors.invalidToken();
  }
  const slice = items.slice(start, start + size);
  return start + size < items.length ? { items: slice, nextToken: String(start + size) } : { items: slice };
}

export const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function readTags(input: Record<string, unknown>, member = 'tags'): Record<string, string> {
  const value = input[member];
  if (value === undefined || value === null) return {};
  if (!Array.isArray(value)) throw new AwsError('SerializationException', `Field ${member} must be a list of tags.`);
  const tags: Record<string, string> = {};
  for (const [i, t] of value.entries()) {
    const tag = t as { key?: unknown; value?: unknown };
    if (typeof tag?.key !== 'string' || tag.key.length < 1 || tag.key.length > 128)
      throw errors.validation(`Tag at '${member}.${i + 1}.member.key' must be a string of 1-128 characters.`);
    if (typeof tag.value !== 'string' || tag.value.length > 256)
      throw errors.validation(`Tag at '${member}.${i + 1}.member.value' must be a string of 0-256 characters.`);
    Object.defineProperty(tags, tag.key, { value: tag.value, enumerable: true, writable: true, configurable: true });
  }
  if (Object.keys(tags).length > 50) throw errors.tooManyTags();
  return tags;
}

export const tagList = (tags: Record<string, string>) =>
  Object.entries(tags)
    .sort(([a], [b]) => compareNames(a, b))
    .map(([key, value]) => ({ key, value }));
