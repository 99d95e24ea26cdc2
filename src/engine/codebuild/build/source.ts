import { unzipSync, strFromU8 } from 'fflate';
import { readRevision } from '../../codecommit/public';
import { getOwn } from '../../core/records';
import { getObjectBytes } from '../../s3/public';
import type { World } from '../../world';
import { codecommitRepositoryName } from '../project-input';
import type { Build, PhaseContext } from '../state';

export type SourceFetch =
  | { ok: true; files: Record<string, string>; commitId?: string; url?: string; bytes: number }
  | { ok: false; context: PhaseContext };

const clones = new Map<string, { files: Record<string, string>; commitId: string; url: string; bytes: number }>();

/** The branch or commit a source version names (`refs/heads/x` → `x`). */
const specifier = (version: string | undefined) => version?.replace(/^refs\/heads\//, '');

/** What DOWNLOAD_SOURCE puts in CODEBUILD_SRC_DIR. */
export function fetchSource(world: World, build: Build): SourceFetch {
  const source = build.source;
  if (source.type === 'NO_SOURCE') return { ok: true, files: {}, bytes: 0 };
  if (source.type === 'CODEPIPELINE')
    return { ok: true, files: { ...build.inputFiles }, bytes: size(build.inputFiles ?? {}) };
  if (source.type === 'S3') {
    const location = (source.location ?? '').replace(/^arn:aws:s3:::/, '');
    const slash = location.indexOf('/');
    const bytes = getObjectBytes(world, location.slice(0, slash), location.slice(slash + 1));
    if (!bytes)
      return {
        ok: false,
        context: {
          statusCode: 'CLIENT_ERROR',
          message:
            `NoSuchKey: The specified key does not exist. for primary source and source version ${build.sourceVersion ?? ''}`.trim(),
        },
      };
    try {
      const files = Object.fromEntries(
        Object.entries(unzipSync(bytes))
          .filter(([name]) => !name.endsWith('/'))
          .map(([name, content]) => [name, strFromU8(content)]),
      );
      return { ok: true, files, bytes: bytes.length };
    } catch {
      return {
        ok: false,
        context: { statusCode: 'CLIENT_ERROR', message: 'zip: not a valid zip file for primary source' },
      };
    }
  }
  const repository = codecommitRepositoryName(source.location) ?? '';
  const version = build.resolvedSourceVersion ?? specifier(build.sourceVersion);
  const shown = build.sourceVersion ?? 'refs/heads/main';
  if (!getOwn(world.account.codecommit.repositories, repository)) {
    return {
      ok: false,
      context: {
        statusCode: 'CLIENT_ERROR',
        message: `repository not found for primary source and source version ${shown}`,
      },
    };
  }
  // Commits are content-addressed: a commit's files never change, so clones of it are remembered.
  const repo = getOwn(world.account.codecommit.repositories, repository);
  const tip =
    version === undefined
      ? repo?.defaultBranch && getOwn(repo.branches, repo.defaultBranch)
      : ((repo && getOwn(repo.branches, version)) ?? version);
  const cached = tip ? clones.get(`${repository}@${tip}`) : undefined;
  if (cached) return { ok: true, ...cached, files: { ...cached.files } };
  const revision = readRevision(world, repository, version);
  if (!revision) {
    return {
      ok: false,
      context: {
        statusCode: 'CLIENT_ERROR',
        message: `reference not found for primary source and source version ${shown}`,
      },
    };
  }
  const files = Object.fromEntries(revision.files);
  const clone = { files, commitId: revision.commitId, url: revision.cloneUrlHttp, bytes: size(files) };
  if (clones.size > 200) clones.clear();
  clones.set(`${repository}@${revision.commitId}`, clone);
  return { ok: true, ...clone, files: { ...files } };
}

function size(files: Record<string, string>): number {
  let n = 0;
  for (const content of Object.values(files)) n += content.length;
  return n;
}
