import { getOwn } from '../../core/records';
import type { SimContext } from '../../core/simulation';
import type { AwsError } from '../../core/aws-error';
import { codedeployErrors as errors } from '../errors';
import type { Application, DeploymentGroup } from '../state';

/** Application, deployment group and configuration names: 1-100 of `[A-Za-z0-9._+=,@-]` (aws-facts §3.11). */
export const isValidName = (name: string) => /^[A-Za-z0-9._+=,@-]{1,100}$/.test(name);

export const APPLICATION_LIMIT = 1000;
export const DEPLOYMENT_GROUP_LIMIT = 1000;
export const DEPLOYMENT_CONFIG_LIMIT = 200;
export const BATCH_LIMIT = 100;
const PAGE_SIZE = 100;

/** A name field: missing is the operation's `...RequiredException`, malformed its `Invalid...NameException`. */
export function readName(
  input: Record<string, unknown>,
  field: string,
  missing: () => AwsError,
  invalid: (name: string) => AwsError,
): string {
  const value = input[field];
  if (value === undefined || value === null || value === '') throw missing();
  if (typeof value !== 'string' || !isValidName(value)) throw invalid(String(value));
  return value;
}

export const readApplicationName = (input: Record<string, unknown>, field = 'applicationName') =>
  readName(input, field, errors.applicationNameRequired, errors.invalidApplicationName);

export const readDeploymentGroupName = (input: Record<string, unknown>, field = 'deploymentGroupName') =>
  readName(input, field, errors.deploymentGroupNameRequired, errors.invalidDeploymentGroupName);

export function requireApplication(ctx: SimContext, input: Record<string, unknown>): Application {
  const name = readApplicationName(input);
  const application = getOwn(ctx.world.account.codedeploy.applications, name);
  if (!application) throw errors.applicationNotFound(name);
  return application;
}

export const groupKey = (applicationName: string, deploymentGroupName: string) =>
  `${applicationName}/${deploymentGroupName}`;

export function findDeploymentGroup(
  ctx: SimContext,
  applicationName: string,
  deploymentGroupName: string,
): DeploymentGroup | undefined {
  return getOwn(ctx.world.account.codedeploy.deploymentGroups, groupKey(applicationName, deploymentGroupName));
}

/** The groups of one application, by name. */
export function groupsOf(ctx: SimContext, applicationName: string): DeploymentGroup[] {
  return Object.values(ctx.world.account.codedeploy.deploymentGroups)
    .filter((g) => g.applicationName === applicationName)
    .sort((a, b) => compareNames(a.deploymentGroupName, b.deploymentGroupName));
}

export const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A list of names for a batch call: at most 100. */
export function nameList(input: Record<string, unknown>, field: string, missing: () => AwsError): string[] {
  const value = input[field];
  if (value === undefined || value === null) throw missing();
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw errors.invalidInput(`${field} must be a list of names`);
  }
  if (value.length > BATCH_LIMIT) throw errors.batchLimit();
  return value as string[];
}

/** Pages of 100 with an opaque numeric token. */
export function page<T>(items: readonly T[], token: unknown): { items: T[]; nextToken?: string } {
  let start = 0;
  if (token !== undefined && token !== null) {
    start = Number(token);
    if (typeof token !== 'string' || !Number.isSafeInteger(start) || start < 0) throw errors.invalidNextToken();
  }
  const slice = items.slice(start, start + PAGE_SIZE);
  return start + PAGE_SIZE < items.length ? { items: slice, nextToken: String(start + PAGE_SIZE) } : { items: slice };
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An optional description: at most 256 characters. */
export function readDescription(input: Record<string, unknown>): string | undefined {
  const value = input.description;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw errors.invalidInput('description must be a string');
  if (value.length > 256) throw errors.descriptionTooLong();
  return value;
}
