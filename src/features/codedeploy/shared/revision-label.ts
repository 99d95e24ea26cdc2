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
/**
 * A split's label as people say it: Lambda versions and ECS task definitions are already short;
 * an EC2 revision key (`s3://bucket/key#etag`) becomes the bundle's file name, and instances that
 * have no revision yet say so.
 */
export function versionName(label: string): string {
  if (label === 'none') return 'no revision yet';
  const s3 = /^s3:\/\/[^/]+\/(?:.*\/)?([^/#]+)(?:#"?([0-9a-f]{8}))?/.exec(label);
  if (!s3) return label;
  return s3[2] ? `${s3[1]} ${s3[2]}` : (s3[1] as string);
}
