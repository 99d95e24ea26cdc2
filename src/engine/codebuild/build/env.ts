import { readParameterValue } from '../../ssm/public';
import { readSecretForBuild } from '../../secretsmanager/public';
import { splitSecretReference, type Buildspec } from '../../specs';
import type { World } from '../../world';
import type { Build, EnvironmentVariable, PhaseContext } from '../state';

const IMAGE_ENV: Record<string, string> = {
  PATH: '/root/.local/bin:/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin',
  HOME: '/root',
  LANG: 'C.UTF-8',
  SHELL: '/bin/bash',
  CODEBUILD_CI: 'true',
};

/** The variables CodeBuild sets for every build (aws-facts.md §2.4). */
export function builtinVariables(
  world: World,
  build: Build,
  srcDir: string,
  sourceUrl: string | undefined,
): Record<string, string> {
  const { region } = world.account;
  const env: Record<string, string> = {
    PATH: IMAGE_ENV.PATH as string,
    HOME: '/root',
    LANG: 'C.UTF-8',
    SHELL: '/bin/bash',
    CODEBUILD_CI: 'true',
    AWS_DEFAULT_REGION: region,
    AWS_REGION: region,
    CODEBUILD_BUILD_ARN: build.arn,
    CODEBUILD_BUILD_ID: build.id,
    CODEBUILD_BUILD_IMAGE: build.environment.image,
    CODEBUILD_BUILD_NUMBER: String(build.buildNumber),
    CODEBUILD_BUILD_SUCCEEDING: '1',
    CODEBUILD_INITIATOR: build.initiator,
    CODEBUILD_KMS_KEY_ID: build.encryptionKey,
    CODEBUILD_LOG_PATH: build.logStreamName,
    CODEBUILD_SRC_DIR: srcDir,
    CODEBUILD_START_TIME: String(world.startEpochMs + build.startTime),
    CODEBUILD_BUILD_URL: `https://${region}.console.aws.amazon.com/codebuild/home?region=${region}#/builds/${build.id.replace(':', '%3A')}/view/new`,
    PWD: srcDir,
  };
  if (build.sourceVersion !== undefined) env.CODEBUILD_SOURCE_VERSION = build.sourceVersion;
  if (sourceUrl !== undefined) env.CODEBUILD_SOURCE_REPO_URL = sourceUrl;
  if (build.webhook) {
    env.CODEBUILD_WEBHOOK_EVENT = build.webhook.event;
    env.CODEBUILD_WEBHOOK_HEAD_REF = build.webhook.headRef;
    env.CODEBUILD_WEBHOOK_TRIGGER = build.webhook.trigger;
    env.CODEBUILD_WEBHOOK_ACTOR_ACCOUNT_ID = build.webhook.actorAccountId;
    if (build.webhook.baseRef !== undefined) env.CODEBUILD_WEBHOOK_BASE_REF = build.webhook.baseRef;
    if (build.webhook.prevCommit !== undefined) env.CODEBUILD_WEBHOOK_PREV_COMMIT = build.webhook.prevCommit;
  }
  return env;
}

export type ResolvedEnvironment =
  | { ok: true; env: Record<string, string>; masks: string[]; exportBlocked: string[]; notes: string[] }
  | { ok: false; context: PhaseContext; notes: string[] };

/**
 * The build's environment: built-ins, then buildspec variables, then the project's, then StartBuild
 * overrides (each later source wins: override > project > buildspec). Parameter-store and secrets-manager
 * values are read now and masked in the log; the first one that cannot be read fails DOWNLOAD_SOURCE with
 * CodeBuild's own message. Adds to `builtins` in place.
 */
export function resolveEnvironment(
  world: World,
  build: Build,
  buildspec: Buildspec,
  builtins: Record<string, string>,
): ResolvedEnvironment {
  const env = builtins;
  const masks: string[] = [];
  const exportBlocked: string[] = [];
  const notes = ['Processing environment variables'];
  const spec = buildspec.env;
  for (const [name, value] of Object.entries(spec.variables)) env[name] = value;
  const parameterRefs: [string, string, boolean][] = Object.entries(spec.parameterStore).map(([n, v]) => [n, v, false]);
  const secretRefs: [string, string, boolean][] = Object.entries(spec.secretsManager).map(([n, v]) => [n, v, false]);
  const projectVariables: EnvironmentVariable[] = build.environment.environmentVariables;
  for (const v of projectVariables) {
    if (v.type === 'PLAINTEXT') env[v.name] = v.value;
    else if (v.type === 'PARAMETER_STORE') parameterRefs.push([v.name, v.value, true]);
    else secretRefs.push([v.name, v.value, true]);
  }
  if (parameterRefs.length > 0) {
    notes.push('Decrypting parameter store environment variables');
    for (const [name, reference, projectLevel] of parameterRefs) {
      const value = readParameterValue(world, reference);
      if (value === undefined) {
        return {
          ok: false,
          context: { statusCode: 'Decrypted Variables Error', message: `parameter does not exist: ${reference}` },
          notes,
        };
      }
      env[name] = value;
      masks.push(value);
      if (projectLevel) exportBlocked.push(name);
    }
  }
  for (const [name, reference, projectLevel] of secretRefs) {
    const parts = splitSecretReference(reference);
    const read = readSecretForBuild(world, {
      secretId: parts.secretId,
      ...(parts.jsonKey && { jsonKey: parts.jsonKey }),
      ...(parts.versionStage && { versionStage: parts.versionStage }),
      ...(parts.versionId && { versionId: parts.versionId }),
    });
    if (!read.ok) return { ok: false, context: { statusCode: 'Secrets Manager Error', message: read.error }, notes };
    env[name] = read.value;
    masks.push(read.value);
    if (projectLevel) exportBlocked.push(name);
  }
  // Longer secrets first, so a secret that contains another is masked whole.
  masks.sort((a, b) => b.length - a.length);
  return { ok: true, env, masks: masks.filter((m) => m.length > 0), exportBlocked, notes };
}
