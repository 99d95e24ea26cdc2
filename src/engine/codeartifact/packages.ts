import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { getOwn, setOwn } from '../core/records';
import type { SimContext } from '../core/simulation';
import type { World } from '../world';
import { normalisedName } from './public-registries';
import {
  packageKey,
  repositoryKey,
  type Domain,
  type PackageAsset,
  type PackageFormat,
  type PackageRecord,
  type PackageVersionOrigin,
  type PackageVersionRecord,
  type Repository,
} from './state';

export const findDomain = (world: World, name: string): Domain | undefined =>
  getOwn(world.account.codeartifact.domains, name);

export const findRepository = (world: World, domain: string, name: string): Repository | undefined =>
  getOwn(world.account.codeartifact.repositories, repositoryKey(domain, name));

/** How a package is named in requests: PyPI names are stored normalised, the way CodeArtifact stores them. */
export interface PackageCoordinates {
  format: PackageFormat;
  namespace?: string;
  name: string;
}

export const coordinates = (
  format: PackageFormat,
  namespace: string | undefined,
  name: string,
): PackageCoordinates => ({
  format,
  ...(namespace === undefined || namespace === '' ? {} : { namespace }),
  name: normalisedName(format, name),
});

export const findPackage = (
  world: World,
  domain: string,
  repository: string,
  p: PackageCoordinates,
): PackageRecord | undefined =>
  getOwn(world.account.codeartifact.packages, packageKey(domain, repository, p.format, p.namespace, p.name));

/** The packages one repository holds. */
export const packagesOf = (world: World, domain: string, repository: string): PackageRecord[] =>
  Object.values(world.account.codeartifact.packages).filter(
    (p) => p.domainName === domain && p.repositoryName === repository,
  );

/**
 * Version order as package managers sort: numeric dot-separated parts compared as numbers, a pre-release
 * (`-beta`) before its release, anything else as text.
 */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [core = '', pre] = v.split(/-(.*)/s, 2);
    return { parts: core.split(/[.+]/), pre };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
    const p = x.parts[i] ?? '0';
    const q = y.parts[i] ?? '0';
    const [np, nq] = [Number(p), Number(q)];
    const c = Number.isFinite(np) && Number.isFinite(nq) ? np - nq : p < q ? -1 : p > q ? 1 : 0;
    if (c !== 0) return c;
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/** The asset's four hashes, of its bytes (published content) or of a stable description (simulated content). */
export function assetOf(name: string, size: number, content: string): PackageAsset {
  const bytes = utf8ToBytes(content);
  return {
    name,
    size,
    hashes: {
      MD5: bytesToHex(md5(bytes)),
      'SHA-1': bytesToHex(sha1(bytes)),
      'SHA-256': bytesToHex(sha256(bytes)),
      'SHA-512': bytesToHex(sha512(bytes)),
    },
  };
}

/** A revision token: changes whenever a version's status or assets change. */
export function newRevision(ctx: SimContext): string {
  const hex = ctx.uuid().replace(/-/g, '');
  return bytesToHex(sha256(utf8ToBytes(hex)))
    .slice(0, 32)
    .toUpperCase();
}

/** The package record in a repository, created (with the given origin controls) if it is new. */
export function ensurePackage(
  world: World,
  domain: string,
  repository: string,
  p: PackageCoordinates,
  restrictions: PackageRecord['originConfiguration']['restrictions'],
): PackageRecord {
  const key = packageKey(domain, repository, p.format, p.namespace, p.name);
  const existing = getOwn(world.account.codeartifact.packages, key);
  if (existing) return existing;
  const record: PackageRecord = {
    domainName: domain,
    repositoryName: repository,
    ...p,
    originConfiguration: { restrictions: { ...restrictions } },
    versions: {},
    sequenceNumber: 0,
  };
  setOwn(world.account.codeartifact.packages, key, record);
  return record;
}

export const packageArn = (ctx: SimContext, p: PackageRecord) =>
  ctx.arn('codeartifact', `package/${p.domainName}/${p.repositoryName}/${p.format}/${p.namespace ?? ''}/${p.name}`);

export interface StateChange {
  operationType: 'Created' | 'Updated' | 'Deleted';
  assetsAdded?: number;
  assetsRemoved?: number;
  statusChanged?: boolean;
  metadataUpdated?: boolean;
}

/** "CodeArtifact Package Version State Change" (aws-facts §5.5); `sequenceNumber` grows per package. */
export function emitVersionChange(
  ctx: SimContext,
  p: PackageRecord,
  version: PackageVersionRecord,
  change: StateChange,
): void {
  const repository = findRepository(ctx.world, p.domainName, p.repositoryName);
  const domain = findDomain(ctx.world, p.domainName);
  p.sequenceNumber += 1;
  ctx.emit({
    source: 'aws.codeartifact',
    detailType: 'CodeArtifact Package Version State Change',
    resources: [packageArn(ctx, p)],
    detail: {
      domainName: p.domainName,
      domainOwner: domain?.owner ?? ctx.world.account.accountId,
      repositoryName: p.repositoryName,
      repositoryAdministrator: repository?.administratorAccount ?? ctx.world.account.accountId,
      packageFormat: p.format,
      packageNamespace: p.namespace ?? null,
      packageName: p.name,
      packageVersion: version.version,
      packageVersionState: version.status,
      packageVersionRevision: version.revision,
      changes: {
        assetsAdded: change.assetsAdded ?? 0,
        assetsRemoved: change.assetsRemoved ?? 0,
        assetsUpdated: 0,
        metadataUpdated: change.metadataUpdated ?? false,
        statusChanged: change.statusChanged ?? false,
      },
      operationType: change.operationType,
      sequenceNumber: p.sequenceNumber,
      eventDeduplicationId: bytesToHex(
        sha256(utf8ToBytes(`${packageArn(ctx, p)}/${version.version}/${p.sequenceNumber}`)),
      ).slice(0, 44),
    },
  });
}

/** Adds a version to a package (new, ingested or retained), emitting its Created event. */
export function addVersion(
  ctx: SimContext,
  p: PackageRecord,
  fields: {
    version: string;
    status: PackageVersionRecord['status'];
    origin: PackageVersionOrigin;
    assets: PackageAsset[];
    summary?: string;
  },
): PackageVersionRecord {
  const record: PackageVersionRecord = {
    version: fields.version,
    revision: newRevision(ctx),
    status: fields.status,
    origin: fields.origin,
    publishedTime: ctx.now,
    assets: fields.assets,
    ...(fields.summary === undefined ? {} : { summary: fields.summary }),
  };
  setOwn(p.versions, fields.version, record);
  emitVersionChange(ctx, p, record, { operationType: 'Created', assetsAdded: record.assets.length });
  return record;
}

/**
 * Bytes the domain stores: each asset once however many repositories hold it (assets are identified by their
 * SHA-256), and none of Disposed versions, whose assets are gone.
 */
export function domainAssetSizeBytes(world: World, domain: string): number {
  const seen = new Map<string, number>();
  for (const p of Object.values(world.account.codeartifact.packages)) {
    if (p.domainName !== domain) continue;
    for (const v of Object.values(p.versions)) {
      if (v.status === 'Disposed') continue;
      for (const a of v.assets) seen.set(a.hashes['SHA-256'], a.size);
    }
  }
  let total = 0;
  for (const size of seen.values()) total += size;
  return total;
}
