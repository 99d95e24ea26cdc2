import type { PackageVersionStatus } from '../../../api/codeartifact/wire-types';

/** The statuses UpdatePackageVersionsStatus may set (facts §5.3); Disposed has its own operation. */
export const SETTABLE_STATUSES = ['Published', 'Unlisted', 'Archived'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/** What each status means for someone installing packages. */
export const STATUS_MEANING: Record<PackageVersionStatus, string> = {
  Published: 'Listed and downloadable.',
  Unfinished: 'Maven only: assets uploaded without maven-metadata.xml; not listed.',
  Unlisted: 'Not listed, but still downloadable by its exact version.',
  Archived: 'Not listed and not downloadable; can be set back to Published or Unlisted.',
  Disposed: 'Assets deleted for good; only the record remains. No way back.',
  Deleted: 'Removed entirely; the version can be published again.',
};

/** The target statuses a version in `status` can be changed to. Disposed and Deleted versions have none. */
export function statusTargets(status: PackageVersionStatus | undefined): SettableStatus[] {
  if (status === undefined || status === 'Disposed' || status === 'Deleted') return [];
  return SETTABLE_STATUSES.filter((s) => s !== status);
}

/** Targets every selected version can move to, so one UpdatePackageVersionsStatus call suits them all. */
export function commonStatusTargets(statuses: readonly (PackageVersionStatus | undefined)[]): SettableStatus[] {
  if (statuses.length === 0) return [];
  return SETTABLE_STATUSES.filter((t) => statuses.every((s) => statusTargets(s).includes(t)));
}

/** The expected status to send: the selection's one status, so a version changed meanwhile fails MISMATCHED_STATUS. */
export function sharedStatus(
  statuses: readonly (PackageVersionStatus | undefined)[],
): PackageVersionStatus | undefined {
  const first = statuses[0];
  return first !== undefined && statuses.every((s) => s === first) ? first : undefined;
}

/** Disposing needs assets to delete: Disposed (and Deleted) versions have none left. */
export const canDispose = (status: PackageVersionStatus | undefined) =>
  status !== undefined && status !== 'Disposed' && status !== 'Deleted';

/** Copying copies assets: a Disposed version has none to copy. */
export const canCopy = (status: PackageVersionStatus | undefined) => canDispose(status);
