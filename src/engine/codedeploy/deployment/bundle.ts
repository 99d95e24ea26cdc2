import { gunzipSync, strFromU8, unzipSync } from 'fflate';
import { getObjectBytes } from '../../s3/public';
import { parseAppSpec } from '../../specs';
import type { AppSpec } from '../../specs/appspec/types';
import type { World } from '../../world';
import type { ComputePlatform, RevisionLocation } from '../state';

/** Where the agent unpacks a revision on an instance (aws-facts §3.10 `:root_dir:`). */
export const DEPLOYMENT_ROOT = '/opt/codedeploy-agent/deployment-root';

export interface RevisionContent {
  /** Path relative to the bundle root → text (binary files are kept as decoded text, as the shell simulates them). */
  files: Record<string, string>;
  /** Bytes of the bundle, for DownloadBundle's simulated duration. */
  size: number;
  appspec?: AppSpec;
  /** Why the revision cannot be deployed: the bundle is missing or unreadable, or its AppSpec is invalid. */
  error?: string;
}

/** A ustar archive's regular files (the format `tar` and `tar.gz` bundles use). */
function untar(bytes: Uint8Array): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  let offset = 0;
  const text = (from: number, length: number) => strFromU8(bytes.subarray(from, from + length)).replace(/\0.*$/s, '');
  while (offset + 512 <= bytes.length) {
    const name = text(offset, 100);
    if (name === '') break;
    const size = parseInt(text(offset + 124, 12).trim() || '0', 8);
    const type = text(offset + 156, 1);
    const prefix = text(offset + 345, 155);
    const path = prefix ? `${prefix}/${name}` : name;
    if (type === '0' || type === '') out[path] = bytes.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

function unpack(bytes: Uint8Array, bundleType: string): Record<string, string> {
  const entries = bundleType === 'zip' ? unzipSync(bytes) : untar(bundleType === 'tgz' ? gunzipSync(bytes) : bytes);
  const files: Record<string, string> = {};
  for (const [path, data] of Object.entries(entries)) {
    if (path.endsWith('/')) continue;
    files[path.replace(/^\.\//, '')] = strFromU8(data);
  }
  return files;
}

/** The AppSpec file name the agent looks for in an EC2 bundle (newer agents also accept `.yaml`). */
export function appspecFileOf(files: Record<string, string>): string | undefined {
  return ['appspec.yml', 'appspec.yaml'].find((name) => Object.hasOwn(files, name));
}

/** The diagnostics of an AppSpec that CodeDeploy would refuse, as one message. */
function parse(text: string, platform: ComputePlatform, fileName: string): { appspec?: AppSpec; error?: string } {
  const result = parseAppSpec(text, { platform, fileName });
  if (result.appspec) return { appspec: result.appspec };
  const first = result.diagnostics.find((d) => d.severity === 'error');
  return {
    error: `The AppSpec file ${fileName} is invalid${first ? ` (line ${first.line}, column ${first.column}): ${first.message}` : '.'}`,
  };
}

/**
 * Reads a revision from the simulated S3 (or inline AppSpecContent) and parses its AppSpec. Never throws: what is
 * wrong is in `error`, and the deployment reports it where CodeDeploy would (at start for Lambda and ECS, in the
 * instance's DownloadBundle event for EC2).
 */
export function readRevision(world: World, location: RevisionLocation, platform: ComputePlatform): RevisionContent {
  if (location.revisionType === 'AppSpecContent') {
    const { content } = location.appSpecContent;
    return { files: {}, size: content.length, ...parse(content, platform, 'appspec.yaml') };
  }
  const { bucket, key, bundleType } = location.s3Location;
  const bytes = getObjectBytes(world, bucket, key);
  if (!bytes) {
    return {
      files: {},
      size: 0,
      error: `The revision s3://${bucket}/${key} does not exist: no such object in the bucket.`,
    };
  }
  if (bundleType === 'YAML' || bundleType === 'JSON') {
    const text = strFromU8(bytes);
    return {
      files: {},
      size: bytes.length,
      ...parse(text, platform, bundleType === 'JSON' ? 'appspec.json' : 'appspec.yaml'),
    };
  }
  let files: Record<string, string>;
  try {
    files = unpack(bytes, bundleType);
  } catch {
    return {
      files: {},
      size: bytes.length,
      error: `The bundle s3://${bucket}/${key} is not a valid ${bundleType} archive.`,
    };
  }
  const name = appspecFileOf(files);
  if (name === undefined) {
    return {
      files,
      size: bytes.length,
      error:
        'The CodeDeploy agent did not find an AppSpec file within the unpacked revision directory at revision-relative path "appspec.yml".',
    };
  }
  return { files, size: bytes.length, ...parse(files[name] as string, platform, name) };
}
