import { AwsError } from '../../core/aws-error';
import { deleteOwn, getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { codeartifactErrors as errors } from '../errors';
import {
  addVersion,
  emitVersionChange,
  ensurePackage,
  findPackage,
  findRepository,
  newRevision,
  type PackageCoordinates,
} from '../packages';
import { checkRepositoryAccess, searchPlan } from '../resolution';
import type { PackageRecord, PackageVersionRecord, PackageVersionStatus, Repository } from '../state';
import { readEnum, readPackage, readRepositoryName, readStringList, requireDomain, requireRepository } from './common';
import { requirePackage } from './packages';

/** PackageVersionErrorCode (aws-facts §5.3). */
type ErrorCode =
  'ALREADY_EXISTS' | 'MISMATCHED_REVISION' | 'MISMATCHED_STATUS' | 'NOT_ALLOWED' | 'NOT_FOUND' | 'SKIPPED';

/** successfulVersions / failedVersions, as the batch version operations answer. */
class BatchResult {
  readonly successfulVersions: Record<string, { revision: string; status: PackageVersionStatus }> = {};
  readonly failedVersions: Record<string, { errorCode: ErrorCode; errorMessage: string }> = {};
  ok(version: string, revision: string, status: PackageVersionStatus) {
    this.successfulVersions[version] = { revision, status };
  }
  fail(version: string, errorCode: ErrorCode, errorMessage: string) {
    this.failedVersions[version] = { errorCode, errorMessage };
  }
  output() {
    return { successfulVersions: this.successfulVersions, failedVersions: this.failedVersions };
  }
}

const ALL_STATUSES = ['Published', 'Unfinished', 'Unlisted', 'Archived', 'Disposed', 'Deleted'] as const;

function readVersions(input: Record<string, unknown>, required: boolean): string[] | undefined {
  const versions = readStringList(input, 'versions');
  if (versions === undefined) {
    if (required) throw errors.required('versions');
    return undefined;
  }
  if (versions.length < 1 || versions.length > 100)
    throw errors.validation(
      `1 validation error detected: Value at 'versions' failed to satisfy constraint: Member must have length between 1 and 100, inclusive`,
    );
  return versions;
}

function readRevisions(input: Record<string, unknown>): Record<string, string> | undefined {
  const value = input.versionRevisions;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string'))
    throw new AwsError('SerializationException', 'Field versionRevisions must be a map of version to revision.');
  return value as Record<string, string>;
}

/**
 * The guards every batch version operation applies to one version, in the service's order: it must exist, match
 * the revision given for it and the expected status. Returns the version when it passes.
 */
function guarded(
  result: BatchResult,
  record: PackageRecord,
  version: string,
  revisions: Record<string, string> | undefined,
  expectedStatus: PackageVersionStatus | undefined,
): PackageVersionRecord | undefined {
  const v = getOwn(record.versions, version);
  if (!v) {
    result.fail(version, 'NOT_FOUND', `Package version ${version} not found`);
    return undefined;
  }
  const revision = revisions && getOwn(revisions, version);
  if (revision !== undefined && revision !== v.revision) {
    result.fail(version, 'MISMATCHED_REVISION', `current revision: ${v.revision}, expected revision: ${revision}`);
    return undefined;
  }
  if (expectedStatus !== undefined && v.status !== expectedStatus) {
    result.fail(version, 'MISMATCHED_STATUS', `current status: ${v.status}, expected status: ${expectedStatus}`);
    return undefined;
  }
  return v;
}

/** The versions a call names: the `versions` list, or the keys of `versionRevisions` when only that is given. */
function namedVersions(
  input: Record<string, unknown>,
  revisions: Record<string, string> | undefined,
  required: boolean,
) {
  const versions = readVersions(input, required && revisions === undefined);
  return versions ?? Object.keys(revisions ?? {});
}

/**
 * Sets Published, Unlisted or Archived. Disposed versions cannot come back, and no version can return to
 * Unfinished (aws-facts §5.3).
 */
export const UpdatePackageVersionsStatus: Operation = (ctx, input) => {
  const { repository } = requireRepository(ctx, input);
  const record = requirePackage(repository, ctx.world, readPackage(input));
  const target = readEnum(input, 'targetStatus', ALL_STATUSES);
  if (target === undefined) throw errors.required('targetStatus');
  if (target !== 'Published' && target !== 'Unlisted' && target !== 'Archived')
    throw errors.validation(
      `targetStatus ${target} is not allowed: UpdatePackageVersionsStatus sets only Published, Unlisted or Archived (use DisposePackageVersions or DeletePackageVersions for the others).`,
    );
  const revisions = readRevisions(input);
  const versions = readVersions(input, true) ?? [];
  const expectedStatus = readEnum(input, 'expectedStatus', ALL_STATUSES);
  const result = new BatchResult();
  for (const version of versions) {
    const v = guarded(result, record, version, revisions, expectedStatus);
    if (!v) continue;
    if (v.status === 'Disposed') {
      result.fail(
        version,
        'NOT_ALLOWED',
        `Disposed package versions cannot be set to ${target}: their assets are gone.`,
      );
      continue;
    }
    if (v.status !== target) {
      v.status = target;
      v.revision = newRevision(ctx);
      emitVersionChange(ctx, record, v, { operationType: 'Updated', statusChanged: true });
    }
    result.ok(version, v.revision, v.status);
  }
  return result.output();
};

/** Deletes the versions' assets for good and leaves the versions as Disposed (aws-facts §5.3). */
export const DisposePackageVersions: Operation = (ctx, input) => {
  const { repository } = requireRepository(ctx, input);
  const record = requirePackage(repository, ctx.world, readPackage(input));
  const revisions = readRevisions(input);
  const versions = readVersions(input, true) ?? [];
  const expectedStatus = readEnum(input, 'expectedStatus', ALL_STATUSES);
  const result = new BatchResult();
  for (const version of versions) {
    const v = guarded(result, record, version, revisions, expectedStatus);
    if (!v) continue;
    if (v.status === 'Disposed') {
      result.fail(version, 'SKIPPED', 'Package version is already Disposed');
      continue;
    }
    const removed = v.assets.length;
    v.status = 'Disposed';
    v.assets = [];
    v.revision = newRevision(ctx);
    emitVersionChange(ctx, record, v, { operationType: 'Updated', statusChanged: true, assetsRemoved: removed });
    result.ok(version, v.revision, v.status);
  }
  return result.output();
};

/** Removes versions entirely; the same version can be published again afterwards (aws-facts §5.3). */
export const DeletePackageVersions: Operation = (ctx, input) => {
  const { repository } = requireRepository(ctx, input);
  const record = requirePackage(repository, ctx.world, readPackage(input));
  const versions = readVersions(input, true) ?? [];
  const expectedStatus = readEnum(input, 'expectedStatus', ALL_STATUSES);
  const result = new BatchResult();
  for (const version of versions) {
    const v = guarded(result, record, version, undefined, expectedStatus);
    if (!v) continue;
    deleteOwn(record.versions, version);
    emitVersionChange(ctx, record, v, { operationType: 'Deleted', assetsRemoved: v.assets.length });
    result.ok(version, v.revision, 'Deleted');
  }
  return result.output();
};

/** The version in the source repository or, with includeFromUpstream, the first upstream (in search order) holding it. */
function sourceVersion(
  ctx: SimContext,
  source: Repository,
  p: PackageCoordinates,
  version: string,
  fromUpstream: boolean,
) {
  for (const step of searchPlan(ctx.world, source.domainName, source)) {
    if (step.externalConnection || (step.depth > 0 && !fromUpstream)) continue;
    const record = findPackage(ctx.world, source.domainName, step.repository.name, p);
    const v = record && getOwn(record.versions, version);
    if (v) return v;
  }
  return undefined;
}

/**
 * Copies versions between repositories of a domain: the copy keeps its status and origin and gets a new revision;
 * the assets are shared (the domain stores them once). Name the versions by `versions` or by `versionRevisions`,
 * not both.
 */
export const CopyPackageVersions: Operation = (ctx, input) => {
  const domain = requireDomain(ctx, input);
  const sourceName = readRepositoryName(input, 'sourceRepository');
  const destinationName = readRepositoryName(input, 'destinationRepository');
  const source = findRepository(ctx.world, domain.name, sourceName);
  if (!source) throw errors.repositoryNotFound(sourceName, domain.name, domain.owner);
  const destination = findRepository(ctx.world, domain.name, destinationName);
  if (!destination) throw errors.repositoryNotFound(destinationName, domain.name, domain.owner);
  if (source.name === destination.name)
    throw errors.validation('sourceRepository and destinationRepository must be different repositories.');
  const p = readPackage(input);
  const revisions = readRevisions(input);
  if ((input.versions === undefined || input.versions === null) === (revisions === undefined))
    throw errors.validation('Specify either versions or versionRevisions, but not both.');
  const versions = namedVersions(input, revisions, true);
  const allowOverwrite = input.allowOverwrite === true;
  const includeFromUpstream = input.includeFromUpstream === true;
  checkRepositoryAccess(ctx.world, source, ctx.caller, 'codeartifact:ReadFromRepository');
  checkRepositoryAccess(ctx.world, destination, ctx.caller, 'codeartifact:CopyPackageVersions');
  if (!findPackage(ctx.world, domain.name, source.name, p) && !includeFromUpstream)
    throw errors.packageNotFound(p.name, source.name);
  const result = new BatchResult();
  for (const version of versions) {
    const v = sourceVersion(ctx, source, p, version, includeFromUpstream);
    if (!v) {
      result.fail(version, 'NOT_FOUND', `Package version ${version} not found in repository ${source.name}`);
      continue;
    }
    const revision = revisions && getOwn(revisions, version);
    if (revision !== undefined && revision !== v.revision) {
      result.fail(version, 'MISMATCHED_REVISION', `current revision: ${v.revision}, expected revision: ${revision}`);
      continue;
    }
    if (v.status === 'Disposed' || v.status === 'Unfinished') {
      result.fail(version, 'NOT_ALLOWED', `${v.status} package versions cannot be copied`);
      continue;
    }
    const target = ensurePackage(ctx.world, domain.name, destination.name, p, { publish: 'ALLOW', upstream: 'BLOCK' });
    const existing = getOwn(target.versions, version);
    if (existing && !allowOverwrite) {
      result.fail(
        version,
        'ALREADY_EXISTS',
        `Package version ${version} already exists in repository ${destination.name}`,
      );
      continue;
    }
    if (existing) {
      existing.status = v.status;
      existing.assets = v.assets.map((a) => ({ ...a, hashes: { ...a.hashes } }));
      existing.origin = { domainEntryPoint: { ...v.origin.domainEntryPoint }, originType: v.origin.originType };
      existing.revision = newRevision(ctx);
      emitVersionChange(ctx, target, existing, {
        operationType: 'Updated',
        assetsAdded: existing.assets.length,
        statusChanged: true,
      });
      result.ok(version, existing.revision, existing.status);
      continue;
    }
    const copy = addVersion(ctx, target, {
      version,
      status: v.status,
      origin: { domainEntryPoint: { ...v.origin.domainEntryPoint }, originType: v.origin.originType },
      assets: v.assets.map((a) => ({ ...a, hashes: { ...a.hashes } })),
      ...(v.summary === undefined ? {} : { summary: v.summary }),
    });
    result.ok(version, copy.revision, copy.status);
  }
  return result.output();
};
