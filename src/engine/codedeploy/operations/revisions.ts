import { getOwn } from '../../core/records';
import type { Operation } from '../../core/simulation';
import { codedeployErrors as errors } from '../errors';
import {
  findRevision,
  readRevisionLocation,
  registerRevision,
  revisionInfoView,
  revisionKey,
  revisionLocationView,
} from '../revisions';
import type { RegisteredRevision } from '../state';
import { BATCH_LIMIT, compareNames, page, readDescription, requireApplication } from './common';

export const RegisterApplicationRevision: Operation = (ctx, input) => {
  const app = requireApplication(ctx, input);
  const location = readRevisionLocation(input.revision, app.computePlatform);
  const description = readDescription(input);
  registerRevision(ctx.world.account, app.applicationName, location, description, ctx.now);
  return {};
};

export const GetApplicationRevision: Operation = (ctx, input) => {
  const app = requireApplication(ctx, input);
  const location = readRevisionLocation(input.revision, app.computePlatform);
  const entry = findRevision(ctx.world.account, app.applicationName, location);
  if (!entry) throw errors.revisionNotFound(app.applicationName);
  return {
    applicationName: app.applicationName,
    revision: revisionLocationView(entry.revisionLocation),
    revisionInfo: revisionInfoView(ctx.world, entry),
  };
};

/** Revisions the application has not seen come back without `genericRevisionInfo`. */
export const BatchGetApplicationRevisions: Operation = (ctx, input) => {
  const app = requireApplication(ctx, input);
  const raw = input.revisions;
  if (!Array.isArray(raw) || raw.length === 0) throw errors.revisionRequired();
  if (raw.length > BATCH_LIMIT) throw errors.batchLimit();
  const revisions = raw.map((r) => {
    const location = readRevisionLocation(r, app.computePlatform);
    const entry = findRevision(ctx.world.account, app.applicationName, location);
    return {
      revisionLocation: revisionLocationView(entry?.revisionLocation ?? location),
      ...(entry && { genericRevisionInfo: revisionInfoView(ctx.world, entry) }),
    };
  });
  return { applicationName: app.applicationName, errorMessage: '', revisions };
};

const SORT_FIELDS = {
  registerTime: 'registerTime',
  firstUsedTime: 'firstUsedTime',
  lastUsedTime: 'lastUsedTime',
} as const;

export const ListApplicationRevisions: Operation = (ctx, input) => {
  const app = requireApplication(ctx, input);
  const sortBy = input.sortBy ?? 'registerTime';
  if (typeof sortBy !== 'string' || !Object.hasOwn(SORT_FIELDS, sortBy)) throw errors.invalidSortBy(sortBy);
  const sortOrder = input.sortOrder ?? 'ascending';
  if (sortOrder !== 'ascending' && sortOrder !== 'descending') throw errors.invalidSortOrder(sortOrder);
  const deployed = input.deployed ?? 'ignore';
  if (deployed !== 'include' && deployed !== 'exclude' && deployed !== 'ignore') {
    throw errors.invalidDeployedStateFilter(deployed);
  }
  const bucket = typeof input.s3Bucket === 'string' && input.s3Bucket !== '' ? input.s3Bucket : undefined;
  const prefix = typeof input.s3KeyPrefix === 'string' && input.s3KeyPrefix !== '' ? input.s3KeyPrefix : undefined;
  if (prefix !== undefined && bucket === undefined) throw errors.bucketNameFilterRequired();

  const field = SORT_FIELDS[sortBy as keyof typeof SORT_FIELDS];
  const entries = Object.values(getOwn(ctx.world.account.codedeploy.revisions, app.applicationName) ?? {})
    .filter((e: RegisteredRevision) => {
      const used = e.firstUsedTime !== undefined;
      if ((deployed === 'include' && !used) || (deployed === 'exclude' && used)) return false;
      if (bucket === undefined) return true;
      const location = e.revisionLocation;
      return (
        location.revisionType === 'S3' &&
        location.s3Location.bucket === bucket &&
        (prefix === undefined || location.s3Location.key.startsWith(prefix))
      );
    })
    // Never-used revisions have no first/last use time: they sort before the used ones.
    .sort(
      (a, b) =>
        (a[field] ?? -Infinity) - (b[field] ?? -Infinity) ||
        compareNames(revisionKey(a.revisionLocation), revisionKey(b.revisionLocation)),
    );
  if (sortOrder === 'descending') entries.reverse();
  const { items, nextToken } = page(entries, input.nextToken);
  return { revisions: items.map((e) => revisionLocationView(e.revisionLocation)), ...(nextToken && { nextToken }) };
};
