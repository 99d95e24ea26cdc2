import { AwsApiError } from '../../../api/aws-call';
import type { GitPack } from '../../../api/codecommit/git-objects';
import type { GitPullOutput } from '../../../api/codecommit/git-pull';
import { base64 } from '@scure/base';
import { blobBytes, blobFromBytes } from '../../../engine/codecommit/content';
import type { ObjectId } from '../../../engine/codecommit/git-objects';
import { color, transferSize } from './format';
import { GitError, type Repository } from './repository';
import type { GitHost } from './transport';

/** The simulated account's Region: the only one whose CodeCommit endpoint answers. */
export const REGION = 'us-east-1';
export const httpsUrl = (name: string) => `https://git-codecommit.${REGION}.amazonaws.com/v1/repos/${name}`;

/**
 * The repository a remote URL names: the HTTPS clone URL, or git-remote-codecommit's
 * `codecommit::us-east-1://name` / `codecommit://name` (with an optional `profile@`).
 */
export function parseRemoteUrl(
  url: string,
): { repositoryName: string; region: string; shown: string } | { host: string } {
  const https = /^https:\/\/git-codecommit\.([a-z0-9-]+)\.amazonaws\.com\/v1\/repos\/([^/]+?)\/?$/.exec(url);
  if (https)
    return {
      repositoryName: https[2]!,
      region: https[1]!,
      shown: `https://git-codecommit.${https[1]}.amazonaws.com/v1/repos/${https[2]}`,
    };
  const grc = /^codecommit:(?::([a-z0-9-]+):)?\/\/(?:[^@/]+@)?([^/]+?)\/?$/.exec(url);
  if (grc) return { repositoryName: grc[2]!, region: grc[1] ?? REGION, shown: url };
  const host = /^[a-z+]+:\/\/(?:[^@/]+@)?([^/:]+)/.exec(url)?.[1] ?? /^[^@]+@([^:]+):/.exec(url)?.[1] ?? url;
  return { host };
}

/** The remote's repository, or the error git prints for a URL that does not reach the simulated CodeCommit. */
export function remoteRepository(url: string): { repositoryName: string; shown: string } {
  const parsed = parseRemoteUrl(url);
  if ('host' in parsed) {
    throw new GitError(
      `fatal: unable to access '${url}': Could not resolve host: ${parsed.host}\n` +
        `${color.yellow('(simulator) This terminal reaches only the simulated CodeCommit in us-east-1 (https://git-codecommit.us-east-1.amazonaws.com/v1/repos/<name> or codecommit::us-east-1://<name>).')}`,
    );
  }
  if (parsed.region !== REGION) {
    throw new GitError(
      `fatal: repository '${parsed.shown}/' not found\n${color.yellow(`(simulator) The simulated account's repositories are in ${REGION}.`)}`,
    );
  }
  return parsed;
}

/** A transport failure in git's words: a missing repository is "not found", a denied one a 403 with IAM's reason. */
export function transportError(e: unknown, shown: string): GitError {
  if (e instanceof AwsApiError && e.type === 'RepositoryDoesNotExistException') {
    return new GitError(`fatal: repository '${shown}/' not found`);
  }
  if (e instanceof AwsApiError && e.type === 'AccessDeniedException') {
    return new GitError(
      `fatal: unable to access '${shown}/': The requested URL returned error: 403\n` +
        color.yellow(`(simulator) CodeCommit refused the request: ${e.message}`),
    );
  }
  if (e instanceof AwsApiError)
    return new GitError(`error: ${e.type}: ${e.message}\nfatal: the remote end hung up unexpectedly`);
  throw e;
}

/** Stores the objects of a fetch; returns how many there were and their size. */
export function storePack(repo: Repository, pack: GitPack): { count: number; bytes: number } {
  let bytes = 0;
  for (const [id, encoded] of Object.entries(pack.blobs)) {
    const content = base64.decode(encoded);
    bytes += content.length;
    repo.objects.blobs[id] = blobFromBytes(content);
  }
  Object.assign(repo.objects.trees, pack.trees);
  Object.assign(repo.objects.commits, pack.commits);
  return {
    count: Object.keys(pack.blobs).length + Object.keys(pack.trees).length + Object.keys(pack.commits).length,
    bytes,
  };
}

/** The objects reachable from `tips` that are not reachable from `known` (what the remote already has). */
export function packFor(repo: Repository, tips: ObjectId[], known: Iterable<ObjectId>): GitPack {
  const have = new Set<ObjectId>();
  const mark = (commitId: ObjectId, into: Set<ObjectId>, stop: Set<ObjectId>) => {
    const queue = [commitId];
    while (queue.length > 0) {
      const id = queue.pop()!;
      const commit = repo.objects.commits[id];
      if (!commit || into.has(id) || stop.has(id)) continue;
      into.add(id);
      const trees = [commit.tree];
      while (trees.length > 0) {
        const tree = trees.pop()!;
        if (into.has(tree) || stop.has(tree)) continue;
        into.add(tree);
        for (const e of repo.objects.trees[tree] ?? []) {
          if (e.mode === '040000') trees.push(e.id);
          else if (!stop.has(e.id)) into.add(e.id);
        }
      }
      queue.push(...commit.parents);
    }
  };
  for (const id of known) mark(id, have, new Set());
  const send = new Set<ObjectId>();
  for (const tip of tips) mark(tip, send, have);
  const pack: GitPack = { commits: {}, trees: {}, blobs: {} };
  for (const id of send) {
    const commit = repo.objects.commits[id];
    const tree = repo.objects.trees[id];
    const blob = repo.objects.blobs[id];
    if (commit) pack.commits[id] = commit;
    else if (tree) pack.trees[id] = tree;
    else if (blob !== undefined) pack.blobs[id] = base64.encode(blobBytes(blob));
  }
  return pack;
}

/** Downloads what the remote has that the repository lacks; prints git's progress lines when anything came. */
export async function download(
  repo: Repository,
  host: GitHost,
  repositoryName: string,
  shown: string,
  err: (text: string) => void,
): Promise<GitPullOutput> {
  let answer: GitPullOutput;
  try {
    answer = await host.pull(repositoryName, Object.keys(repo.objects.commits));
  } catch (e) {
    throw transportError(e, shown);
  }
  const { count, bytes } = storePack(repo, answer.objects);
  if (count > 0) {
    err(`remote: Counting objects: ${count}, done.\n`);
    err(`Unpacking objects: 100% (${count}/${count}), ${transferSize(bytes)}, done.\n`);
  }
  return answer;
}
