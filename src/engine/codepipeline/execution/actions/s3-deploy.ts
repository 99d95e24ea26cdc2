import type { SimContext } from '../../../core/simulation';
import { SECOND } from '../../../core/time';
import { findBucket, getObjectBytes, putObject } from '../../../s3/public';
import { isCloneRef, readArtifactBytes } from '../artifacts';
import type { ActionJob, ActionProvider } from '../contract';
import { cloneRefRefused, configValue, failSoon, requireConfig, succeedAfter } from './job';

/** An S3 deploy takes this long (the simulator's fixed duration). */
export const S3_DEPLOY_DURATION_MS = 5 * SECOND;

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'application/javascript',
  mjs: 'application/javascript',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  ico: 'image/x-icon',
  txt: 'text/plain',
  xml: 'application/xml',
  zip: 'application/zip',
};

/** The content type S3 deploy sets on an extracted file, from its extension. */
const contentTypeOf = (path: string) => CONTENT_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()];

/** Which zip the action deploys: its one input artifact, refused if it is a CodeBuild clone reference. */
function inputArchive(ctx: SimContext, job: ActionJob) {
  const input = job.action.input.inputArtifacts[0];
  if (!input) return { ok: false as const, message: 'An S3 deploy action needs an input artifact.' };
  const read = readArtifactBytes(ctx.world, input.name, input.location);
  if (!read.ok) return read;
  if (isCloneRef(Object.keys(read.files))) return { ok: false as const, message: cloneRefRefused(input.name) };
  return { ok: true as const, input, files: read.files };
}

/**
 * Deploy to S3: Extract true puts each file of the artifact under ObjectKey (a prefix, or the bucket's root);
 * Extract false puts the artifact zip itself at ObjectKey.
 */
export const s3Deploy: ActionProvider = {
  start(ctx, job) {
    const bucketName = requireConfig(ctx, job, 'BucketName');
    const extract = bucketName && requireConfig(ctx, job, 'Extract');
    if (bucketName === undefined || extract === undefined) return;
    if (extract !== 'true' && extract !== 'false') {
      failSoon(ctx, job, 'ConfigurationError', `Extract must be true or false, not ${extract}.`);
      return;
    }
    const objectKey = configValue(job, 'ObjectKey');
    if (extract === 'false' && objectKey === undefined) {
      failSoon(ctx, job, 'ConfigurationError', 'ObjectKey is required when Extract is false.');
      return;
    }
    if (!findBucket(ctx.world, bucketName)) {
      failSoon(ctx, job, 'JobFailed', `The specified bucket does not exist (S3 NoSuchBucket: ${bucketName}).`);
      return;
    }
    const archive = inputArchive(ctx, job);
    if (!archive.ok) {
      failSoon(ctx, job, 'JobFailed', archive.message);
      return;
    }
    if (extract === 'false') {
      const zip = getObjectBytes(ctx.world, archive.input.location.bucket, archive.input.location.key) as Uint8Array;
      putObject(ctx.world, bucketName, objectKey as string, zip, ctx.now, 'application/zip');
    } else {
      const prefix = objectKey === undefined ? '' : `${objectKey.replace(/\/+$/, '')}/`;
      for (const [path, bytes] of Object.entries(archive.files)) {
        putObject(ctx.world, bucketName, `${prefix}${path}`, bytes, ctx.now, contentTypeOf(path));
      }
    }
    succeedAfter(ctx, job, S3_DEPLOY_DURATION_MS, {
      summary:
        extract === 'true'
          ? `Extracted ${Object.keys(archive.files).length} file(s) to s3://${bucketName}/${objectKey ?? ''}`
          : `Uploaded the artifact to s3://${bucketName}/${objectKey as string}`,
    });
  },
};
