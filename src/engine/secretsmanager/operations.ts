import { optionalInteger, optionalString, requiredString } from '../core/input';
import { deleteOwn, getOwn, setOwn } from '../core/records';
import { nextUint32 } from '../core/rng';
import type { Operation, SimContext } from '../core/simulation';
import { DAY, epochSecondsAt } from '../core/time';
import { secretsErrors as errors } from './errors';
import { findSecret, selectSecretVersion } from './public';
import type { Secret, SecretVersion } from './state';

export const PURGE_TIMER = 'secretsmanager.purge';
const NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const SUFFIX_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SECRET_LIMIT = 500_000;

function optionalBoolean(input: Record<string, unknown>, field: string): boolean | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw errors.invalidParameter(`Field ${field} must be a boolean.`);
  return value;
}

function stringList(input: Record<string, unknown>, field: string): string[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw errors.invalidParameter(`Field ${field} must be a list of strings.`);
  }
  return value as string[];
}

const at = (ctx: SimContext, t: number) => epochSecondsAt(ctx.world.startEpochMs, t);

/** Secret ARNs end in `-` and six random characters, so a re-created secret gets a new ARN. */
export function secretArn(world: SimContext['world'], name: string): string {
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += SUFFIX_CHARS[nextUint32(world.rng) % SUFFIX_CHARS.length];
  return `arn:aws:secretsmanager:${world.account.region}:${world.account.accountId}:secret:${name}-${suffix}`;
}

function requireSecret(ctx: SimContext, input: Record<string, unknown>, allowDeleted = false): Secret {
  const id = requiredString(input, 'SecretId', () => errors.validation('null', 'secretId', 'Member must not be null'));
  const secret = findSecret(ctx.world, id);
  if (!secret) throw errors.notFound();
  if (!allowDeleted && secret.deletionDate !== undefined) throw errors.scheduledForDeletion();
  return secret;
}

function readValue(input: Record<string, unknown>): { secretString?: string; secretBinary?: string } | undefined {
  const secretString = optionalString(input, 'SecretString');
  const secretBinary = optionalString(input, 'SecretBinary');
  if (secretString !== undefined && secretBinary !== undefined) {
    throw errors.invalidParameter(
      "You can't specify both a binary secret value and a string secret value in the same secret.",
    );
  }
  if (secretString !== undefined && secretString.length > 65536) {
    throw errors.validation('***', 'secretString', 'Member must have length less than or equal to 65536');
  }
  if (secretString === undefined && secretBinary === undefined) return undefined;
  return secretString !== undefined ? { secretString } : { secretBinary: secretBinary as string };
}

/** Adds a version and moves AWSCURRENT to it (the old current becomes AWSPREVIOUS), unless stages say otherwise. */
function addVersion(
  ctx: SimContext,
  secret: Secret,
  value: { secretString?: string; secretBinary?: string },
  token: string | undefined,
  stages: string[] = ['AWSCURRENT'],
): SecretVersion {
  const versionId = token ?? ctx.uuid();
  const existing = secret.versions.find((v) => v.versionId === versionId);
  if (existing) {
    if (existing.secretString !== value.secretString || existing.secretBinary !== value.secretBinary) {
      throw errors.exists(`version ${versionId} of ${secret.name}`);
    }
    return existing;
  }
  if (stages.includes('AWSCURRENT')) {
    for (const v of secret.versions) v.stages = v.stages.filter((s) => s !== 'AWSPREVIOUS');
    const current = secret.versions.find((v) => v.stages.includes('AWSCURRENT'));
    if (current) current.stages = [...current.stages.filter((s) => s !== 'AWSCURRENT'), 'AWSPREVIOUS'];
  }
  for (const v of secret.versions)
    v.stages = v.stages.filter((s) => s === 'AWSPREVIOUS' || s === 'AWSCURRENT' || !stages.includes(s));
  const version: SecretVersion = { versionId, ...value, createdDate: ctx.now, stages: [...stages] };
  secret.versions.push(version);
  // Versions without a stage are deprecated; Secrets Manager keeps about 100 of them.
  while (secret.versions.filter((v) => v.stages.length === 0).length > 100) {
    const index = secret.versions.findIndex((v) => v.stages.length === 0);
    secret.versions.splice(index, 1);
  }
  secret.lastChangedDate = ctx.now;
  return version;
}

export function newSecret(
  ctx: SimContext,
  fields: { name: string; description?: string; kmsKeyId?: string; tags?: { Key: string; Value: string }[] },
): Secret {
  return {
    name: fields.name,
    arn: secretArn(ctx.world, fields.name),
    ...(fields.description !== undefined && { description: fields.description }),
    ...(fields.kmsKeyId !== undefined && { kmsKeyId: fields.kmsKeyId }),
    createdDate: ctx.now,
    lastChangedDate: ctx.now,
    versions: [],
    tags: fields.tags ?? [],
  };
}

export const CreateSecret: Operation = (ctx, input) => {
  const name = requiredString(input, 'Name', () => errors.validation('null', 'name', 'Member must not be null'));
  if (!NAME.test(name)) {
    throw errors.invalidParameter(
      'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!',
    );
  }
  const description = optionalString(input, 'Description');
  if (description !== undefined && description.length > 2048) {
    throw errors.validation(description, 'description', 'Member must have length less than or equal to 2048');
  }
  const kmsKeyId = optionalString(input, 'KmsKeyId');
  const token = optionalString(input, 'ClientRequestToken');
  const value = readValue(input);
  const tags = Array.isArray(input.Tags) ? (input.Tags as { Key: string; Value: string }[]) : [];
  const secrets = ctx.world.account.secretsmanager.secrets;
  const existing = getOwn(secrets, name);
  if (existing?.deletionDate !== undefined) throw errors.createWhileDeleting();
  if (existing) throw errors.exists(name);
  if (Object.keys(secrets).length >= SECRET_LIMIT)
    throw errors.invalidRequest('You have reached the maximum number of secrets.');
  const secret = newSecret(ctx, {
    name,
    ...(description !== undefined && { description }),
    ...(kmsKeyId !== undefined && { kmsKeyId }),
    tags,
  });
  const version = value ? addVersion(ctx, secret, value, token) : undefined;
  setOwn(secrets, name, secret);
  return { ARN: secret.arn, Name: secret.name, ...(version && { VersionId: version.versionId }) };
};

export const GetSecretValue: Operation = (ctx, input) => {
  const secret = requireSecret(ctx, input);
  const versionId = optionalString(input, 'VersionId');
  const versionStage = optionalString(input, 'VersionStage');
  const version = selectSecretVersion(secret, versionId, versionStage);
  if (!version) {
    throw versionId !== undefined
      ? errors.versionNotFound(versionId)
      : errors.stageNotFound(versionStage ?? 'AWSCURRENT');
  }
  // LastAccessedDate is kept to the day, as Secrets Manager reports it.
  secret.lastAccessedDate = (Math.floor(ctx.now / DAY) * DAY) as Secret['createdDate'];
  return {
    ARN: secret.arn,
    Name: secret.name,
    VersionId: version.versionId,
    ...(version.secretString !== undefined && { SecretString: version.secretString }),
    ...(version.secretBinary !== undefined && { SecretBinary: version.secretBinary }),
    VersionStages: version.stages,
    CreatedDate: at(ctx, version.createdDate),
  };
};

export const PutSecretValue: Operation = (ctx, input) => {
  const secret = requireSecret(ctx, input);
  const value = readValue(input);
  if (!value) throw errors.invalidRequest('You must provide either SecretString or SecretBinary.');
  const stages = stringList(input, 'VersionStages');
  const version = addVersion(ctx, secret, value, optionalString(input, 'ClientRequestToken'), stages);
  return { ARN: secret.arn, Name: secret.name, VersionId: version.versionId, VersionStages: version.stages };
};

export const UpdateSecret: Operation = (ctx, input) => {
  const secret = requireSecret(ctx, input);
  const description = optionalString(input, 'Description');
  const kmsKeyId = optionalString(input, 'KmsKeyId');
  const value = readValue(input);
  const token = optionalString(input, 'ClientRequestToken');
  if (description !== undefined) secret.description = description;
  if (kmsKeyId !== undefined) secret.kmsKeyId = kmsKeyId;
  secret.lastChangedDate = ctx.now;
  const version = value ? addVersion(ctx, secret, value, token) : undefined;
  return { ARN: secret.arn, Name: secret.name, ...(version && { VersionId: version.versionId }) };
};

function description(ctx: SimContext, secret: Secret) {
  return {
    ARN: secret.arn,
    Name: secret.name,
    ...(secret.description !== undefined && { Description: secret.description }),
    ...(secret.kmsKeyId !== undefined && { KmsKeyId: secret.kmsKeyId }),
    LastChangedDate: at(ctx, secret.lastChangedDate),
    ...(secret.lastAccessedDate !== undefined && { LastAccessedDate: at(ctx, secret.lastAccessedDate) }),
    ...(secret.deletionDate !== undefined && { DeletedDate: at(ctx, secret.deletionDate) }),
    Tags: secret.tags,
    CreatedDate: at(ctx, secret.createdDate),
  };
}

const versionsToStages = (secret: Secret) =>
  Object.fromEntries(secret.versions.filter((v) => v.stages.length > 0).map((v) => [v.versionId, v.stages]));

export const DescribeSecret: Operation = (ctx, input) => {
  const secret = requireSecret(ctx, input, true);
  return { ...description(ctx, secret), VersionIdsToStages: versionsToStages(secret) };
};

export const ListSecrets: Operation = (ctx, input) => {
  const max = optionalInteger(input, 'MaxResults') ?? 100;
  if (max < 1 || max > 100)
    throw errors.validation(String(max), 'maxResults', 'Member must have value between 1 and 100');
  const includeDeleted = optionalBoolean(input, 'IncludePlannedDeletion') ?? false;
  const order = optionalString(input, 'SortOrder') ?? 'desc';
  const token = optionalString(input, 'NextToken');
  const start = token === undefined ? 0 : Number(token);
  if (!Number.isSafeInteger(start) || start < 0) throw errors.invalidNextToken();
  const filters = Array.isArray(input.Filters) ? (input.Filters as { Key?: string; Values?: string[] }[]) : [];
  const list = Object.values(ctx.world.account.secretsmanager.secrets)
    .filter((s) => includeDeleted || s.deletionDate === undefined)
    .filter((s) =>
      filters.every((f) => {
        const values = f.Values ?? [];
        if (f.Key === 'name') return values.some((v) => s.name.startsWith(v));
        if (f.Key === 'description') return values.some((v) => (s.description ?? '').startsWith(v));
        if (f.Key === 'all') return values.some((v) => s.name.includes(v) || (s.description ?? '').includes(v));
        return true;
      }),
    )
    .sort((a, b) => a.createdDate - b.createdDate);
  if (order === 'desc') list.reverse();
  const page = list.slice(start, start + max);
  return {
    SecretList: page.map((s) => ({ ...description(ctx, s), SecretVersionsToStages: versionsToStages(s) })),
    ...(start + max < list.length && { NextToken: String(start + max) }),
  };
};

export const DeleteSecret: Operation = (ctx, input) => {
  const secret = requireSecret(ctx, input, true);
  const window = optionalInteger(input, 'RecoveryWindowInDays');
  const force = optionalBoolean(input, 'ForceDeleteWithoutRecovery') ?? false;
  if (window !== undefined && force) {
    throw errors.invalidParameter("You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
  }
  if (window !== undefined && (window < 7 || window > 30)) {
    throw errors.invalidParameter('The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).');
  }
  if (secret.deletionDate !== undefined && !force) throw errors.scheduledForDeletion();
  if (force) {
    deleteOwn(ctx.world.account.secretsmanager.secrets, secret.name);
    return { ARN: secret.arn, Name: secret.name, DeletionDate: at(ctx, ctx.now) };
  }
  const days = window ?? 30;
  secret.deletionDate = (ctx.now + days * DAY) as Secret['createdDate'];
  ctx.schedule(days * DAY, PURGE_TIMER, { name: secret.name, arn: secret.arn });
  return { ARN: secret.arn, Name: secret.name, DeletionDate: at(ctx, secret.deletionDate) };
};

export const RestoreSecret: Operation = (ctx, input) => {
  const secret = requireSecret(ctx, input, true);
  delete secret.deletionDate;
  return { ARN: secret.arn, Name: secret.name };
};

/** The recovery window ended: the secret is gone for good (unless it was restored meanwhile). */
export function purgeSecret(ctx: SimContext, payload: { name: string; arn: string }): void {
  const secrets = ctx.world.account.secretsmanager.secrets;
  const secret = getOwn(secrets, payload.name);
  if (secret && secret.arn === payload.arn && secret.deletionDate !== undefined && secret.deletionDate <= ctx.now) {
    deleteOwn(secrets, payload.name);
  }
}
