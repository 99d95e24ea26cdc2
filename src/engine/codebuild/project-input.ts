import { nextUint32 } from '../core/rng';
import type { World } from '../world';
import { codebuildErrors as errors } from './errors';
import { isLambdaImage } from './images';
import type {
  EnvironmentVariable,
  Project,
  ProjectArtifacts,
  ProjectCache,
  ProjectEnvironment,
  ProjectSource,
  SourceType,
} from './state';

/** Project name rule of the API model (aws-facts.md §2.3). */
export const PROJECT_NAME = /^[A-Za-z0-9][A-Za-z0-9\-_]{1,149}$/;
export const PROJECT_LIMIT = 5000;

const SOURCE_TYPES = [
  'CODECOMMIT',
  'CODEPIPELINE',
  'GITHUB',
  'S3',
  'BITBUCKET',
  'GITHUB_ENTERPRISE',
  'GITLAB',
  'GITLAB_SELF_MANAGED',
  'NO_SOURCE',
];
const SIMULATED_SOURCES: readonly SourceType[] = ['CODECOMMIT', 'CODEPIPELINE', 'S3', 'NO_SOURCE'];
export const ENVIRONMENT_TYPES = [
  'WINDOWS_CONTAINER',
  'LINUX_CONTAINER',
  'LINUX_GPU_CONTAINER',
  'ARM_CONTAINER',
  'WINDOWS_SERVER_2019_CONTAINER',
  'WINDOWS_SERVER_2022_CONTAINER',
  'LINUX_LAMBDA_CONTAINER',
  'ARM_LAMBDA_CONTAINER',
  'LINUX_EC2',
  'ARM_EC2',
  'WINDOWS_EC2',
  'MAC_ARM',
];
export const COMPUTE_TYPES = [
  'BUILD_GENERAL1_SMALL',
  'BUILD_GENERAL1_MEDIUM',
  'BUILD_GENERAL1_LARGE',
  'BUILD_GENERAL1_XLARGE',
  'BUILD_GENERAL1_2XLARGE',
  'BUILD_LAMBDA_1GB',
  'BUILD_LAMBDA_2GB',
  'BUILD_LAMBDA_4GB',
  'BUILD_LAMBDA_8GB',
  'BUILD_LAMBDA_10GB',
  'ATTRIBUTE_BASED_COMPUTE',
  'CUSTOM_INSTANCE_TYPE',
];
const VARIABLE_TYPES = ['PLAINTEXT', 'PARAMETER_STORE', 'SECRETS_MANAGER'];
const ARTIFACT_TYPES = ['CODEPIPELINE', 'S3', 'NO_ARTIFACTS'];
const CACHE_TYPES = ['NO_CACHE', 'S3', 'LOCAL'];
const CACHE_MODES = ['LOCAL_DOCKER_LAYER_CACHE', 'LOCAL_SOURCE_CACHE', 'LOCAL_CUSTOM_CACHE'];
const CODECOMMIT_URL = /^https:\/\/git-codecommit\.([a-z0-9-]+)\.amazonaws\.com\/v1\/repos\/([\w.-]+)$/;

const enumRule = (values: readonly string[]) => `Member must satisfy enum value set: [${values.join(', ')}]`;

type Raw = Record<string, unknown>;

function object(raw: unknown, path: string): Raw {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw errors.constraint(raw, path, 'Member must be a structure');
  return raw as Raw;
}

function str(raw: Raw, field: string, path: string): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw errors.constraint(value, `${path}.${field}`, 'Member must be a string');
  return value;
}

function bool(raw: Raw, field: string, path: string): boolean | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw errors.constraint(value, `${path}.${field}`, 'Member must be a boolean');
  return value;
}

function int(raw: Raw, field: string, path: string, min: number, max: number): number | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw errors.constraint(value, `${path}.${field}`, 'Member must be an integer');
  if (value < min)
    throw errors.constraint(value, `${path}.${field}`, `Member must have value greater than or equal to ${min}`);
  if (value > max)
    throw errors.constraint(value, `${path}.${field}`, `Member must have value less than or equal to ${max}`);
  return value;
}

function oneOf<T extends string>(value: string | undefined, values: readonly string[], path: string): T | undefined {
  if (value !== undefined && !values.includes(value)) throw errors.constraint(value, path, enumRule(values));
  return value as T | undefined;
}

/** The repository a CodeCommit source location (its HTTPS clone URL) names. */
export function codecommitRepositoryName(location: string | undefined): string | undefined {
  return location === undefined ? undefined : CODECOMMIT_URL.exec(location)?.[2];
}

export function readSource(rawValue: unknown, path = 'source'): ProjectSource {
  const raw = object(rawValue, path);
  const type = oneOf<SourceType>(str(raw, 'type', path), SOURCE_TYPES, `${path}.type`);
  if (type === undefined) throw errors.required(`${path}.type`);
  if (!SIMULATED_SOURCES.includes(type)) {
    throw errors.invalidInput(
      `Source type ${type} is not available in the simulated account; use CODECOMMIT, CODEPIPELINE, S3 or NO_SOURCE.`,
    );
  }
  const location = str(raw, 'location', path);
  const buildspec = str(raw, 'buildspec', path);
  if (type === 'CODECOMMIT') {
    if (!location) throw errors.invalidInput('Source location is required for source type CODECOMMIT');
    if (!CODECOMMIT_URL.test(location)) throw errors.invalidInput(`Invalid source location: ${location}`);
  }
  if (
    type === 'S3' &&
    (!location || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.+/.test(location.replace(/^arn:aws:s3:::/, '')))
  ) {
    throw errors.invalidInput(`Invalid source location: ${location ?? ''}. Use <bucket>/<key> of a ZIP object.`);
  }
  if (type === 'NO_SOURCE' && !buildspec?.trim()) {
    throw errors.invalidInput('Buildspec cannot be empty for NO_SOURCE source type');
  }
  const gitCloneDepth = int(raw, 'gitCloneDepth', path, 0, Number.MAX_SAFE_INTEGER);
  const sourceIdentifier = str(raw, 'sourceIdentifier', path);
  return {
    type,
    ...(location !== undefined && type !== 'NO_SOURCE' && type !== 'CODEPIPELINE' && { location }),
    ...(buildspec !== undefined && buildspec !== '' && { buildspec }),
    ...(gitCloneDepth !== undefined && { gitCloneDepth }),
    insecureSsl: bool(raw, 'insecureSsl', path) ?? false,
    ...(sourceIdentifier !== undefined && { sourceIdentifier }),
  };
}

export function readVariables(rawValue: unknown, path: string): EnvironmentVariable[] {
  if (rawValue === undefined || rawValue === null) return [];
  if (!Array.isArray(rawValue)) throw errors.constraint(rawValue, path, 'Member must be a list');
  return rawValue.map((item, i) => {
    const raw = object(item, `${path}.${i + 1}.member`);
    const name = str(raw, 'name', `${path}.${i + 1}.member`);
    const value = str(raw, 'value', `${path}.${i + 1}.member`);
    if (!name)
      throw errors.constraint(
        name ?? null,
        `${path}.${i + 1}.member.name`,
        'Member must have length greater than or equal to 1',
      );
    if (value === undefined) throw errors.required(`${path}.${i + 1}.member.value`);
    const type =
      oneOf<EnvironmentVariable['type']>(str(raw, 'type', path), VARIABLE_TYPES, `${path}.${i + 1}.member.type`) ??
      'PLAINTEXT';
    if (name.startsWith('CODEBUILD_')) {
      throw errors.invalidInput(
        `Invalid environment variable name: ${name}. Names starting with CODEBUILD_ are reserved.`,
      );
    }
    return { name, value, type };
  });
}

/** Checks type, image and compute type against each other the way CodeBuild does. */
export function checkEnvironment(env: ProjectEnvironment, path = 'environment'): void {
  const lambdaType = env.type.endsWith('LAMBDA_CONTAINER');
  const lambdaCompute = env.computeType.startsWith('BUILD_LAMBDA_');
  if (lambdaType !== lambdaCompute) {
    throw errors.invalidInput(`Invalid compute type ${env.computeType} for environment type ${env.type}`);
  }
  if (lambdaType && !isLambdaImage(env.image)) {
    throw errors.invalidInput(
      `Invalid image ${env.image} for environment type ${env.type}: Lambda compute runs only the Lambda images (aws/codebuild/amazonlinux-x86_64-lambda-standard:<runtime>).`,
    );
  }
  if (lambdaType && env.privilegedMode) {
    throw errors.invalidInput('Privileged mode is not supported for Lambda compute.');
  }
  if (
    env.computeType === 'BUILD_GENERAL1_2XLARGE' &&
    env.type !== 'LINUX_CONTAINER' &&
    env.type !== 'LINUX_GPU_CONTAINER'
  ) {
    throw errors.invalidInput(`Invalid compute type ${env.computeType} for environment type ${env.type}`);
  }
  if (env.image.trim() === '')
    throw errors.constraint(env.image, `${path}.image`, 'Member must have length greater than or equal to 1');
}

export function readEnvironment(rawValue: unknown, path = 'environment'): ProjectEnvironment {
  const raw = object(rawValue, path);
  const type = oneOf<string>(str(raw, 'type', path), ENVIRONMENT_TYPES, `${path}.type`);
  const image = str(raw, 'image', path);
  const computeType = oneOf<string>(str(raw, 'computeType', path), COMPUTE_TYPES, `${path}.computeType`);
  if (type === undefined) throw errors.required(`${path}.type`);
  if (image === undefined) throw errors.required(`${path}.image`);
  if (computeType === undefined) throw errors.required(`${path}.computeType`);
  const credentials = oneOf<ProjectEnvironment['imagePullCredentialsType']>(
    str(raw, 'imagePullCredentialsType', path),
    ['CODEBUILD', 'SERVICE_ROLE'],
    `${path}.imagePullCredentialsType`,
  );
  const env: ProjectEnvironment = {
    type,
    image,
    computeType,
    privilegedMode: bool(raw, 'privilegedMode', path) ?? false,
    environmentVariables: readVariables(raw.environmentVariables, `${path}.environmentVariables`),
    imagePullCredentialsType: credentials ?? (image.startsWith('aws/codebuild/') ? 'CODEBUILD' : 'SERVICE_ROLE'),
  };
  checkEnvironment(env, path);
  return env;
}

export function readArtifacts(rawValue: unknown, path = 'artifacts'): ProjectArtifacts {
  const raw = object(rawValue, path);
  const type = oneOf<ProjectArtifacts['type']>(str(raw, 'type', path), ARTIFACT_TYPES, `${path}.type`);
  if (type === undefined) throw errors.required(`${path}.type`);
  const location = str(raw, 'location', path);
  const name = str(raw, 'name', path);
  const artifactPath = str(raw, 'path', path);
  const namespaceType = oneOf<'NONE' | 'BUILD_ID'>(
    str(raw, 'namespaceType', path),
    ['NONE', 'BUILD_ID'],
    `${path}.namespaceType`,
  );
  const packaging = oneOf<'NONE' | 'ZIP'>(str(raw, 'packaging', path), ['NONE', 'ZIP'], `${path}.packaging`);
  const artifactIdentifier = str(raw, 'artifactIdentifier', path);
  if (type === 'S3' && !location)
    throw errors.invalidInput('Artifacts location must be specified for artifacts type S3');
  if (type === 'S3' && location && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(location)) {
    throw errors.invalidInput(`Invalid artifacts location: ${location}. The location is the name of an S3 bucket.`);
  }
  if (type === 'S3') {
    return {
      type,
      location: location as string,
      ...(artifactPath !== undefined && artifactPath !== '' && { path: artifactPath }),
      namespaceType: namespaceType ?? 'NONE',
      ...(name !== undefined && name !== '' && { name }),
      packaging: packaging ?? 'NONE',
      overrideArtifactName: bool(raw, 'overrideArtifactName', path) ?? false,
      encryptionDisabled: bool(raw, 'encryptionDisabled', path) ?? false,
      ...(artifactIdentifier !== undefined && { artifactIdentifier }),
    };
  }
  return {
    type,
    ...(type === 'CODEPIPELINE' && name !== undefined && { name }),
    ...(type === 'CODEPIPELINE' && packaging !== undefined && { packaging }),
    ...(artifactIdentifier !== undefined && { artifactIdentifier }),
  };
}

export function readCache(rawValue: unknown, path = 'cache'): ProjectCache {
  if (rawValue === undefined || rawValue === null) return { type: 'NO_CACHE' };
  const raw = object(rawValue, path);
  const type = oneOf<ProjectCache['type']>(str(raw, 'type', path), CACHE_TYPES, `${path}.type`);
  if (type === undefined) throw errors.required(`${path}.type`);
  const location = str(raw, 'location', path);
  const modesRaw = raw.modes;
  const modes = Array.isArray(modesRaw)
    ? modesRaw.map((m, i) => oneOf<string>(String(m), CACHE_MODES, `${path}.modes.${i + 1}.member`) as string)
    : undefined;
  if (type === 'S3') {
    if (!location) throw errors.invalidInput('Cache location is required for cache type S3');
    return { type, location: location.replace(/^arn:aws:s3:::/, '') };
  }
  if (type === 'LOCAL') {
    if (!modes || modes.length === 0) throw errors.invalidInput('Cache modes are required for cache type LOCAL');
    return { type, modes };
  }
  return { type };
}

function secondaryArtifacts(rawValue: unknown): ProjectArtifacts[] {
  if (rawValue === undefined || rawValue === null) return [];
  if (!Array.isArray(rawValue)) throw errors.constraint(rawValue, 'secondaryArtifacts', 'Member must be a list');
  if (rawValue.length > 12)
    throw errors.constraint(
      `${rawValue.length} artifacts`,
      'secondaryArtifacts',
      'Member must have length less than or equal to 12',
    );
  const list = rawValue.map((a, i) => readArtifacts(a, `secondaryArtifacts.${i + 1}.member`));
  for (const a of list) {
    if (!a.artifactIdentifier) throw errors.invalidInput('Secondary artifacts must have an artifactIdentifier');
  }
  return list;
}

function tags(rawValue: unknown): { key: string; value: string }[] {
  if (rawValue === undefined || rawValue === null) return [];
  if (!Array.isArray(rawValue)) throw errors.constraint(rawValue, 'tags', 'Member must be a list');
  if (rawValue.length > 50)
    throw errors.constraint(`${rawValue.length} tags`, 'tags', 'Member must have length less than or equal to 50');
  return rawValue.map((t, i) => {
    const raw = object(t, `tags.${i + 1}.member`);
    return { key: str(raw, 'key', 'tag') ?? '', value: str(raw, 'value', 'tag') ?? '' };
  });
}

/** The opaque badge `uuid`: CodeBuild's is base64 of encrypted JSON; this one is base64 of PRNG bytes. */
function badgeUuid(world: World): string {
  const hex = Array.from({ length: 12 }, () => nextUint32(world.rng).toString(16).padStart(8, '0')).join('');
  const json = `{"encryptedData":"${hex.slice(0, 64)}","ivParameterSpec":"${hex.slice(64, 96)}","materialSetSerial":1}`;
  let out = '';
  const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < json.length; i += 3) {
    const [a, b, c] = [json.charCodeAt(i), json.charCodeAt(i + 1), json.charCodeAt(i + 2)];
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out +=
      table[(n >> 18) & 63]! +
      table[(n >> 12) & 63]! +
      (i + 1 < json.length ? table[(n >> 6) & 63] : '=') +
      (i + 2 < json.length ? table[n & 63] : '=');
  }
  return encodeURIComponent(out);
}

export const projectArn = (world: World, name: string) =>
  `arn:aws:codebuild:${world.account.region}:${world.account.accountId}:project/${name}`;

export const defaultServiceRole = (world: World, name: string) =>
  `arn:aws:iam::${world.account.accountId}:role/service-role/codebuild-${name}-service-role`;

/**
 * The checks of a project definition that need no account: types, ranges and the rules between fields.
 * Returns CodeBuild's message for the first problem (scenario files are checked with it before the world exists).
 */
export function projectInputProblem(raw: Raw): string | undefined {
  try {
    const source = readSource(raw.source);
    readEnvironment(raw.environment);
    const artifacts = readArtifacts(raw.artifacts);
    readCache(raw.cache);
    secondaryArtifacts(raw.secondaryArtifacts);
    if ((source.type === 'CODEPIPELINE') !== (artifacts.type === 'CODEPIPELINE'))
      return 'Both source and artifacts must be set to CodePipeline';
    if (raw.badgeEnabled === true && source.type !== 'CODECOMMIT')
      return `Build badges are not supported for source type ${source.type}`;
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Fields CreateProject and UpdateProject share, read and checked; `base` fills what the request leaves out. */
export function readProjectFields(
  world: World,
  raw: Raw,
  base: Project | undefined,
  name: string,
): Omit<Project, 'created' | 'lastModified' | 'buildCounter' | 'webhook' | 'badgeUuid'> {
  const description = typeof raw.description === 'string' ? raw.description : base?.description;
  if (description !== undefined && description.length > 255) {
    throw errors.constraint(description, 'description', 'Member must have length less than or equal to 255');
  }
  const source = raw.source === undefined ? base?.source : readSource(raw.source);
  if (!source) throw errors.required('source');
  const environment = raw.environment === undefined ? base?.environment : readEnvironment(raw.environment);
  if (!environment) throw errors.required('environment');
  const artifacts = raw.artifacts === undefined ? base?.artifacts : readArtifacts(raw.artifacts);
  if (!artifacts) throw errors.required('artifacts');
  const serviceRole = typeof raw.serviceRole === 'string' ? raw.serviceRole : base?.serviceRole;
  if (!serviceRole) throw errors.required('serviceRole');
  if (!/^(arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+|[\w+=,.@-]+)$/.test(serviceRole))
    throw errors.invalidInput(`Invalid service role: ${serviceRole}`);
  if ((source.type === 'CODEPIPELINE') !== (artifacts.type === 'CODEPIPELINE')) {
    throw errors.invalidInput('Both source and artifacts must be set to CodePipeline');
  }
  const timeout = int(raw, 'timeoutInMinutes', 'project', 5, 2160) ?? base?.timeoutInMinutes ?? 60;
  const queuedTimeout = int(raw, 'queuedTimeoutInMinutes', 'project', 5, 480) ?? base?.queuedTimeoutInMinutes ?? 480;
  const badgeEnabled = bool(raw, 'badgeEnabled', 'project') ?? base?.badgeEnabled ?? false;
  if (badgeEnabled && (source.type === 'CODEPIPELINE' || source.type === 'NO_SOURCE' || source.type === 'S3')) {
    throw errors.invalidInput(`Build badges are not supported for source type ${source.type}`);
  }
  const limitRaw = raw.concurrentBuildLimit;
  const concurrentBuildLimit =
    limitRaw === null
      ? undefined
      : (int(raw, 'concurrentBuildLimit', 'project', 1, Number.MAX_SAFE_INTEGER) ?? base?.concurrentBuildLimit);
  const accountLimit = world.account.codebuild.accountConcurrentBuildLimit;
  if (concurrentBuildLimit !== undefined && concurrentBuildLimit > accountLimit) {
    throw errors.invalidInput(
      `Project-level concurrent build limit cannot exceed the account-level concurrent build limit of ${accountLimit}.`,
    );
  }
  const sourceVersion = typeof raw.sourceVersion === 'string' ? raw.sourceVersion : base?.sourceVersion;
  const encryptionKey =
    typeof raw.encryptionKey === 'string'
      ? raw.encryptionKey
      : (base?.encryptionKey ?? `arn:aws:kms:${world.account.region}:${world.account.accountId}:alias/aws/s3`);
  return {
    name,
    arn: projectArn(world, name),
    ...(description !== undefined && { description }),
    source,
    ...(sourceVersion !== undefined && sourceVersion !== '' && { sourceVersion }),
    artifacts,
    secondaryArtifacts:
      raw.secondaryArtifacts === undefined
        ? (base?.secondaryArtifacts ?? [])
        : secondaryArtifacts(raw.secondaryArtifacts),
    cache: raw.cache === undefined ? (base?.cache ?? { type: 'NO_CACHE' }) : readCache(raw.cache),
    environment,
    serviceRole: serviceRole.startsWith('arn:')
      ? serviceRole
      : `arn:aws:iam::${world.account.accountId}:role/${serviceRole}`,
    timeoutInMinutes: timeout,
    queuedTimeoutInMinutes: queuedTimeout,
    encryptionKey,
    tags: raw.tags === undefined ? (base?.tags ?? []) : tags(raw.tags),
    badgeEnabled,
    ...(concurrentBuildLimit !== undefined && { concurrentBuildLimit }),
  };
}

/** A new project from a CreateProject request (also what a scenario's `codebuild.projects` entries go through). */
export function newProject(world: World, raw: Raw, at: number): Project {
  const name = str(raw, 'name', 'project');
  if (name === undefined) throw errors.required('name');
  if (!PROJECT_NAME.test(name)) {
    throw errors.constraint(
      name,
      'name',
      'Member must satisfy regular expression pattern: [A-Za-z0-9][A-Za-z0-9\\-_]{1,149}',
    );
  }
  const fields = readProjectFields(world, raw, undefined, name);
  return {
    ...fields,
    created: at as Project['created'],
    lastModified: at as Project['created'],
    badgeUuid: badgeUuid(world),
    buildCounter: 0,
  };
}
