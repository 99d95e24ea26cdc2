import { strToU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { isValidBucketName } from './public';

const bucketName = z.string().refine(isValidBucketName, 'Bucket names are 3-63 lowercase letters, digits, "." and "-"');

const object = z
  .strictObject({
    bucket: bucketName.describe('A bucket listed in `buckets`.'),
    key: z.string().min(1).max(1024),
    body: z.string().optional().describe('The object as UTF-8 text.'),
    zipFiles: z
      .record(z.string().min(1), z.string())
      .optional()
      .describe('The object is a zip archive of these files (path → UTF-8 content); `.sh` files are executable.'),
    contentType: z.string().optional(),
  })
  .refine((o) => (o.body === undefined) !== (o.zipFiles === undefined), 'Give either body or zipFiles')
  .describe('An S3 object present at the start: a text body, or a zip built from files (a CodeDeploy bundle).');

export const S3ScenarioSchema = z
  .strictObject({
    buckets: z.array(bucketName).default([]),
    objects: z.array(object).default([]),
  })
  .describe('S3 buckets (build artifacts, caches, `aws s3 cp`, CodeDeploy revisions) and objects in them.');

/** Zip entries carry this fixed time, so the same files always make the same bytes (and ETag). */
const ZIP_MTIME = Date.UTC(2026, 0, 1);
const UNIX = 3;
const EXECUTABLE = 0o100755 << 16;
const REGULAR = 0o100644 << 16;

/** The bytes of a scenario object: its text, or a deterministic zip of its files in path order. */
export function scenarioObjectBody(spec: z.infer<typeof object>): Uint8Array | string {
  if (spec.zipFiles === undefined) return spec.body ?? '';
  const entries: Zippable = {};
  for (const path of Object.keys(spec.zipFiles).sort()) {
    const attrs = path.endsWith('.sh') ? EXECUTABLE : REGULAR;
    entries[path] = [strToU8(spec.zipFiles[path] as string), { os: UNIX, attrs, mtime: ZIP_MTIME }];
  }
  return zipSync(entries, { level: 6, mtime: ZIP_MTIME });
}
