import type { SimMillis } from '../core/time';

export interface S3Object {
  /** The object's bytes, base64 (the world stays JSON). */
  body: string;
  size: number;
  /** Quoted MD5 hex, as S3 returns it for single-part uploads. */
  etag: string;
  lastModified: SimMillis;
  contentType?: string;
}

export interface Bucket {
  name: string;
  creationDate: SimMillis;
  objects: Record<string, S3Object>;
  /** Absent = the account's region; set by the fleet's "bucket in another region" fault. */
  region?: string;
}

/** Amazon S3 as the build engine needs it: buckets of objects (artifacts, caches, `aws s3 cp`). */
export interface S3State {
  buckets: Record<string, Bucket>;
}

export const emptyS3State = (): S3State => ({ buckets: {} });
