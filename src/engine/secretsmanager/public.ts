import { getOwn } from '../core/records';
import type { World } from '../world';
import type { Secret, SecretVersion } from './state';

/** A secret by name, full ARN or partial ARN (without the random suffix); secrets scheduled for deletion count. */
export function findSecret(world: World, secretId: string): Secret | undefined {
  const secrets = world.account.secretsmanager.secrets;
  const byName = getOwn(secrets, secretId);
  if (byName) return byName;
  if (!secretId.startsWith('arn:')) return undefined;
  return Object.values(secrets).find((s) => s.arn === secretId || s.arn.slice(0, -7) === secretId);
}

/** The version a stage or version ID selects (default AWSCURRENT). */
export function selectSecretVersion(
  secret: Secret,
  versionId?: string,
  versionStage?: string,
): SecretVersion | undefined {
  if (versionId !== undefined) return secret.versions.find((v) => v.versionId === versionId);
  const stage = versionStage ?? 'AWSCURRENT';
  return secret.versions.find((v) => v.stages.includes(stage));
}

export type SecretRead = { ok: true; value: string } | { ok: false; error: string };

/**
 * What a build's `secrets-manager` variable reads (`secret-id:json-key:version-stage:version-id`): the secret
 * string, or one key of it when it is JSON. The error is the message CodeBuild shows after `Secrets Manager Error`.
 */
export function readSecretForBuild(
  world: World,
  ref: { secretId: string; jsonKey?: string; versionStage?: string; versionId?: string },
): SecretRead {
  const secret = findSecret(world, ref.secretId);
  if (!secret)
    return { ok: false, error: "ResourceNotFoundException: Secrets Manager can't find the specified secret." };
  if (secret.deletionDate !== undefined) {
    return {
      ok: false,
      error:
        "InvalidRequestException: You can't perform this operation on the secret because it was marked for deletion.",
    };
  }
  const version = selectSecretVersion(secret, ref.versionId || undefined, ref.versionStage || undefined);
  if (!version) {
    return {
      ok: false,
      error: ref.versionId
        ? `ResourceNotFoundException: Secrets Manager can't find the specified secret value for VersionId: ${ref.versionId}`
        : `ResourceNotFoundException: Secrets Manager can't find the specified secret value for staging label: ${ref.versionStage || 'AWSCURRENT'}`,
    };
  }
  const text = version.secretString ?? '';
  if (!ref.jsonKey) return { ok: true, value: text };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: `secret ${ref.secretId} is not a valid JSON, failed to parse json key: ${ref.jsonKey}` };
  }
  const value =
    parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>)[ref.jsonKey] : undefined;
  if (value === undefined)
    return { ok: false, error: `secret ${ref.secretId} does not contain json key ${ref.jsonKey}` };
  return { ok: true, value: typeof value === 'string' ? value : JSON.stringify(value) };
}

export const secretNames = (world: World): string[] =>
  Object.values(world.account.secretsmanager.secrets)
    .filter((s) => s.deletionDate === undefined)
    .flatMap((s) => [s.name, s.arn]);
