import type { ObjectId, TreeEntry } from '../../../engine/codecommit/git-objects';
import { compare } from './changes';
import { color, decorations, fileDiff, formatCommit, subject, type FileVersion } from './format';
import { repositoryHere, splitArgs, type GitCommand } from './invocation';
import { GitError, short, type Repository } from './repository';

const unknownRevision = (revision: string) =>
  new GitError(
    `fatal: ambiguous argument '${revision}': unknown revision or path not in the working tree.\nUse '--' to separate paths from revisions, like this:\n'git <command> [<revision>...] -- [<file>...]'`,
  );

/** Commits reachable from `tip`, newest first by commit time (git log's default order). */
function history(repo: Repository, tip: ObjectId): ObjectId[] {
  const ids = [...repo.ancestors([tip])];
  return ids.sort(
    (a, b) => repo.objects.commits[b]!.committer.epochSeconds - repo.objects.commits[a]!.committer.epochSeconds,
  );
}

export const log: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { flags, values, operands } = splitArgs(run.args, ['-n', '--max-count']);
  const limitText = values.get('-n')?.at(-1) ?? values.get('--max-count')?.at(-1);
  const limit = limitText === undefined ? Infinity : Number(limitText);
  if (!Number.isInteger(limit) && limit !== Infinity) throw new GitError(`fatal: '${limitText}': not an integer`);
  const revision = operands[0] ?? 'HEAD';
  const tip = repo.resolve(revision);
  if (tip === undefined) {
    const branch = repo.currentBranch();
    if (revision === 'HEAD' && branch !== undefined) {
      throw new GitError(`fatal: your current branch '${branch}' does not have any commits yet`);
    }
    throw unknownRevision(revision);
  }
  const oneline = flags.has('--oneline');
  const out = history(repo, tip)
    .slice(0, limit)
    .map((id) => {
      const commit = repo.objects.commits[id]!;
      return oneline
        ? `${color.yellow(short(id))}${decorations(repo, id)} ${subject(commit)}\n`
        : formatCommit(repo, id, commit);
    });
  run.ctx.io.out(oneline ? out.join('') : out.join('\n'));
  return 0;
};

type Side = Map<string, { id: ObjectId; mode: string }>;

function diffSides(repo: Repository, before: Side, after: Side, bytesAfter?: Map<string, Uint8Array>): string {
  return compare(before, after)
    .map((change) => {
      const version = (side: Side, work?: Map<string, Uint8Array>): FileVersion | undefined => {
        const entry = side.get(change.path);
        if (!entry) return undefined;
        return { id: entry.id, mode: entry.mode, bytes: work?.get(change.path) ?? repo.blobBytes(entry.id) };
      };
      return fileDiff(change.path, version(before), version(after, bytesAfter));
    })
    .join('');
}

const sideOf = (files: Map<string, TreeEntry>): Side =>
  new Map([...files].map(([p, e]) => [p, { id: e.id, mode: e.mode }]));

/** Keeps the paths a pathspec names (relative to cwd). */
function limitTo(repo: Repository, resolve: (p: string) => string, specs: string[], side: Side): Side {
  if (specs.length === 0) return side;
  const prefixes = specs.map((s) => repo.relative(resolve(s)) ?? s);
  return new Map(
    [...side].filter(([path]) => prefixes.some((p) => p === '' || path === p || path.startsWith(`${p}/`))),
  );
}

export const diff: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { flags, operands, paths } = splitArgs(run.args);
  const staged = flags.has('--staged') || flags.has('--cached');
  const revision = operands[0] !== undefined && repo.resolve(operands[0]) !== undefined ? operands[0] : undefined;
  const specs = [...(revision === undefined ? operands : operands.slice(1)), ...paths];
  const narrow = (side: Side) => limitTo(repo, run.ctx.resolve, specs, side);
  const indexSide: Side = new Map(repo.index);
  let before: Side;
  let after: Side;
  let work: Map<string, Uint8Array> | undefined;
  if (staged || revision !== undefined) {
    before = sideOf(repo.filesOf(revision === undefined ? repo.headCommit() : repo.resolve(revision)));
  } else {
    before = indexSide;
  }
  if (staged) {
    after = indexSide;
  } else {
    work = repo.workingFiles();
    const ids = repo.workingIds();
    // Untracked files are not part of `git diff`.
    after = new Map(
      [...ids]
        .filter(([path]) => repo.index.has(path))
        .map(([path, id]) => [path, { id, mode: repo.index.get(path)!.mode }]),
    );
  }
  run.ctx.io.out(diffSides(repo, narrow(before), narrow(after), work));
  return 0;
};

export const show: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { operands } = splitArgs(run.args);
  const revision = operands[0] ?? 'HEAD';
  const id = repo.resolve(revision);
  if (id === undefined) throw unknownRevision(revision);
  const commit = repo.objects.commits[id]!;
  const parent = commit.parents[0];
  const changes = diffSides(repo, sideOf(repo.filesOf(parent)), sideOf(repo.filesOf(id)));
  run.ctx.io.out(`${formatCommit(repo, id, commit)}\n${changes}`);
  return 0;
};
