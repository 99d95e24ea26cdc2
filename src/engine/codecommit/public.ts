import { getOwn } from '../core/records';
import type { World } from '../world';
import { flattenTree, type ObjectId } from './git-objects';
import type { Repository } from './state';

/**
 * What other services (a build's DOWNLOAD_SOURCE, a pipeline's source action) may read of a
 * repository: the files of a revision, the way a clone would see them. Nothing here writes.
 */
export interface SourceRevision {
  repositoryName: string;
  commitId: ObjectId;
  /** Path → UTF-8 content. */
  files: Map<string, string>;
  cloneUrlHttp: string;
}

/** A branch name or full commit ID; absent means the default branch. Undefined when nothing matches. */
export function readRevision(world: World, repositoryName: string, specifier?: string): SourceRevision | undefined {
  const repo: Repository | undefined = getOwn(world.account.codecommit.repositories, repositoryName);
  if (!repo) return undefined;
  const name = specifier ?? repo.defaultBranch;
  const commitId = name === undefined ? undefined : (getOwn(repo.branches, name) ?? name);
  const commit = commitId === undefined ? undefined : getOwn(repo.objects.commits, commitId);
  if (commitId === undefined || !commit) return undefined;
  const files = new Map<string, string>();
  for (const [path, entry] of flattenTree(repo.objects, commit.tree))
    files.set(path, getOwn(repo.objects.blobs, entry.id) ?? '');
  return {
    repositoryName,
    commitId,
    files,
    cloneUrlHttp: `https://git-codecommit.${world.account.region}.amazonaws.com/v1/repos/${repositoryName}`,
  };
}
