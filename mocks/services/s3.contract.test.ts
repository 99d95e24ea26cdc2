import {
  GetObjectCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  NoSuchBucket,
  NoSuchKey,
  NotFound,
  S3Client,
} from '@aws-sdk/client-s3';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';

/** The official SDK v3 client, path-style, is the contract: REST-XML as S3 speaks it. */
const client = new S3Client({ ...sdkConfig('s3'), forcePathStyle: true });
const { engine } = serveMockAws();
const BUCKET = 'demo-artifacts-123456789012';

/** The demo world pushes to main at 3m; its build uploads the artifact zip well within 15 minutes. */
async function runDemoBuild() {
  await engine().advance(15 * 60_000);
}

describe('S3 (REST-XML, path-style) through @aws-sdk/client-s3', () => {
  it('lists the buckets of the account', async () => {
    const out = await client.send(new ListBucketsCommand({}));
    // The demo pipelines' artifact store, the demo's build artifacts, and the bucket holding its CodeDeploy revisions.
    expect(out.Buckets?.map((b) => b.Name)).toEqual([
      'codepipeline-us-east-1-123456789012',
      BUCKET,
      'demo-deploy-revisions-123456789012',
    ]);
    expect(out.Buckets?.[0]?.CreationDate).toBeInstanceOf(Date);
  });

  it('lists an empty bucket, then the artifact and cache the demo build wrote', async () => {
    const empty = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    expect(empty.KeyCount).toBe(0);
    expect(empty.Contents).toBeUndefined();
    await runDemoBuild();
    const out = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    const keys = out.Contents?.map((c) => c.Key) ?? [];
    expect(keys.some((k) => /^[0-9a-f-]{36}\/demo-webapp\.zip$/.test(k ?? ''))).toBe(true);
    expect(out.IsTruncated).toBe(false);
    expect(out.Contents?.[0]?.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(out.Contents?.[0]?.LastModified).toBeInstanceOf(Date);
  });

  it('filters by prefix, rolls up by delimiter and pages with continuation tokens', async () => {
    await runDemoBuild();
    const all = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    const total = all.KeyCount ?? 0;
    expect(total).toBeGreaterThan(1);
    const first = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, MaxKeys: 1 }));
    expect(first.IsTruncated).toBe(true);
    expect(first.KeyCount).toBe(1);
    const second = await client.send(
      new ListObjectsV2Command({ Bucket: BUCKET, MaxKeys: 1000, ContinuationToken: first.NextContinuationToken }),
    );
    expect(second.KeyCount).toBe(total - 1);
    const rolled = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Delimiter: '/' }));
    expect(rolled.CommonPrefixes?.map((p) => p.Prefix)).toContain('cache/');
    const cache = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'cache/' }));
    expect(cache.Contents?.every((c) => c.Key?.startsWith('cache/'))).toBe(true);
  });

  it('gets and heads an object: bytes, length, type and ETag', async () => {
    await runDemoBuild();
    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    const zip = listed.Contents?.find((c) => c.Key?.endsWith('.zip'));
    const key = zip?.Key ?? '';
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(head.ContentLength).toBe(zip?.Size);
    expect(head.ETag).toBe(zip?.ETag);
    const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(object.ContentType).toBe(head.ContentType);
    const bytes = await object.Body?.transformToByteArray();
    expect(bytes?.length).toBe(zip?.Size);
    const files = unzipSync(bytes ?? new Uint8Array());
    expect(Object.keys(files)).toContain('package.json');
  });

  it('answers NoSuchKey and NoSuchBucket with 404 and S3 error documents', async () => {
    const missingKey = await rejection(client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'nope/x.zip' })));
    expect(missingKey).toBeInstanceOf(NoSuchKey);
    expect(missingKey.message).toBe('The specified key does not exist.');
    expect(missingKey.$metadata.httpStatusCode).toBe(404);
    const missingBucket = await rejection(client.send(new ListObjectsV2Command({ Bucket: 'no-such-bucket' })));
    expect(missingBucket).toBeInstanceOf(NoSuchBucket);
    expect(missingBucket.$metadata.httpStatusCode).toBe(404);
    const head = await rejection(client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'nope' })));
    expect(head).toBeInstanceOf(NotFound);
    expect(head.$metadata.httpStatusCode).toBe(404);
  });
});
