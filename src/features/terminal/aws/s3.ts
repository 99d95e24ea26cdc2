import { AwsApiError, authorizationFor, whenApiReady } from '../../../api/aws-call';
import { childText, s3Fetch, s3Url, xmlDocument } from '../../../api/s3/service';
import type { CommandContext } from '../command';
import { parseOperationArgs } from './args';
import { EXIT, paramError, usageError } from './errors';
import type { CliService } from './model';
import type { Output } from './program';

/**
 * `aws s3 ls|cp` and `aws s3api list-buckets|list-objects-v2|get-object|put-object` through the S3 REST mock
 * (path-style `aws/s3/<bucket>/<key>`), the terminal's files standing in for the local disk.
 */

interface Listing {
  contents: { Key: string; Size: number; ETag: string; LastModified: string }[];
  prefixes: string[];
}

async function listObjects(bucket: string, prefix: string, delimiter?: string): Promise<Listing> {
  const listing: Listing = { contents: [], prefixes: [] };
  let token: string | undefined;
  do {
    const url = s3Url(bucket, undefined, {
      'list-type': '2',
      prefix,
      ...(delimiter !== undefined && { delimiter }),
      ...(token !== undefined && { 'continuation-token': token }),
    });
    const doc = await xmlDocument(await s3Fetch(url));
    for (const c of doc.getElementsByTagName('Contents'))
      listing.contents.push({
        Key: childText(c, 'Key') ?? '',
        Size: Number(childText(c, 'Size') ?? 0),
        ETag: childText(c, 'ETag') ?? '',
        LastModified: childText(c, 'LastModified') ?? '',
      });
    for (const p of doc.getElementsByTagName('CommonPrefixes')) listing.prefixes.push(childText(p, 'Prefix') ?? '');
    const root = doc.documentElement;
    token = childText(root, 'IsTruncated') === 'true' ? childText(root, 'NextContinuationToken') : undefined;
  } while (token);
  return listing;
}

async function listBuckets(): Promise<{ Name: string; CreationDate: string }[]> {
  const doc = await xmlDocument(await s3Fetch(s3Url()));
  return [...doc.getElementsByTagName('Bucket')].map((b) => ({
    Name: childText(b, 'Name') ?? '',
    CreationDate: childText(b, 'CreationDate') ?? '',
  }));
}

async function getObject(bucket: string, key: string): Promise<Uint8Array> {
  return new Uint8Array(await (await s3Fetch(s3Url(bucket, key))).arrayBuffer());
}

async function putObject(bucket: string, key: string, body: Uint8Array): Promise<string> {
  await whenApiReady();
  const response = await fetch(s3Url(bucket, key), {
    method: 'PUT',
    headers: authorizationFor('s3'),
    body: body as BodyInit,
  });
  if (!response.ok) {
    const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
    throw new AwsApiError(
      doc.querySelector('Error > Code')?.textContent ?? `HTTP${response.status}`,
      doc.querySelector('Error > Message')?.textContent ?? response.statusText,
      response.status,
    );
  }
  return response.headers.get('etag') ?? '';
}

/** `s3://bucket/key` → its parts; undefined for a local path. */
export function parseS3Uri(uri: string): { bucket: string; key: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  return match ? { bucket: match[1] as string, key: match[2] as string } : undefined;
}

/** `aws s3 ls`'s date column: local time as `YYYY-MM-DD HH:MM:SS` (the terminal's zone is UTC). */
const lsDate = (iso: string) => (iso ? new Date(iso).toISOString().slice(0, 19).replace('T', ' ') : ''.padEnd(19));

const s3Error = (ctx: CommandContext, operation: string, error: unknown): number => {
  if (!(error instanceof AwsApiError)) throw error;
  ctx.io.err(`\nAn error occurred (${error.type}) when calling the ${operation} operation: ${error.message}\n`);
  return EXIT.service;
};

async function s3Ls(words: string[], ctx: CommandContext): Promise<number> {
  const [uri] = words.filter((w) => !w.startsWith('--'));
  const recursive = words.includes('--recursive');
  if (uri === undefined) {
    try {
      for (const b of await listBuckets()) ctx.io.out(`${lsDate(b.CreationDate)} ${b.Name}\n`);
      return 0;
    } catch (error) {
      return s3Error(ctx, 'ListBuckets', error);
    }
  }
  const target = parseS3Uri(uri.includes('://') ? uri : `s3://${uri}`);
  if (!target) throw usageError(`argument path: Invalid S3 URI: ${uri}`);
  try {
    const listing = await listObjects(target.bucket, target.key, recursive ? undefined : '/');
    for (const p of listing.prefixes) ctx.io.out(`${'PRE'.padStart(30)} ${p.slice(target.key.lastIndexOf('/') + 1)}\n`);
    for (const o of listing.contents)
      ctx.io.out(
        `${lsDate(o.LastModified)} ${String(o.Size).padStart(10)} ${recursive ? o.Key : o.Key.slice(target.key.lastIndexOf('/') + 1)}\n`,
      );
    return listing.contents.length + listing.prefixes.length === 0 && !target.key.endsWith('/') && target.key !== ''
      ? 1
      : 0;
  } catch (error) {
    return s3Error(ctx, 'ListObjectsV2', error);
  }
}

async function s3Cp(words: string[], ctx: CommandContext): Promise<number> {
  const paths = words.filter((w) => !w.startsWith('--'));
  if (paths.length < 2) throw usageError('the following arguments are required: paths');
  const [from, to] = paths as [string, string];
  const source = parseS3Uri(from);
  const dest = parseS3Uri(to);
  if (source && !dest) {
    const local = ctx.resolve(to);
    const name = source.key.split('/').pop() ?? source.key;
    const file =
      ctx.fs.stat(local)?.kind === 'directory' || to.endsWith('/') ? `${local.replace(/\/$/, '')}/${name}` : local;
    try {
      ctx.fs.write(file, await getObject(source.bucket, source.key));
    } catch (error) {
      if (error instanceof AwsApiError)
        ctx.io.err(
          `fatal error: An error occurred (${error.status}) when calling the HeadObject operation: ${error.message}\n`,
        );
      else throw error;
      return 1;
    }
    ctx.io.out(`download: ${from} to ${to}\n`);
    return 0;
  }
  if (!source && dest) {
    const local = ctx.resolve(from);
    const body = ctx.fs.read(local);
    if (body === undefined) {
      ctx.io.err(`\nThe user-provided path ${from} does not exist.\n`);
      return EXIT.other;
    }
    const key = dest.key === '' || dest.key.endsWith('/') ? `${dest.key}${from.split('/').pop() ?? from}` : dest.key;
    try {
      await putObject(dest.bucket, key, body);
    } catch (error) {
      if (!(error instanceof AwsApiError)) throw error;
      ctx.io.err(
        `upload failed: ${from} to s3://${dest.bucket}/${key} An error occurred (${error.type}) when calling the PutObject operation: ${error.message}\n`,
      );
      return 1;
    }
    ctx.io.out(`upload: ${from} to s3://${dest.bucket}/${key}\n`);
    return 0;
  }
  throw paramError('paths', 'Invalid argument type: copy between two local paths or two S3 locations is not simulated');
}

/** s3api's operations, with their members, for the same argument parsing as the modelled services. */
const S3API: CliService = {
  endpointPrefix: 's3',
  protocol: 'rest-json',
  operations: {
    ListBuckets: { input: 'ListBucketsRequest' },
    ListObjectsV2: { input: 'ListObjectsV2Request' },
    GetObject: { input: 'GetObjectRequest' },
    PutObject: { input: 'PutObjectRequest' },
  },
  shapes: {
    ListBucketsRequest: { type: 'structure', members: {}, required: [] },
    ListObjectsV2Request: {
      type: 'structure',
      members: { Bucket: 'string', Prefix: 'string', Delimiter: 'string', MaxKeys: 'number' },
      required: ['Bucket'],
    },
    GetObjectRequest: { type: 'structure', members: { Bucket: 'string', Key: 'string' }, required: ['Bucket', 'Key'] },
    PutObjectRequest: {
      type: 'structure',
      members: { Bucket: 'string', Key: 'string', Body: 'string', ContentType: 'string' },
      required: ['Bucket', 'Key'],
    },
  },
};

function s3api(operation: string) {
  return async (words: string[], ctx: CommandContext, output: Output): Promise<number> => {
    // get-object's last positional word is the local file the body goes to, as in the CLI.
    const outfile =
      operation === 'GetObject'
        ? words.filter((w, i) => !w.startsWith('--') && !(words[i - 1] ?? '').startsWith('--')).pop()
        : undefined;
    if (operation === 'GetObject' && outfile === undefined)
      throw usageError('the following arguments are required: outfile');
    const params = outfile === undefined ? words : words.filter((w) => w !== outfile);
    const { input } = parseOperationArgs(S3API, operation, params, (p) => ctx.fs.readText(ctx.resolve(p)));
    const bucket = String(input.Bucket ?? '');
    const key = String(input.Key ?? '');
    try {
      if (operation === 'ListBuckets') output.print(operation, { Buckets: await listBuckets() });
      else if (operation === 'ListObjectsV2') {
        const listing = await listObjects(bucket, String(input.Prefix ?? ''), input.Delimiter as string | undefined);
        output.print(operation, {
          ...(listing.contents.length > 0 && { Contents: listing.contents }),
          ...(listing.prefixes.length > 0 && { CommonPrefixes: listing.prefixes.map((Prefix) => ({ Prefix })) }),
          KeyCount: listing.contents.length + listing.prefixes.length,
        });
      } else if (operation === 'GetObject') {
        const body = await getObject(bucket, key);
        ctx.fs.write(ctx.resolve(outfile as string), body);
        output.print(operation, { AcceptRanges: 'bytes', ContentLength: body.byteLength });
      } else {
        const path = input.Body === undefined ? undefined : ctx.resolve(String(input.Body));
        const body = path === undefined ? new Uint8Array() : ctx.fs.read(path);
        if (body === undefined) {
          ctx.io.err(`\nError parsing parameter '--body': Blob values must be a path to a file.\n`);
          return EXIT.usage;
        }
        output.print(operation, { ETag: await putObject(bucket, key, body) });
      }
      return 0;
    } catch (error) {
      return s3Error(ctx, operation, error);
    }
  };
}

export const S3_COMMANDS = {
  's3 ls': s3Ls,
  's3 cp': s3Cp,
  's3api list-buckets': s3api('ListBuckets'),
  's3api list-objects-v2': s3api('ListObjectsV2'),
  's3api get-object': s3api('GetObject'),
  's3api put-object': s3api('PutObject'),
};
