import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { base64 } from '@scure/base';
import { optionalInteger, optionalString, requiredString } from '../core/input';
import { deleteOwn, getOwn, setOwn } from '../core/records';
import type { Operation, SimContext } from '../core/simulation';
import { epochSecondsAt } from '../core/time';
import { ssmErrors as errors } from './errors';
import { parseParameterReference, selectVersion } from './public';
import { currentVersion, type Parameter, type ParameterType, type ParameterVersion } from './state';

const PARAMETER_LIMIT = 10_000;
const MAX_VERSIONS = 100;
const STANDARD_VALUE_MAX = 4096;
const TYPES: readonly ParameterType[] = ['String', 'StringList', 'SecureString'];
const DEFAULT_KEY = 'alias/aws/ssm';

function optionalBoolean(input: Record<string, unknown>, field: string): boolean | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw errors.validation(`Field ${field} must be a boolean.`);
  return value;
}

function stringList(input: Record<string, unknown>, field: string): string[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw errors.validation(`Field ${field} must be a list of strings.`);
  }
  return value as string[];
}

const nameRule =
  'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_';

/** Parameter names: letters, digits and `.-_`, in `/`-separated paths of at most 15 levels, not under aws/ssm. */
export function checkParameterName(name: string): void {
  if (name.length > 1011) throw errors.constraint(name, 'name', 'Member must have length less than or equal to 2048');
  if (/^\/?(aws|ssm)/i.test(name) || !/^[a-zA-Z0-9_.\-/]+$/.test(name) || name.endsWith('/') || name.includes('//')) {
    throw errors.validation(nameRule);
  }
  if (name.includes('/') && !name.startsWith('/'))
    throw errors.validation('Parameter name must be a fully qualified name.');
  if (name.split('/').length - 1 > 15) {
    throw errors.validation('Parameter name: The parameter hierarchy can have a maximum of 15 levels.');
  }
}

function requireName(input: Record<string, unknown>, field = 'Name'): string {
  return requiredString(input, field, () => errors.constraint('null', field.toLowerCase(), 'Member must not be null'));
}

/** What `GetParameter` returns for a SecureString read without decryption: a stable, KMS-shaped blob. */
function ciphertext(name: string, v: ParameterVersion): string {
  const digest = sha256(utf8ToBytes(`${name}:${v.version}:${v.value}`));
  return `AQICAH${base64.encode(digest).replace(/=+$/, '')}`;
}

function parameterArn(ctx: SimContext, name: string): string {
  return ctx.arn('ssm', `parameter${name.startsWith('/') ? '' : '/'}${name}`);
}

function wireParameter(ctx: SimContext, p: Parameter, v: ParameterVersion, decrypt: boolean, selector?: string) {
  return {
    Name: p.name,
    Type: v.type,
    Value: v.type === 'SecureString' && !decrypt ? ciphertext(p.name, v) : v.value,
    Version: v.version,
    ...(selector !== undefined && { Selector: `:${selector}` }),
    LastModifiedDate: epochSecondsAt(ctx.world.startEpochMs, v.lastModifiedDate),
    ARN: parameterArn(ctx, p.name),
    DataType: p.dataType,
  };
}

export const PutParameter: Operation = (ctx, input) => {
  const name = requireName(input);
  const value = requiredString(input, 'Value', () => errors.constraint('null', 'value', 'Member must not be null'));
  const typeText = optionalString(input, 'Type');
  const overwrite = optionalBoolean(input, 'Overwrite') ?? false;
  const description = optionalString(input, 'Description');
  const keyId = optionalString(input, 'KeyId');
  const allowedPattern = optionalString(input, 'AllowedPattern');
  const tierText = optionalString(input, 'Tier') ?? 'Standard';
  const dataType = optionalString(input, 'DataType') ?? 'text';
  checkParameterName(name);
  if (typeText !== undefined && !TYPES.includes(typeText as ParameterType)) {
    throw errors.constraint(typeText, 'type', 'Member must satisfy enum value set: [SecureString, StringList, String]');
  }
  if (tierText !== 'Standard' && tierText !== 'Advanced' && tierText !== 'Intelligent-Tiering') {
    throw errors.constraint(
      tierText,
      'tier',
      'Member must satisfy enum value set: [Advanced, Intelligent-Tiering, Standard]',
    );
  }
  const tier = tierText === 'Advanced' || value.length > STANDARD_VALUE_MAX ? 'Advanced' : 'Standard';
  if (value.length > 8192)
    throw errors.constraint('***', 'value', 'Member must have length less than or equal to 8192');
  if (description !== undefined && description.length > 1024) {
    throw errors.constraint(description, 'description', 'Member must have length less than or equal to 1024');
  }
  if (keyId !== undefined && typeText !== 'SecureString') {
    throw errors.validation('KeyId is required for SecureString type parameter only.');
  }
  if (allowedPattern !== undefined) {
    let re: RegExp;
    try {
      re = new RegExp(allowedPattern);
    } catch {
      throw errors.validation(`Parameter allowedPattern ${allowedPattern} is not a valid regular expression.`);
    }
    if (!re.test(value)) throw errors.patternMismatch(allowedPattern);
  }
  const parameters = ctx.world.account.ssm.parameters;
  const existing = getOwn(parameters, name);
  if (existing && !overwrite) throw errors.alreadyExists();
  const type = (typeText ?? existing?.versions.at(-1)?.type) as ParameterType | undefined;
  if (type === undefined) throw errors.validation('A parameter type is required when you create a parameter.');
  if (!existing && Object.keys(parameters).length >= PARAMETER_LIMIT) throw errors.parameterLimit();
  if (existing && input.Tags !== undefined) {
    throw errors.validation(
      "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.",
    );
  }
  const version: ParameterVersion = {
    version: existing ? currentVersion(existing).version + 1 : 1,
    value,
    type,
    ...(description !== undefined
      ? { description }
      : existing?.versions.at(-1)?.description !== undefined && { description: existing.versions.at(-1)?.description }),
    ...(type === 'SecureString' && { keyId: keyId ?? existing?.versions.at(-1)?.keyId ?? DEFAULT_KEY }),
    ...(allowedPattern !== undefined && { allowedPattern }),
    lastModifiedDate: ctx.now,
    lastModifiedUser: ctx.caller.arn,
    labels: [],
  };
  if (existing) {
    existing.versions.push(version);
    if (existing.versions.length > MAX_VERSIONS) existing.versions.shift();
    existing.tier = tier;
  } else {
    const tags = Array.isArray(input.Tags) ? (input.Tags as { Key: string; Value: string }[]) : [];
    setOwn(parameters, name, { name, tier, dataType, versions: [version], tags });
  }
  return { Version: version.version, Tier: tier };
};

function lookup(
  ctx: SimContext,
  reference: string,
): { parameter: Parameter; version: ParameterVersion; selector?: string } {
  const { name, selector } = parseParameterReference(reference);
  const parameter = getOwn(ctx.world.account.ssm.parameters, name);
  if (!parameter) throw errors.parameterNotFound();
  const version = selectVersion(parameter, selector);
  if (!version) throw errors.parameterVersionNotFound(name, selector ?? '');
  return { parameter, version, ...(selector !== undefined && { selector }) };
}

export const GetParameter: Operation = (ctx, input) => {
  const { parameter, version, selector } = lookup(ctx, requireName(input));
  const decrypt = optionalBoolean(input, 'WithDecryption') ?? false;
  return { Parameter: wireParameter(ctx, parameter, version, decrypt, selector) };
};

export const GetParameters: Operation = (ctx, input) => {
  const names = stringList(input, 'Names');
  if (!names || names.length === 0)
    throw errors.constraint('[]', 'names', 'Member must have length greater than or equal to 1');
  if (names.length > 10)
    throw errors.constraint(`[${names.join(', ')}]`, 'names', 'Member must have length less than or equal to 10');
  const decrypt = optionalBoolean(input, 'WithDecryption') ?? false;
  const found: unknown[] = [];
  const invalid: string[] = [];
  for (const reference of [...new Set(names)]) {
    const { name, selector } = parseParameterReference(reference);
    const parameter = getOwn(ctx.world.account.ssm.parameters, name);
    const version = parameter && selectVersion(parameter, selector);
    if (parameter && version) found.push(wireParameter(ctx, parameter, version, decrypt, selector));
    else invalid.push(reference);
  }
  return { Parameters: found, InvalidParameters: invalid };
};

function page<T>(items: T[], input: Record<string, unknown>, max: number, fallback: number) {
  const size = optionalInteger(input, 'MaxResults') ?? fallback;
  if (size < 1 || size > max) {
    throw errors.constraint(
      String(size),
      'maxResults',
      `Member must have value ${size < 1 ? 'greater than or equal to 1' : `less than or equal to ${max}`}`,
    );
  }
  const token = optionalString(input, 'NextToken');
  const start = token === undefined ? 0 : Number(token);
  if (!Number.isSafeInteger(start) || start < 0) throw errors.invalidNextToken();
  return {
    items: items.slice(start, start + size),
    ...(start + size < items.length && { NextToken: String(start + size) }),
  };
}

const byName = (a: Parameter, b: Parameter) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export const GetParametersByPath: Operation = (ctx, input) => {
  const path = requiredString(input, 'Path', () => errors.constraint('null', 'path', 'Member must not be null'));
  if (!path.startsWith('/'))
    throw errors.validation(
      'The parameter doesn\'t meet the parameter name requirements. The parameter name must begin with a forward slash "/".',
    );
  const recursive = optionalBoolean(input, 'Recursive') ?? false;
  const decrypt = optionalBoolean(input, 'WithDecryption') ?? false;
  const prefix = path.endsWith('/') ? path : `${path}/`;
  const matching = Object.values(ctx.world.account.ssm.parameters)
    .filter((p) => p.name.startsWith(prefix) && (recursive || !p.name.slice(prefix.length).includes('/')))
    .sort(byName);
  const { items, ...rest } = page(matching, input, 10, 10);
  return { Parameters: items.map((p) => wireParameter(ctx, p, currentVersion(p), decrypt)), ...rest };
};

function metadata(ctx: SimContext, p: Parameter) {
  const v = currentVersion(p);
  return {
    Name: p.name,
    ARN: parameterArn(ctx, p.name),
    Type: v.type,
    ...(v.keyId !== undefined && { KeyId: v.keyId }),
    LastModifiedDate: epochSecondsAt(ctx.world.startEpochMs, v.lastModifiedDate),
    LastModifiedUser: v.lastModifiedUser,
    ...(v.description !== undefined && { Description: v.description }),
    ...(v.allowedPattern !== undefined && { AllowedPattern: v.allowedPattern }),
    Version: v.version,
    Tier: p.tier,
    Policies: [],
    DataType: p.dataType,
  };
}

/** `ParameterFilters` with keys Name, Type, KeyId, Path and options Equals, BeginsWith, Recursive, OneLevel, Contains. */
function parameterFilter(raw: unknown): (p: Parameter) => boolean {
  if (raw === undefined || raw === null) return () => true;
  if (!Array.isArray(raw)) throw errors.validation('ParameterFilters must be a list.');
  const tests = raw.map((f: unknown) => {
    const { Key, Option, Values } = (f ?? {}) as { Key?: unknown; Option?: unknown; Values?: unknown };
    const values = Array.isArray(Values) ? (Values as string[]) : [];
    const option = typeof Option === 'string' ? Option : Key === 'Path' ? 'OneLevel' : 'Equals';
    const field = (p: Parameter): string =>
      Key === 'Type' ? currentVersion(p).type : Key === 'KeyId' ? (currentVersion(p).keyId ?? '') : p.name;
    if (Key === 'Path') {
      return (p: Parameter) =>
        values.some((path) => {
          const prefix = path.endsWith('/') ? path : `${path}/`;
          return p.name.startsWith(prefix) && (option === 'Recursive' || !p.name.slice(prefix.length).includes('/'));
        });
    }
    if (Key !== 'Name' && Key !== 'Type' && Key !== 'KeyId') {
      throw errors.validation(
        `The following filter key is not valid: ${String(Key)}. Valid filter keys include: [Path, Name, Type, KeyId, Tier].`,
      );
    }
    return (p: Parameter) =>
      values.some((v) => {
        const text = field(p);
        if (option === 'BeginsWith') return text.startsWith(v);
        if (option === 'Contains') return text.includes(v);
        return text === v;
      });
  });
  return (p) => tests.every((t) => t(p));
}

export const DescribeParameters: Operation = (ctx, input) => {
  const matches = parameterFilter(input.ParameterFilters);
  const list = Object.values(ctx.world.account.ssm.parameters).filter(matches).sort(byName);
  const { items, ...rest } = page(list, input, 50, 50);
  return { Parameters: items.map((p) => metadata(ctx, p)), ...rest };
};

export const GetParameterHistory: Operation = (ctx, input) => {
  const name = requireName(input);
  const parameter = getOwn(ctx.world.account.ssm.parameters, name);
  if (!parameter) throw errors.parameterNotFound();
  const decrypt = optionalBoolean(input, 'WithDecryption') ?? false;
  const { items, ...rest } = page(parameter.versions, input, 50, 50);
  return {
    Parameters: items.map((v) => ({
      Name: parameter.name,
      Type: v.type,
      ...(v.keyId !== undefined && { KeyId: v.keyId }),
      LastModifiedDate: epochSecondsAt(ctx.world.startEpochMs, v.lastModifiedDate),
      LastModifiedUser: v.lastModifiedUser,
      ...(v.description !== undefined && { Description: v.description }),
      Value: v.type === 'SecureString' && !decrypt ? ciphertext(parameter.name, v) : v.value,
      ...(v.allowedPattern !== undefined && { AllowedPattern: v.allowedPattern }),
      Version: v.version,
      Labels: v.labels,
      Tier: parameter.tier,
      Policies: [],
      DataType: parameter.dataType,
    })),
    ...rest,
  };
};

export const DeleteParameter: Operation = (ctx, input) => {
  const name = requireName(input);
  const parameters = ctx.world.account.ssm.parameters;
  if (!getOwn(parameters, name)) throw errors.parameterNotFound();
  deleteOwn(parameters, name);
  return {};
};

export const DeleteParameters: Operation = (ctx, input) => {
  const names = stringList(input, 'Names');
  if (!names || names.length === 0)
    throw errors.constraint('[]', 'names', 'Member must have length greater than or equal to 1');
  if (names.length > 10)
    throw errors.constraint(`[${names.join(', ')}]`, 'names', 'Member must have length less than or equal to 10');
  const parameters = ctx.world.account.ssm.parameters;
  const deleted: string[] = [];
  const invalid: string[] = [];
  for (const name of names) {
    if (getOwn(parameters, name)) {
      deleteOwn(parameters, name);
      deleted.push(name);
    } else invalid.push(name);
  }
  return { DeletedParameters: deleted, InvalidParameters: invalid };
};

export const LabelParameterVersion: Operation = (ctx, input) => {
  const name = requireName(input);
  const parameter = getOwn(ctx.world.account.ssm.parameters, name);
  if (!parameter) throw errors.parameterNotFound();
  const labels = stringList(input, 'Labels') ?? [];
  const wanted = optionalInteger(input, 'ParameterVersion');
  const version =
    wanted === undefined ? currentVersion(parameter) : parameter.versions.find((v) => v.version === wanted);
  if (!version) throw errors.parameterVersionNotFound(name, String(wanted));
  const invalid = labels.filter((l) => !/^[a-zA-Z0-9_.-]{1,100}$/.test(l) || /^(aws|ssm)/i.test(l) || /^\d/.test(l));
  for (const label of labels.filter((l) => !invalid.includes(l))) {
    for (const v of parameter.versions) v.labels = v.labels.filter((x) => x !== label);
    version.labels.push(label);
  }
  return { InvalidLabels: invalid, ParameterVersion: version.version };
};
