import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { SimContext } from '../../core/simulation';
import { getObjectBytes, putObject } from '../../s3/public';
import type { World } from '../../world';
import type { ArtifactLocation } from '../state';

/**
 * Every entry of an artifact zip carries this modification time, so the same files always make the same bytes
 * (and the same ETag) whenever and wherever the pipeline runs.
 */
const ZIP_MTIME = Date.UTC(2000, 0, 1, 12);

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Where CodePipeline stores an artifact in its bucket: the pipeline name cut to 20 characters, the artifact name
 * cut to 10, then a 7-character object name (`my-pipeline/SourceArti/Ab3xK9q`).
 */
export function artifactKey(ctx: SimContext, pipelineName: string, artifactName: string): string {
  const hex = ctx.uuid().replace(/-/g, '');
  let id = '';
  for (let i = 0; i < 7; i++) id += KEY_ALPHABET[parseInt(hex.slice(i * 4, i * 4 + 4), 16) % KEY_ALPHABET.length];
  return `${pipelineName.slice(0, 20)}/${artifactName.slice(0, 10)}/${id}`;
}

/** Files as a zip archive, paths sorted so the archive does not depend on the order they were listed in. */
export function zipFiles(files: Iterable<[string, string | Uint8Array]>): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    zippable[path] = [typeof content === 'string' ? strToU8(content) : content, { mtime: ZIP_MTIME }];
  }
  return zipSync(zippable, { level: 6 });
}

/**
 * Zips `files` (or stores an archive as it is) into the artifact store as a new object for the artifact; undefined
 * when the bucket is gone
 * (the action then fails as CodePipeline does when it cannot write its artifact).
 */
export function putArtifact(
  ctx: SimContext,
  bucket: string,
  pipelineName: string,
  artifactName: string,
  files: Iterable<[string, string | Uint8Array]> | Uint8Array,
  contentType = 'application/zip',
): ArtifactLocation | undefined {
  const key = artifactKey(ctx, pipelineName, artifactName);
  const body = files instanceof Uint8Array ? files : zipFiles(files);
  const stored = putObject(ctx.world, bucket, key, body, ctx.now, contentType);
  return stored ? { bucket, key } : undefined;
}

/**
 * A source action with OutputArtifactFormat CODEBUILD_CLONE_REF stores this one file instead of the files: the
 * repository and commit CodeBuild clones (a real clone, with the Git metadata, which no other provider can use).
 */
export const CLONE_REF_FILE = 'codebuild-clone-ref.json';

export interface CloneRef {
  repositoryName: string;
  commitId: string;
  branchName: string;
  cloneUrlHttp: string;
}

export type ArtifactFiles = { ok: true; files: Record<string, string> } | { ok: false; message: string };

/** The entries of an artifact zip in the store, as bytes (what an S3 deploy extracts). */
export function readArtifactBytes(
  world: World,
  name: string,
  location: ArtifactLocation,
): { ok: true; files: Record<string, Uint8Array> } | { ok: false; message: string } {
  const bytes = getObjectBytes(world, location.bucket, location.key);
  if (!bytes) {
    return {
      ok: false,
      message: `The input artifact ${name} is missing from the artifact store: s3://${location.bucket}/${location.key} does not exist.`,
    };
  }
  try {
    const files: Record<string, Uint8Array> = {};
    for (const [path, content] of Object.entries(unzipSync(bytes))) if (!path.endsWith('/')) files[path] = content;
    return { ok: true, files };
  } catch {
    return {
      ok: false,
      message: `The input artifact ${name} (s3://${location.bucket}/${location.key}) is not a valid zip file.`,
    };
  }
}

/** The files of an artifact zip in the store, as text (what the simulated tools read). */
export function readArtifact(world: World, name: string, location: ArtifactLocation): ArtifactFiles {
  const read = readArtifactBytes(world, name, location);
  if (!read.ok) return read;
  const files: Record<string, string> = {};
  for (const [path, content] of Object.entries(read.files)) files[path] = strFromU8(content);
  return { ok: true, files };
}

/** Whether an artifact with these paths is a clone reference (see CLONE_REF_FILE) rather than files. */
export const isCloneRef = (paths: string[]) => paths.length === 1 && paths[0] === CLONE_REF_FILE;

/** The clone reference an artifact holds, if it is one. */
export function cloneRefOf(files: Record<string, string>): CloneRef | undefined {
  if (!isCloneRef(Object.keys(files))) return undefined;
  try {
    return JSON.parse(files[CLONE_REF_FILE] as string) as CloneRef;
  } catch {
    return undefined;
  }
}
