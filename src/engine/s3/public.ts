import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { base64 } from '@scure/base';
import { getOwn, setOwn } from '../core/records';
import type { SimMillis } from '../core/time';
import type { World } from '../world';
import type { Bucket, S3Object } from './state';

/** S3 bucket names: 3-63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. */
export function isValidBucketName(name: string): boolean {
  return /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) && !name.includes('..') && !/^\d+\.\d+\.\d+\.\d+$/.test(name);
}

export function createBucket(world: World, name: string, at: SimMillis): Bucket {
  const existing = getOwn(world.account.s3.buckets, name);
  if (existing) return existing;
  const bucket: Bucket = { name, creationDate: at, objects: {} };
  setOwn(world.account.s3.buckets, name, bucket);
  return bucket;
}

export const findBucket = (world: World, name: string): Bucket | undefined => getOwn(world.account.s3.buckets, name);

/** Writes an object; returns undefined when the bucket does not exist (S3's NoSuchBucket). */
export function putObject(
  world: World,
  bucketName: string,
  key: string,
  body: Uint8Array | string,
  at: SimMillis,
  contentType?: string,
): S3Object | undefined {
  const bucket = findBucket(world, bucketName);
  if (!bucket) return undefined;
  const bytes = typeof body === 'string' ? utf8ToBytes(body) : body;
  const object: S3Object = {
    body: base64.encode(bytes),
    size: bytes.length,
    etag: `"${bytesToHex(md5(bytes))}"`,
    lastModified: at,
    ...(contentType !== undefined && { contentType }),
  };
  setOwn(bucket.objects, key, object);
  return object;
}

export function getObjectBytes(world: World, bucketName: string, key: string): Uint8Array | undefined {
  const bucket = findBucket(world, bucketName);
  const object = bucket && getOwn(bucket.objects, key);
  return object ? base64.decode(object.body) : undefined;
}

/** Keys under a prefix, sorted as S3 lists them (UTF-8 binary order). */
export function listKeys(world: World, bucketName: string, prefix = ''): string[] {
  const bucket = findBucket(world, bucketName);
  if (!bucket) return [];
  return Object.keys(bucket.objects)
    .filter((k) => k.startsWith(prefix))
    .sort();
}
