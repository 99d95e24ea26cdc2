import { base64 } from '@scure/base';
import { XMLBuilder } from 'fast-xml-parser';
import { http, HttpResponse } from 'msw';
import type { EngineClient } from '../../src/worker/protocol';

/** Path-style S3 under the app's origin: `/aws/s3/<bucket>/<key>`, the counterpart of `s3.<region>.amazonaws.com`. */
export const S3_PATH = '/aws/s3';
const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: false });
let requestCounter = 0;

const xml = (root: string, body: Record<string, unknown>) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ [root]: body }) as string}`;

const accessKeyOf = (request: Request) =>
  /Credential=([A-Z0-9]+)\//.exec(request.headers.get('authorization') ?? '')?.[1];

const iso = (epochMs: number) => new Date(epochMs).toISOString();

function headers(requestId: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-amz-request-id': requestId, 'x-amz-id-2': `cicdlab/${requestId}`, ...extra };
}

/** S3's error answer: an `<Error>` document (no body for HEAD, where the status alone speaks). */
function s3Error(
  code: string,
  message: string,
  status: number,
  requestId: string,
  method: string,
  extra: Record<string, string> = {},
) {
  if (method === 'HEAD') return new HttpResponse(null, { status, headers: headers(requestId) });
  return new HttpResponse(xml('Error', { Code: code, Message: message, ...extra, RequestId: requestId }), {
    status,
    headers: headers(requestId, { 'content-type': 'application/xml' }),
  });
}

/** `/aws/s3/<bucket>/<key...>` → bucket and key (decoded); either may be absent. */
export function parseS3Path(pathname: string): { bucket?: string; key?: string } | undefined {
  const at = pathname.indexOf(S3_PATH);
  if (at < 0) return undefined;
  const rest = pathname.slice(at + S3_PATH.length);
  if (rest !== '' && !rest.startsWith('/')) return undefined;
  const [, rawBucket = '', ...keyParts] = rest.split('/');
  const decode = (s: string) => decodeURIComponent(s);
  const bucket = rawBucket === '' ? undefined : decode(rawBucket);
  const key = keyParts.length === 0 || keyParts.join('/') === '' ? undefined : keyParts.map(decode).join('/');
  return { ...(bucket !== undefined && { bucket }), ...(key !== undefined && { key }) };
}

interface Listed {
  Name: string;
  Prefix: string;
  Delimiter?: string;
  MaxKeys: number;
  KeyCount: number;
  IsTruncated: boolean;
  Contents: { Key: string; LastModified: number; ETag: string; Size: number; StorageClass: string }[];
  CommonPrefixes: { Prefix: string }[];
  ContinuationToken?: string;
  NextContinuationToken?: string;
  StartAfter?: string;
}

function listBucketResult(out: Listed) {
  return xml('ListBucketResult', {
    '@_xmlns': S3_NS,
    Name: out.Name,
    Prefix: out.Prefix,
    ...(out.Delimiter !== undefined && { Delimiter: out.Delimiter }),
    ...(out.StartAfter !== undefined && { StartAfter: out.StartAfter }),
    ...(out.ContinuationToken !== undefined && { ContinuationToken: out.ContinuationToken }),
    KeyCount: out.KeyCount,
    MaxKeys: out.MaxKeys,
    IsTruncated: out.IsTruncated,
    ...(out.NextContinuationToken !== undefined && { NextContinuationToken: out.NextContinuationToken }),
    ...(out.Contents.length > 0 && {
      Contents: out.Contents.map((c) => ({ ...c, LastModified: iso(c.LastModified) })),
    }),
    ...(out.CommonPrefixes.length > 0 && { CommonPrefixes: out.CommonPrefixes }),
  });
}

/**
 * Amazon S3's REST-XML protocol, path-style: `GET /` lists buckets, `GET /<bucket>?list-type=2` lists
 * objects, `GET`/`HEAD /<bucket>/<key>` read one. Errors are `<Error><Code>` documents with S3's statuses.
 * This layer only translates: the `s3` engine module answers.
 */
export function restS3Handler(engine: () => EngineClient | undefined) {
  return http.all(`*${S3_PATH}*`, async ({ request }) => {
    const url = new URL(request.url);
    const target = parseS3Path(url.pathname);
    if (!target) return undefined;
    const requestId = `cicdlab-s3-${++requestCounter}`;
    const method = request.method.toUpperCase();
    const fail = (code: string, message: string, status: number, extra?: Record<string, string>) =>
      s3Error(code, message, status, requestId, method, extra);
    if (method !== 'GET' && method !== 'HEAD') {
      return fail('NotImplemented', 'A header you provided implies functionality that is not implemented', 501);
    }
    let operation: string;
    let input: Record<string, unknown>;
    const q = url.searchParams;
    if (target.bucket === undefined) {
      operation = 'ListBuckets';
      input = {};
    } else if (target.key === undefined) {
      if (q.get('list-type') !== '2') {
        return fail('NotImplemented', 'Only ListObjectsV2 (list-type=2) is simulated on buckets', 501);
      }
      operation = 'ListObjectsV2';
      const maxKeys = q.get('max-keys');
      input = {
        Bucket: target.bucket,
        ...(q.has('prefix') && { Prefix: q.get('prefix') }),
        ...(q.has('delimiter') && { Delimiter: q.get('delimiter') }),
        ...(q.has('continuation-token') && { ContinuationToken: q.get('continuation-token') }),
        ...(q.has('start-after') && { StartAfter: q.get('start-after') }),
        ...(maxKeys !== null && { MaxKeys: Number.isInteger(Number(maxKeys)) ? Number(maxKeys) : -1 }),
      };
    } else {
      operation = method === 'HEAD' ? 'HeadObject' : 'GetObject';
      input = { Bucket: target.bucket, Key: target.key };
    }
    const client = engine();
    if (!client) return fail('ServiceUnavailable', 'The simulated account is not running in this tab.', 503);
    const result = await client.execute({ service: 's3', operation, input, accessKeyId: accessKeyOf(request) });
    if (!result.ok) {
      const extra: Record<string, string> =
        result.error.type === 'NoSuchKey'
          ? { Key: target.key ?? '' }
          : result.error.type === 'NoSuchBucket'
            ? { BucketName: target.bucket ?? '' }
            : {};
      return fail(result.error.type, result.error.message, result.error.status, extra);
    }
    const xmlHeaders = headers(requestId, { 'content-type': 'application/xml' });
    if (operation === 'ListBuckets') {
      const out = result.output as { Buckets: { Name: string; CreationDate: number }[]; Owner: { ID: string } };
      const body = xml('ListAllMyBucketsResult', {
        '@_xmlns': S3_NS,
        Owner: { ID: out.Owner.ID, DisplayName: 'cicdlab' },
        Buckets: { Bucket: out.Buckets.map((b) => ({ Name: b.Name, CreationDate: iso(b.CreationDate) })) },
      });
      return new HttpResponse(body, { headers: xmlHeaders });
    }
    if (operation === 'ListObjectsV2') {
      return new HttpResponse(listBucketResult(result.output as Listed), { headers: xmlHeaders });
    }
    const out = result.output as {
      ContentType: string;
      ContentLength: number;
      ETag: string;
      LastModified: number;
      Body?: string;
    };
    const objectHeaders = headers(requestId, {
      'content-type': out.ContentType,
      'content-length': String(out.ContentLength),
      etag: out.ETag,
      'last-modified': new Date(out.LastModified).toUTCString(),
      'accept-ranges': 'bytes',
    });
    if (operation === 'HeadObject') return new HttpResponse(null, { headers: objectHeaders });
    const bytes = base64.decode(out.Body ?? '');
    return new HttpResponse(bytes, { headers: objectHeaders });
  });
}
