import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { getOwn, setOwn } from '../core/records';
import { epochSecondsAt, type SimMillis } from '../core/time';
import type { Account, World } from '../world';
import { codedeployErrors as errors } from './errors';
import type { ComputePlatform, RegisteredRevision, RevisionLocation } from './state';

/**
 * Revisions: where a deployment's content lives, how one is named everywhere (`revisionKey`), and the
 * application's register of revisions (RegisterApplicationRevision, and every deployment, add to it).
 */

const BUNDLE_TYPES = ['zip', 'tar', 'tgz', 'YAML', 'JSON'] as const;
type S3Location = Extract<RevisionLocation, { revisionType: 'S3' }>['s3Location'];

/**
 * The one name of a revision that the register, deployments and the fleet's `revisionProfiles` share:
 * `s3://bucket/key#etag` (`?versionId=` when a version is given instead of an ETag) or `appspec://<sha256>`.
 */
export function revisionKey(location: RevisionLocation): string {
  if (location.revisionType === 'AppSpecContent') return `appspec://${location.appSpecContent.sha256}`;
  const { bucket, key, eTag, version } = location.s3Location;
  const base = `s3://${bucket}/${key}`;
  if (eTag !== undefined) return `${base}#${eTag}`;
  return version !== undefined ? `${base}?versionId=${version}` : base;
}

export const appSpecSha256 = (content: string) => bytesToHex(sha256(utf8ToBytes(content)));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalText = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * A wire `RevisionLocation` checked for what the application's platform accepts: EC2/On-premises deploys zip, tar
 * or tgz bundles from S3; Lambda and ECS take an AppSpec, in S3 or inline (AppSpecContent, whose SHA-256
 * CodeDeploy computes). GitHub and the old `String` type are not simulated.
 */
export function readRevisionLocation(raw: unknown, platform: ComputePlatform): RevisionLocation {
  if (raw === undefined || raw === null) throw errors.revisionRequired();
  if (!isRecord(raw)) throw errors.invalidRevision('The revision must be an object with a revisionType.');
  const type = raw.revisionType;
  if (type === 'S3') return { revisionType: 'S3', s3Location: readS3Location(raw.s3Location, platform) };
  if (type === 'AppSpecContent') {
    if (platform === 'Server') {
      throw errors.invalidRevision(
        'AppSpecContent revisions are for AWS Lambda and Amazon ECS deployments; an EC2/On-premises revision is a bundle in S3.',
      );
    }
    const spec = raw.appSpecContent;
    const content = isRecord(spec) ? optionalText(spec.content) : undefined;
    if (content === undefined) throw errors.invalidRevision('The AppSpec content is required.');
    const computed = appSpecSha256(content);
    const given = isRecord(spec) ? optionalText(spec.sha256) : undefined;
    if (given !== undefined && given !== computed) {
      throw errors.invalidRevision('The SHA256 hash value of the AppSpec content does not match its content.');
    }
    return { revisionType: 'AppSpecContent', appSpecContent: { content, sha256: computed } };
  }
  if (type === 'GitHub' || type === 'String') {
    throw errors.invalidRevision(`Revision type ${type} is not supported here; use S3 or AppSpecContent.`);
  }
  throw errors.invalidRevision(`Revision type is invalid: ${String(type)}. Valid types are S3 and AppSpecContent.`);
}

function readS3Location(raw: unknown, platform: ComputePlatform): S3Location {
  if (!isRecord(raw)) throw errors.invalidRevision('An S3 revision needs s3Location with a bucket and a key.');
  const bucket = optionalText(raw.bucket);
  if (bucket === undefined) throw errors.invalidRevision('The bucket name of the S3 revision is required.');
  const key = optionalText(raw.key);
  if (key === undefined) throw errors.invalidRevision('The key of the S3 revision is required.');
  const bundleType = raw.bundleType;
  if (!BUNDLE_TYPES.includes(bundleType as S3Location['bundleType'])) {
    throw errors.invalidRevision(
      `Bundle type is invalid: ${String(bundleType)}. Valid types are ${BUNDLE_TYPES.join(', ')}.`,
    );
  }
  if (platform === 'Server' && (bundleType === 'YAML' || bundleType === 'JSON')) {
    throw errors.invalidRevision(
      `An EC2/On-premises revision is an archive (zip, tar or tgz) holding appspec.yml, not a bare ${bundleType} file.`,
    );
  }
  const eTag = optionalText(raw.eTag);
  const version = optionalText(raw.version);
  return {
    bucket,
    key,
    bundleType: bundleType as S3Location['bundleType'],
    ...(eTag !== undefined && { eTag }),
    ...(version !== undefined && { version }),
  };
}

/**
 * The revision with the ETag of the S3 object it names filled in (S3's ETag without its quotes), as a deployment
 * pins the bundle it downloads; unchanged when it already has one or the object does not exist.
 */
export function withS3ETag(world: World, location: RevisionLocation): RevisionLocation {
  if (location.revisionType !== 'S3' || location.s3Location.eTag !== undefined) return location;
  const bucket = getOwn(world.account.s3.buckets, location.s3Location.bucket);
  const object = bucket && getOwn(bucket.objects, location.s3Location.key);
  if (!object) return location;
  return { revisionType: 'S3', s3Location: { ...location.s3Location, eTag: object.etag.replace(/"/g, '') } };
}

/** The register entry of a revision of an application, if the application has seen it. */
export function findRevision(
  account: Account,
  applicationName: string,
  location: RevisionLocation,
): RegisteredRevision | undefined {
  const register = getOwn(account.codedeploy.revisions, applicationName);
  return register && getOwn(register, revisionKey(location));
}

/** Registers a revision (again: a new description replaces the old one; usage is kept). */
export function registerRevision(
  account: Account,
  applicationName: string,
  location: RevisionLocation,
  description: string | undefined,
  at: SimMillis,
): RegisteredRevision {
  const registers = account.codedeploy.revisions;
  if (!Object.hasOwn(registers, applicationName)) setOwn(registers, applicationName, {});
  const register = registers[applicationName] as Record<string, RegisteredRevision>;
  const key = revisionKey(location);
  const existing = getOwn(register, key);
  const entry: RegisteredRevision = existing
    ? { ...existing, ...(description !== undefined && { description }) }
    : {
        revisionLocation: location,
        registerTime: at,
        deploymentGroups: [],
        ...(description !== undefined && { description }),
      };
  setOwn(register, key, entry);
  return entry;
}

/**
 * A deployment of `location` to a group was created: the revision is registered if it was not (as CodeDeploy
 * does), and its first/last use and deployment groups move on. A deployment pins the bundle's ETag
 * (`withS3ETag`); when the application registered the same bucket and key without one, that entry is the one used.
 */
export function recordRevisionUse(
  account: Account,
  applicationName: string,
  location: RevisionLocation,
  deploymentGroupName: string,
  at: SimMillis,
): void {
  const unpinned =
    location.revisionType === 'S3' &&
    location.s3Location.eTag !== undefined &&
    location.s3Location.version === undefined
      ? findRevision(account, applicationName, {
          revisionType: 'S3',
          s3Location: {
            bucket: location.s3Location.bucket,
            key: location.s3Location.key,
            bundleType: location.s3Location.bundleType,
          },
        })
      : undefined;
  const entry =
    findRevision(account, applicationName, location) ??
    unpinned ??
    registerRevision(account, applicationName, location, undefined, at);
  entry.firstUsedTime ??= at;
  entry.lastUsedTime = at;
  if (!entry.deploymentGroups.includes(deploymentGroupName)) entry.deploymentGroups.push(deploymentGroupName);
}

/** The wire `RevisionLocation` (CodeDeploy answers with the hash it computed). */
export function revisionLocationView(location: RevisionLocation): Record<string, unknown> {
  return location.revisionType === 'S3'
    ? { revisionType: 'S3', s3Location: { ...location.s3Location } }
    : { revisionType: 'AppSpecContent', appSpecContent: { ...location.appSpecContent } };
}

/** The wire `GenericRevisionInfo`. */
export function revisionInfoView(world: World, entry: RegisteredRevision): Record<string, unknown> {
  const at = (t: SimMillis) => epochSecondsAt(world.startEpochMs, t);
  return {
    ...(entry.description !== undefined && { description: entry.description }),
    deploymentGroups: [...entry.deploymentGroups],
    ...(entry.firstUsedTime !== undefined && { firstUsedTime: at(entry.firstUsedTime) }),
    ...(entry.lastUsedTime !== undefined && { lastUsedTime: at(entry.lastUsedTime) }),
    registerTime: at(entry.registerTime),
  };
}
