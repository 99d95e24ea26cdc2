import { getOwn } from '../core/records';
import { SIMULATOR_SOURCE } from '../core/events';
import type { SimContext } from '../core/simulation';
import { epochSecondsAt } from '../core/time';
import { resolvePrincipal } from '../iam/principals';
import { authorizeReference } from './authorize';
import { moveBranch, writeChanges } from './commits';

/** A `git push` of one new commit, as a scenario scripts it. */
export interface Push {
  repository: string;
  branch: string;
  message: string;
  author: { name: string; email: string };
  files: Record<string, string>;
  deletes: string[];
  /** Who pushes; the default user when absent. */
  accessKeyId?: string;
}

export const PUSH_TIMER = 'codecommit.push';

/**
 * The commit goes on top of the branch tip (a new branch starts from the default branch, as
 * `git push origin HEAD:new-branch` from a fresh clone would).
 */
export function push(ctx: SimContext, p: Push): void {
  const repo = getOwn(ctx.world.account.codecommit.repositories, p.repository);
  if (!repo) {
    ctx.emit({
      source: SIMULATOR_SOURCE,
      detailType: 'Scripted Push Failed',
      resources: [],
      detail: { repositoryName: p.repository, branch: p.branch, reason: `Repository ${p.repository} does not exist.` },
    });
    return;
  }
  const pusher = resolvePrincipal(ctx.world, p.accessKeyId);
  try {
    authorizeReference(ctx, pusher, 'codecommit:GitPush', repo.repositoryName, p.branch);
  } catch (e) {
    ctx.emit({
      source: SIMULATOR_SOURCE,
      detailType: 'Scripted Push Failed',
      resources: [ctx.arn('codecommit', repo.repositoryName)],
      detail: { repositoryName: p.repository, branch: p.branch, reason: (e as Error).message },
    });
    return;
  }
  const base = getOwn(repo.branches, p.branch) ?? (repo.defaultBranch && getOwn(repo.branches, repo.defaultBranch));
  const commitId = writeChanges(repo.objects, {
    parent: base || undefined,
    changes: [
      ...Object.entries(p.files).map(([path, content]) => ({ path, content })),
      ...p.deletes.map((path) => ({ path })),
    ],
    message: p.message,
    author: p.author,
    epochSeconds: epochSecondsAt(ctx.world.startEpochMs, ctx.now),
  });
  moveBranch(ctx, repo, p.branch, commitId);
}
