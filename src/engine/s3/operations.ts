import { optionalInteger, optionalString } from '../core/input';
import { getOwn } from '../core/records';
import type { Operation, SimContext } from '../core/simulation';
import { s3Errors as errors } from './errors';
import type { Bucket, S3Object } from './state';

const epochMs = (ctx: SimContext, t: number) => ctx.world.startEpochMs + t;

function requireBucket(ctx: SimContext, input: Record<string, unknown>): Bucket {
  const name = optionalString(input, 'Bucket');
  const bucket = name ? getOwn(ctx.world.account.s3.buckets, name) : undefined;
  if (!bucket) throw errors.noSuchBucket();
  return bucket;
}

function requireObject(bucket: Bucket, input: Record<string, unknown>): { key: string; object: S3Object } {
  const key = optionalString(input, 'Key') ?? '';
  const object = key ? getOwn(bucket.objects, key) : undefined;
  if (!object) throw errors.noSuchKey();
  return { key, object };
}

function objectHead(ctx: SimContext, object: S3Object) {
  return {
    ContentType: object.contentType ?? 'binary/octet-stream',
    ContentLength: object.size,
    ETag: object.etag,
    LastModified: epochMs(ctx, object.lastModified),
  };
}

/**
 * The operations take and return S3's member names (`Bucket`, `Key`, `Contents`); times are epoch
 * milliseconds and bodies base64. The REST-XML wire form is `mocks/protocol/rest-s3.ts`'s job.
 */
export const ListBuckets: Operation = (ctx) => ({
  Buckets: Object.values(ctx.world.account.s3.buckets)
    .map((b) => ({ Name: b.name, CreationDate: epochMs(ctx, b.creationDate) }))
    .sort((a, b) => (a.Name < b.Name ? -1 : 1)),
  Owner: { ID: ctx.world.account.accountId },
});

export const HeadObject: Operation = (ctx, input) => {
  const { object } = requireObject(requireBucket(ctx, input), input);
  return objectHead(ctx, object);
};

export const GetObject: Operation = (ctx, input) => {
  const { object } = requireObject(requireBucket(ctx, input), input);
  return { ...objectHead(ctx, object), Body: object.body };
};

const TOKEN = /^k:(.*)$/s;

/**
 * ListObjectsV2: keys in UTF-8 binary order after `StartAfter` or the continuation token, at most `MaxKeys`
 * (1000); with a `Delimiter`, keys sharing a prefix up to the delimiter roll up into `CommonPrefixes`.
 */
export const ListObjectsV2: Operation = (ctx, input) => {
  const bucket = requireBucket(ctx, input);
  const prefix = optionalString(input, 'Prefix') ?? '';
  const delimiter = optionalString(input, 'Delimiter') || undefined;
  const maxKeys = optionalInteger(input, 'MaxKeys') ?? 1000;
  if (maxKeys < 0) throw errors.invalidArgument('Argument maxKeys must be an integer between 0 and 2147483647');
  const token = optionalString(input, 'ContinuationToken');
  const startAfter = optionalString(input, 'StartAfter') ?? '';
  let after = startAfter;
  if (token !== undefined) {
    const m = TOKEN.exec(token);
    if (!m) throw errors.invalidToken();
    after = m[1] ?? '';
  }
  const keys = Object.keys(bucket.objects)
    .filter((k) => k.startsWith(prefix) && k > after)
    .sort();
  const contents: { Key: string; LastModified: number; ETag: string; Size: number; StorageClass: string }[] = [];
  const prefixes: string[] = [];
  let last: string | undefined;
  let truncated = false;
  for (const key of keys) {
    const rest = key.slice(prefix.length);
    const cut = delimiter ? rest.indexOf(delimiter) : -1;
    const rolled = cut >= 0 ? prefix + rest.slice(0, cut + (delimiter?.length ?? 0)) : undefined;
    if (rolled !== undefined && prefixes.at(-1) === rolled) continue;
    if (contents.length + prefixes.length >= maxKeys) {
      truncated = true;
      break;
    }
    if (rolled !== undefined) {
      prefixes.push(rolled);
      last = rolled + '\uffff';
    } else {
      const object = bucket.objects[key] as S3Object;
      contents.push({
        Key: key,
        LastModified: epochMs(ctx, object.lastModified),
        ETag: object.etag,
        Size: object.size,
        StorageClass: 'STANDARD',
      });
      last = key;
    }
  }
  return {
    Name: bucket.name,
    Prefix: prefix,
    ...(delimiter !== undefined && { Delimiter: delimiter }),
    MaxKeys: maxKeys,
    KeyCount: contents.length + prefixes.length,
    IsTruncated: truncated,
    Contents: contents,
    CommonPrefixes: prefixes.map((p) => ({ Prefix: p })),
    ...(token !== undefined && { ContinuationToken: token }),
    ...(startAfter !== '' && { StartAfter: startAfter }),
    ...(truncated && last !== undefined && { NextContinuationToken: `k:${last}` }),
  };
};
