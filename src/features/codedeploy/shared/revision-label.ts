import type { RevisionLocation } from '../../../api/codedeploy/deployment-types';

/** A revision the way the console names it: `s3://bucket/key (zip)` or the AppSpec's SHA-256. */
export function revisionLabel(revision: RevisionLocation | undefined): string {
  if (!revision) return '–';
  if (revision.revisionType === 'S3') {
    const s3 = revision.s3Location;
    return `s3://${s3.bucket}/${s3.key}${s3.bundleType ? ` (${s3.bundleType})` : ''}`;
  }
  if (revision.revisionType === 'AppSpecContent') {
    const sha = revision.appSpecContent.sha256;
    return sha ? `AppSpec content ${sha.slice(0, 12)}…` : 'AppSpec content';
  }
  return revision.revisionType;
}
