import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AwsError } from '../../core/aws-error';
import { getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { codeartifactErrors as errors } from '../errors';
import {
  addVersion,
  assetOf,
  compareVersions,
  emitVersionChange,
  ensurePackage,
  findPackage,
  newRevision,
  packagesOf,
  type PackageCoordinates,
} from '../packages';
import { displayName, publishRefusal } from '../resolution';
import type { PackageRecord, PackageVersionRecord, Repository } from '../state';
import {
  compareNames,
  epochSeconds,
  optionalText,
  page,
  readEnum,
  readPackage,
  requiredText,
  requireReadableRepository,
  requireRepository,
} from './common';

const ALLOW_BLOCK = ['ALLOW', 'BLOCK'] as const;
const STATUSES = ['Published', 'Unfinished', 'Unlisted', 'Archived', 'Disposed', 'Deleted'] as const;

const namespaceOf = (p: { namespace?: string }) => (p.namespace === undefined ? {} : { namespace: p.namespace });

export function requirePackage(
  repository: Repository,
  world: SimContext['world'],
  p: PackageCoordinates,
): PackageRecord {
  const record = findPackage(world, repository.domainName, repository.name, p);
  if (!record) throw errors.packageNotFound(displayName(p), repository.name);
  return record;
}

export function requireVersion(repository: Repository, record: PackageRecord, version: string): PackageVersionRecord {
  const v = getOwn(record.versions, version);
  if (!v) throw errors.packageVersionNotFound(displayName(record), version, repository.name);
  return v;
}

const originConfiguration = (p: PackageRecord) => ({ restrictions: { ...p.originConfiguration.restrictions } });

/** Packages of the repository itself (never its upstreams), filtered as ListPackages filters them. */
export const ListPackages: Operation = (ctx, input) => {
  const { repository } = requireReadableRepository(ctx, input, 'ListPackages');
  const format = optionalText(input, 'format');
  const namespace = optionalText(input, 'namespace');
  const prefix = optionalText(input, 'packagePrefix');
  const publish = readEnum(input, 'publish', ALLOW_BLOCK);
  const upstream = readEnum(input, 'upstream', ALLOW_BLOCK);
  const all = packagesOf(ctx.world, repository.domainName, repository.name)
    .filter(
      (p) =>
        (format === undefined || p.format === format) &&
        (namespace === undefined || (p.namespace ?? '').startsWith(namespace)) &&
        (prefix === undefined || p.name.startsWith(prefix)) &&
        (publish === undefined || p.originConfiguration.restrictions.publish === publish) &&
        (upstream === undefined || p.originConfiguration.restrictions.upstream === upstream),
    )
    .sort(
      (a, b) =>
        compareNames(a.format, b.format) ||
        compareNames(a.namespace ?? '', b.namespace ?? '') ||
        compareNames(a.name, b.name),
    );
  const { items, nextToken } = page(all, input);
  return {
    packages: items.map((p) => ({
      format: p.format,
      ...namespaceOf(p),
      package: p.name,
      originConfiguration: originConfiguration(p),
    })),
    ...(nextToken ? { nextToken } : {}),
  };
};

export const DescribePackage: Operation = (ctx, input) => {
  const { repository } = requireReadableRepository(ctx, input, 'DescribePackage');
  const record = requirePackage(repository, ctx.world, readPackage(input));
  return {
    package: {
      format: record.format,
      ...namespaceOf(record),
      name: record.name,
      originConfiguration: originConfiguration(record),
    },
  };
};

/** The version package managers install when none is named: the newest Published one. */
export const defaultDisplayVersion = (record: PackageRecord) =>
  Object.values(record.versions)
    .filter((v) => v.status === 'Published')
    .map((v) => v.version)
    .sort(compareVersions)
    .at(-1);

const versionOrigin = (v: PackageVersionRecord) => ({
  domainEntryPoint: { ...v.origin.domainEntryPoint },
  originType: v.origin.originType,
});

/** Versions in the repository itself, never its upstreams (aws-facts §5.1). */
export const ListPackageVersions: Operation = (ctx, input) => {
  const { repository } = requireReadableRepository(ctx, input, 'ListPackageVersions');
  const record = requirePackage(repository, ctx.world, readPackage(input));
  const status = readEnum(input, 'status', STATUSES);
  const sortBy = readEnum(input, 'sortBy', ['PUBLISHED_TIME'] as const);
  const originType = readEnum(input, 'originType', ['INTERNAL', 'EXTERNAL', 'UNKNOWN'] as const);
  const versions = Object.values(record.versions).filter(
    (v) =>
      (status === undefined || v.status === status) && (originType === undefined || v.origin.originType === originType),
  );
  versions.sort(
    sortBy === 'PUBLISHED_TIME'
      ? (a, b) => b.publishedTime - a.publishedTime || compareVersions(b.version, a.version)
      : (a, b) => compareVersions(a.version, b.version),
  );
  const { items, nextToken } = page(versions, input);
  const display = defaultDisplayVersion(record);
  return {
    ...(display === undefined ? {} : { defaultDisplayVersion: display }),
    format: record.format,
    ...namespaceOf(record),
    package: record.name,
    versions: items.map((v) => ({
      version: v.version,
      revision: v.revision,
      status: v.status,
      origin: versionOrigin(v),
    })),
    ...(nextToken ? { nextToken } : {}),
  };
};

export const DescribePackageVersion: Operation = (ctx, input) => {
  const { repository } = requireReadableRepository(ctx, input, 'DescribePackageVersion');
  const record = requirePackage(repository, ctx.world, readPackage(input));
  const v = requireVersion(repository, record, requiredText(input, 'packageVersion'));
  return {
    packageVersion: {
      format: record.format,
      ...namespaceOf(record),
      packageName: record.name,
      displayName: displayName(record),
      version: v.version,
      ...(v.summary === undefined ? {} : { summary: v.summary }),
      publishedTime: epochSeconds(ctx.world, v.publishedTime),
      licenses: [],
      revision: v.revision,
      status: v.status,
      origin: versionOrigin(v),
    },
  };
};

export const ListPackageVersionAssets: Operation = (ctx, input) => {
  const { repository } = requireReadableRepository(ctx, input, 'ListPackageVersionAssets');
  const record = requirePackage(repository, ctx.world, readPackage(input));
  const v = requireVersion(repository, record, requiredText(input, 'packageVersion'));
  if (v.status === 'Disposed' || v.status === 'Archived')
    throw new AwsError(
      'ResourceNotFoundException',
      `Package version ${displayName(record)} ${v.version} is ${v.status}: its assets cannot be listed or downloaded.`,
      404,
    );
  const { items, nextToken } = page(v.assets, input);
  return {
    format: record.format,
    ...namespaceOf(record),
    package: record.name,
    version: v.version,
    versionRevision: v.revision,
    assets: items.map((a) => ({ name: a.name, size: a.size, hashes: { ...a.hashes } })),
    ...(nextToken ? { nextToken } : {}),
  };
};

/**
 * Sets a package's origin controls in one repository; works before the package has any version there (the way
 * to keep a public package of the same name out).
 */
export const PutPackageOriginConfiguration: Operation = (ctx, input) => {
  const { repository } = requireRepository(ctx, input);
  const p = readPackage(input);
  const restrictions = input.restrictions as { publish?: unknown; upstream?: unknown } | undefined | null;
  if (restrictions === undefined || restrictions === null) throw errors.required('restrictions');
  const publish = readEnum(restrictions as Record<string, unknown>, 'publish', ALLOW_BLOCK);
  const upstream = readEnum(restrictions as Record<string, unknown>, 'upstream', ALLOW_BLOCK);
  if (publish === undefined) throw errors.required('publish', 'restrictions.publish');
  if (upstream === undefined) throw errors.required('upstream', 'restrictions.upstream');
  const record = ensurePackage(ctx.world, repository.domainName, repository.name, p, { publish, upstream });
  record.originConfiguration = { restrictions: { publish, upstream } };
  return { originConfiguration: originConfiguration(record) };
};

const ASSET_LIMIT = 150;
const ASSET_NAME = /^\P{C}+$/u;
const VERSION = /^[^#/\s]+$/;

/**
 * Publishes one asset of a generic package version. With `unfinished` the version stays Unfinished so more assets
 * can follow; the last call (without it) publishes the version.
 */
export const PublishPackageVersion: Operation = (ctx, input) => {
  const { repository } = requireRepository(ctx, input);
  if (requiredText(input, 'format') !== 'generic')
    throw errors.validation(
      'PublishPackageVersion supports only the generic format; publish other formats with their package manager.',
    );
  const namespace = requiredText(input, 'namespace');
  const p = readPackage(input);
  const version = requiredText(input, 'packageVersion');
  if (version.length > 255 || !VERSION.test(version))
    throw errors.pattern('packageVersion', version, VERSION.source.slice(1, -1));
  const assetName = requiredText(input, 'assetName');
  if (assetName.length > 255 || !ASSET_NAME.test(assetName)) throw errors.pattern('assetName', assetName, '\\P{C}+');
  const content = input.assetContent;
  if (typeof content !== 'string') throw errors.required('assetContent');
  const claimed = requiredText(input, 'assetSHA256');
  const actual = bytesToHex(sha256(utf8ToBytes(content)));
  if (claimed.toLowerCase() !== actual)
    throw errors.validation(
      `The SHA256 hash given in assetSHA256 (${claimed}) does not match the asset content (${actual}).`,
    );
  const unfinished = input.unfinished === true;
  const existing = findPackage(ctx.world, repository.domainName, repository.name, { ...p, namespace });
  const current = existing && getOwn(existing.versions, version);
  if (current && current.status === 'Unfinished') {
    if (current.assets.some((a) => a.name === assetName))
      throw errors.packageVersionExists(`${namespace}/${p.name}`, `${version} asset ${assetName}`, repository.name);
    if (current.assets.length >= ASSET_LIMIT) throw errors.assetLimit(ASSET_LIMIT);
    const asset = assetOf(assetName, utf8ToBytes(content).length, content);
    current.assets.push(asset);
    current.revision = newRevision(ctx);
    if (!unfinished) current.status = 'Published';
    emitVersionChange(ctx, existing, current, { operationType: 'Updated', assetsAdded: 1, statusChanged: !unfinished });
    return publishOutput(existing, current, asset);
  }
  const refusal = publishRefusal(ctx.world, repository, { ...p, namespace }, version);
  if (refusal) throw new AwsError(refusal.type, refusal.message, refusal.status);
  const record = ensurePackage(
    ctx.world,
    repository.domainName,
    repository.name,
    { ...p, namespace },
    { publish: 'ALLOW', upstream: 'BLOCK' },
  );
  const asset = assetOf(assetName, utf8ToBytes(content).length, content);
  const created = addVersion(ctx, record, {
    version,
    status: unfinished ? 'Unfinished' : 'Published',
    origin: { domainEntryPoint: { repositoryName: repository.name }, originType: 'INTERNAL' },
    assets: [asset],
  });
  return publishOutput(record, created, asset);
};

const publishOutput = (
  record: PackageRecord,
  v: PackageVersionRecord,
  asset: PackageVersionRecord['assets'][number],
) => ({
  format: record.format,
  ...namespaceOf(record),
  package: record.name,
  version: v.version,
  versionRevision: v.revision,
  status: v.status,
  asset: { name: asset.name, size: asset.size, hashes: { ...asset.hashes } },
});
