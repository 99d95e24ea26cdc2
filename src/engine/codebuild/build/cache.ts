import { strFromU8 } from 'fflate';
import { getOwn, setOwn } from '../../core/records';
import type { SimContext } from '../../core/simulation';
import { findBucket, getObjectBytes, listKeys, putObject } from '../../s3/public';
import type { BuildspecCache } from '../../specs';
import type { Shell } from '../shell/shell';
import type { Build, BuildRun } from '../state';
import { expandText } from './host';
import type { BuildLog } from './log';
import { selectFiles } from './paths';

/**
 * Build caches. S3 caches live in the project's cache bucket at `<location>/<project>/<key>.json`; LOCAL caches
 * (LOCAL_CUSTOM_CACHE) stay with the project. Paths are saved in FINALIZING after a build that did not fail and
 * restored in DOWNLOAD_SOURCE. Without a buildspec `cache.key` the key is `default`; `fallback-keys` match by prefix.
 */
function location(build: Build): { bucket: string; prefix: string } | undefined {
  if (build.cache.type !== 'S3' || !build.cache.location) return undefined;
  const [bucket = '', ...rest] = build.cache.location.split('/');
  return { bucket, prefix: [...rest, build.projectName].filter(Boolean).join('/') };
}

const usesPaths = (build: Build) =>
  build.cache.type === 'S3' ||
  (build.cache.type === 'LOCAL' && (build.cache.modes ?? []).includes('LOCAL_CUSTOM_CACHE'));

function cacheKey(shell: Shell, spec: BuildspecCache): string {
  return spec.key ? expandText(shell, spec.key) : 'default';
}

export function restoreCache(
  ctx: SimContext,
  build: Build,
  run: BuildRun,
  spec: BuildspecCache | undefined,
  shell: Shell,
  log: BuildLog,
): void {
  const at = () => shell.now();
  if (!spec || spec.paths.length === 0 || !usesPaths(build)) {
    log.container(at(), 'Unable to initialize cache download: no paths specified to be cached');
    return;
  }
  if (spec.action === 'save') return;
  let files: Record<string, string> | undefined;
  const key = cacheKey(shell, spec);
  const s3 = location(build);
  if (s3) {
    log.container(at(), 'Downloading S3 cache...');
    if (!findBucket(ctx.world, s3.bucket)) {
      log.container(at(), `Unable to download cache: NoSuchBucket: The specified bucket does not exist`);
      return;
    }
    const candidates = [key, ...spec.fallbackKeys.map((k) => expandText(shell, k))];
    for (const candidate of candidates) {
      const exact = `${s3.prefix}/${encodeURIComponent(candidate)}.json`;
      const found = getObjectBytes(ctx.world, s3.bucket, exact)
        ? exact
        : candidate === key
          ? undefined
          : listKeys(ctx.world, s3.bucket, `${s3.prefix}/${encodeURIComponent(candidate)}`).pop();
      const bytes = found && getObjectBytes(ctx.world, s3.bucket, found);
      if (bytes) {
        files = JSON.parse(strFromU8(bytes)) as Record<string, string>;
        break;
      }
    }
  } else {
    files = getOwn(ctx.world.account.codebuild.localCaches, build.projectName);
  }
  if (!files || Object.keys(files).length === 0) {
    log.container(at(), s3 ? `Cache miss: no cache found for key ${key}` : 'Local cache is empty: nothing to restore');
    return;
  }
  for (const [path, content] of Object.entries(files)) shell.fs.write(path, content);
  shell.elapse(200 + Object.keys(files).length * 2);
  run.cacheRestored = true;
  log.container(at(), s3 ? 'Downloaded S3 cache' : 'Restored local cache');
  log.container(
    at(),
    `Cache hit: restored ${Object.keys(files).length} file(s) for ${spec.paths.join(', ')}; tools that find their packages there install faster`,
  );
}

export function saveCache(
  ctx: SimContext,
  build: Build,
  run: BuildRun,
  spec: BuildspecCache | undefined,
  shell: Shell,
  log: BuildLog,
): void {
  if (!spec || spec.paths.length === 0 || !usesPaths(build) || spec.action === 'restore' || run.failed) return;
  const selection = selectFiles(
    shell.fs,
    run.srcDir,
    undefined,
    spec.paths.map((p) => expandText(shell, p)),
  );
  const files: Record<string, string> = {};
  for (const f of selection.files) files[f.path] = shell.fs.read(f.path) ?? '';
  const s3 = location(build);
  if (s3) {
    log.container(shell.now(), 'Uploading S3 cache...');
    const key = `${s3.prefix}/${encodeURIComponent(cacheKey(shell, spec))}.json`;
    if (!putObject(ctx.world, s3.bucket, key, JSON.stringify(files), ctx.now, 'application/json')) {
      log.container(shell.now(), 'Unable to upload cache: NoSuchBucket: The specified bucket does not exist');
    }
  } else setOwn(ctx.world.account.codebuild.localCaches, build.projectName, files);
}
