import type { ObjectId } from '../../../engine/codecommit/git-objects';
import { isValidBranchName } from '../../../engine/codecommit/names';
import { workingState } from './changes';
import { color } from './format';
import { repositoryHere, splitArgs, type GitCommand, type GitInvocation } from './invocation';
import { GitError, short, type Repository } from './repository';
import { trackingLines } from './work';

function requireBranchName(name: string): void {
  if (!isValidBranchName(name)) throw new GitError(`fatal: '${name}' is not a valid branch name`);
}

function startPoint(repo: Repository, revision: string | undefined): ObjectId {
  const id = repo.resolve(revision ?? 'HEAD');
  if (id === undefined) {
    throw new GitError(
      revision === undefined
        ? `fatal: not a valid object name: '${repo.currentBranch() ?? 'HEAD'}'`
        : `fatal: not a valid object name: '${revision}'`,
    );
  }
  return id;
}

/** Sets `branch.<name>.remote/merge` when the start point is a remote branch (git's branch.autoSetupMerge). */
function track(run: GitInvocation, repo: Repository, name: string, revision: string | undefined): void {
  const remote = revision === undefined ? undefined : /^([^/]+)\/(.+)$/.exec(revision);
  if (!remote || !(remote[1]! in repo.refs.remotes) || repo.refs.heads[revision!] !== undefined) return;
  repo.config.set(`branch.${name}.remote`, remote[1]!);
  repo.config.set(`branch.${name}.merge`, `refs/heads/${remote[2]}`);
  run.ctx.io.out(`branch '${name}' set up to track '${revision}'.\n`);
}

export const branch: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { flags, operands } = splitArgs(run.args);
  if (flags.has('-d') || flags.has('-D') || flags.has('--delete')) {
    for (const name of operands) {
      const tip = repo.refs.heads[name];
      if (tip === undefined) throw new GitError(`error: branch '${name}' not found`, 1);
      if (name === repo.currentBranch()) {
        throw new GitError(`error: cannot delete branch '${name}' used by worktree at '${repo.root}'`, 1);
      }
      const upstream = repo.upstream(name);
      const mergedInto = upstream ? repo.refs.remotes[upstream.remote]?.[upstream.branch] : repo.headCommit();
      if (!flags.has('-D') && !repo.ancestors([mergedInto]).has(tip)) {
        throw new GitError(
          `error: the branch '${name}' is not fully merged.\nIf you are sure you want to delete it, run 'git branch -D ${name}'`,
          1,
        );
      }
      delete repo.refs.heads[name];
      for (const [key] of repo.config.entries(`branch.${name}.`)) repo.config.unset(key);
      run.ctx.io.out(`Deleted branch ${name} (was ${short(tip)}).\n`);
    }
    repo.save();
    return 0;
  }
  if (operands.length > 0) {
    const [name, revision] = operands as [string, string | undefined];
    requireBranchName(name);
    if (repo.refs.heads[name] !== undefined) throw new GitError(`fatal: a branch named '${name}' already exists`);
    repo.refs.heads[name] = startPoint(repo, revision);
    track(run, repo, name, revision);
    repo.save();
    return 0;
  }
  const current = repo.currentBranch();
  const lines = Object.keys(repo.refs.heads)
    .sort()
    .map((name) => (name === current ? `* ${color.green(name)}` : `  ${name}`));
  if (current === undefined) lines.unshift(`* ${color.green(`(HEAD detached at ${short(repo.headCommit() ?? '')})`)}`);
  if (flags.has('-a') || flags.has('--all') || flags.has('-r') || flags.has('--remotes')) {
    if (flags.has('-r') || flags.has('--remotes')) lines.length = 0;
    const prefix = flags.has('-a') || flags.has('--all') ? 'remotes/' : '';
    for (const [remote, branches] of Object.entries(repo.refs.remotes)) {
      const head = repo.config.get(`remote.${remote}.head`);
      if (head !== undefined && branches[head] !== undefined)
        lines.push(`  ${color.red(`${prefix}${remote}/HEAD`)} -> ${remote}/${head}`);
      for (const name of Object.keys(branches).sort()) lines.push(`  ${color.red(`${prefix}${remote}/${name}`)}`);
    }
  }
  run.ctx.io.out(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return 0;
};

/**
 * Moves HEAD to another commit, carrying local changes along when the two commits agree on those files,
 * and refusing as git does when they do not.
 */
function switchTo(repo: Repository, target: ObjectId, force: boolean): void {
  const from = repo.filesOf(repo.headCommit());
  const to = repo.filesOf(target);
  const state = workingState(repo);
  const dirty = new Set([...state.staged, ...state.unstaged].map((c) => c.path));
  const touched = [...new Set([...from.keys(), ...to.keys()])].filter((p) => from.get(p)?.id !== to.get(p)?.id);
  const blocked = touched.filter((p) => dirty.has(p) || (!from.has(p) && state.untracked.includes(p)));
  if (blocked.length > 0 && !force) {
    const untracked = blocked.filter((p) => state.untracked.includes(p));
    throw new GitError(
      untracked.length === blocked.length
        ? `error: The following untracked working tree files would be overwritten by checkout:\n${untracked.map((p) => `\t${p}\n`).join('')}Please move or remove them before you switch branches.\nAborting`
        : `error: Your local changes to the following files would be overwritten by checkout:\n${blocked.map((p) => `\t${p}\n`).join('')}Please commit your changes or stash them before you switch branches.\nAborting`,
      1,
    );
  }
  for (const path of touched) {
    const entry = to.get(path);
    if (entry) {
      repo.checkoutFile(path, entry.id);
      repo.index.set(path, { id: entry.id, mode: entry.mode });
    } else {
      repo.removeFile(path);
      repo.index.delete(path);
    }
  }
}

function reportSwitch(run: GitInvocation, repo: Repository, message: string) {
  run.ctx.io.err(`${message}\n`);
  const state = workingState(repo);
  for (const c of [...state.staged, ...state.unstaged])
    run.ctx.io.out(`${c.kind === 'deleted' ? 'D' : c.kind === 'new file' ? 'A' : 'M'}\t${c.path}\n`);
  const tracking = trackingLines(repo);
  if (tracking.length > 0) run.ctx.io.out(`${tracking.join('\n')}\n`);
}

async function checkoutBranch(
  run: GitInvocation,
  name: string,
  create: boolean,
  revision: string | undefined,
  invalidReference: string,
): Promise<number> {
  const repo = repositoryHere(run);
  if (create) {
    requireBranchName(name);
    if (repo.refs.heads[name] !== undefined) throw new GitError(`fatal: a branch named '${name}' already exists`);
    const target = startPoint(repo, revision);
    switchTo(repo, target, false);
    repo.refs.heads[name] = target;
    track(run, repo, name, revision);
    repo.setHead(name);
    repo.save();
    reportSwitch(run, repo, `Switched to a new branch '${name}'`);
    return 0;
  }
  if (name === repo.currentBranch()) {
    reportSwitch(run, repo, `Already on '${name}'`);
    return 0;
  }
  if (repo.refs.heads[name] === undefined) {
    const remotes = Object.keys(repo.refs.remotes).filter((r) => repo.refs.remotes[r]![name] !== undefined);
    if (remotes.length !== 1) throw new GitError(invalidReference, invalidReference.startsWith('error') ? 1 : 128);
    return checkoutBranch(run, name, true, `${remotes[0]}/${name}`, invalidReference);
  }
  switchTo(repo, repo.refs.heads[name], false);
  repo.setHead(name);
  repo.save();
  reportSwitch(run, repo, `Switched to branch '${name}'`);
  return 0;
}

export const checkout: GitCommand = async (run) => {
  const { flags, values, operands, paths } = splitArgs(run.args, ['-b', '-B']);
  const created = values.get('-b')?.[0] ?? values.get('-B')?.[0];
  if (created !== undefined) return checkoutBranch(run, created, true, operands[0], '');
  if (
    paths.length > 0 ||
    (operands.length > 0 &&
      repositoryHere(run).resolve(operands[0]!) === undefined &&
      run.ctx.fs.stat(run.ctx.resolve(operands[0]!)))
  ) {
    // `git checkout -- file`: the working tree from the index.
    const repo = repositoryHere(run);
    for (const spec of [...operands, ...paths]) {
      const relative = repo.relative(run.ctx.resolve(spec));
      const matched = [...repo.index.keys()].filter(
        (p) => relative === '' || p === relative || p.startsWith(`${relative}/`),
      );
      if (matched.length === 0)
        throw new GitError(`error: pathspec '${spec}' did not match any file(s) known to git`, 1);
      for (const p of matched) repo.checkoutFile(p, repo.index.get(p)!.id);
    }
    return 0;
  }
  const target = operands[0];
  if (target === undefined) return 0;
  const repo = repositoryHere(run);
  if (repo.refs.heads[target] === undefined && !Object.values(repo.refs.remotes).some((b) => b[target] !== undefined)) {
    const id = repo.resolve(target);
    if (id === undefined) throw new GitError(`error: pathspec '${target}' did not match any file(s) known to git`, 1);
    switchTo(repo, id, flags.has('-f'));
    repo.setHead(id, true);
    repo.save();
    run.ctx.io.err(
      `Note: switching to '${target}'.\n\nYou are in 'detached HEAD' state. You can look around, make experimental\nchanges and commit them, and you can discard any commits you make in this\nstate without impacting any branches by switching back to a branch.\n\nHEAD is now at ${short(id)} ${repo.objects.commits[id]!.message.split('\n')[0]}\n`,
    );
    return 0;
  }
  return checkoutBranch(
    run,
    target,
    false,
    undefined,
    `error: pathspec '${target}' did not match any file(s) known to git`,
  );
};

export const switchBranch: GitCommand = async (run) => {
  const { values, operands } = splitArgs(run.args, ['-c', '-C', '--create']);
  const created = values.get('-c')?.[0] ?? values.get('-C')?.[0] ?? values.get('--create')?.[0];
  if (created !== undefined) return checkoutBranch(run, created, true, operands[0], '');
  const target = operands[0];
  if (target === undefined) throw new GitError('fatal: missing branch or commit argument');
  return checkoutBranch(run, target, false, undefined, `fatal: invalid reference: ${target}`);
};
