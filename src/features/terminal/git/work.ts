import { writeCommit, writeTreeFromFiles } from '../../../engine/codecommit/git-objects';
import { compare, indexFiles, workingState, type Change } from './changes';
import { color, displayPath, lineCounts, summaryLine } from './format';
import { repositoryHere, setting, splitArgs, type GitCommand, type GitInvocation } from './invocation';
import { GitError, short, type Repository } from './repository';

const plural = (n: number) => `${n} commit${n === 1 ? '' : 's'}`;

/** The lines about the branch and its upstream that `git status` and `git checkout` print. */
export function trackingLines(repo: Repository): string[] {
  const branch = repo.currentBranch();
  if (branch === undefined) return [];
  const upstream = repo.upstream(branch);
  if (!upstream) return [];
  const name = `${upstream.remote}/${upstream.branch}`;
  const theirs = repo.refs.remotes[upstream.remote]?.[upstream.branch];
  if (theirs === undefined) {
    return [
      `Your branch is based on '${name}', but the upstream is gone.`,
      '  (use "git branch --unset-upstream" to fixup)',
    ];
  }
  const mine = repo.ancestors([repo.refs.heads[branch]]);
  const remote = repo.ancestors([theirs]);
  const ahead = [...mine].filter((id) => !remote.has(id)).length;
  const behind = [...remote].filter((id) => !mine.has(id)).length;
  if (ahead === 0 && behind === 0) return [`Your branch is up to date with '${name}'.`];
  if (behind === 0)
    return [
      `Your branch is ahead of '${name}' by ${plural(ahead)}.`,
      '  (use "git push" to publish your local commits)',
    ];
  if (ahead === 0) {
    return [
      `Your branch is behind '${name}' by ${plural(behind)}, and can be fast-forwarded.`,
      '  (use "git pull" to update your local branch)',
    ];
  }
  return [
    `Your branch and '${name}' have diverged,`,
    `and have ${ahead} and ${behind} different commits each, respectively.`,
    '  (use "git pull" if you want to integrate the remote branch with yours)',
  ];
}

const kindWidth = (c: Change) => `${`${c.kind}:`.padEnd(12)}`;

/** Untracked files under a folder that holds nothing tracked show as the folder (`notes/`). */
function collapseUntracked(repo: Repository, untracked: string[]): string[] {
  const trackedDirs = new Set<string>();
  for (const path of repo.index.keys()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) trackedDirs.add(parts.slice(0, i).join('/'));
  }
  const shown = new Set<string>();
  for (const path of untracked) {
    const parts = path.split('/');
    let i = 1;
    while (i < parts.length && trackedDirs.has(parts.slice(0, i).join('/'))) i++;
    shown.add(i < parts.length ? `${parts.slice(0, i).join('/')}/` : path);
  }
  return [...shown].sort();
}

export function statusText(run: GitInvocation, repo: Repository): string {
  const state = workingState(repo);
  const branch = repo.currentBranch();
  const head = repo.headCommit();
  const show = (p: string) => displayPath(repo, run.ctx.cwd, p);
  const lines = [branch === undefined ? `HEAD detached at ${short(head ?? '')}` : `On branch ${branch}`];
  if (head === undefined) lines.push('', 'No commits yet');
  lines.push(...trackingLines(repo));
  if (state.staged.length > 0) {
    lines.push(
      '',
      'Changes to be committed:',
      head === undefined
        ? '  (use "git rm --cached <file>..." to unstage)'
        : '  (use "git restore --staged <file>..." to unstage)',
      ...state.staged.map((c) => `\t${color.green(`${kindWidth(c)}${show(c.path)}`)}`),
    );
  }
  if (state.unstaged.length > 0) {
    const deletes = state.unstaged.some((c) => c.kind === 'deleted');
    lines.push(
      '',
      'Changes not staged for commit:',
      `  (use "git ${deletes ? 'add/rm' : 'add'} <file>..." to update what will be committed)`,
      '  (use "git restore <file>..." to discard changes in working directory)',
      ...state.unstaged.map((c) => `\t${color.red(`${kindWidth(c)}${show(c.path)}`)}`),
    );
  }
  const untracked = collapseUntracked(repo, state.untracked);
  if (untracked.length > 0) {
    lines.push(
      '',
      'Untracked files:',
      '  (use "git add <file>..." to include in what will be committed)',
      ...untracked.map((p) => `\t${color.red(show(p))}`),
    );
  }
  lines.push('');
  if (state.staged.length === 0) {
    if (state.unstaged.length > 0) lines.push('no changes added to commit (use "git add" and/or "git commit -a")');
    else if (untracked.length > 0)
      lines.push('nothing added to commit but untracked files present (use "git add" to track)');
    else if (head === undefined) lines.push('nothing to commit (create/copy files and use "git add" to track)');
    else lines.push('nothing to commit, working tree clean');
  } else {
    lines.pop();
  }
  return `${lines.join('\n')}\n`;
}

export const status: GitCommand = async (run) => {
  run.ctx.io.out(statusText(run, repositoryHere(run)));
  return 0;
};

/** Repository paths a pathspec names (a file, or every path under a folder); `.` at the root is everything. */
function matchPaths(repo: Repository, run: GitInvocation, spec: string, candidates: Iterable<string>): string[] {
  const relative = repo.relative(run.ctx.resolve(spec));
  if (relative === undefined) {
    throw new GitError(`fatal: ${spec}: '${spec}' is outside repository at '${repo.root}'`);
  }
  return [...candidates].filter((p) => relative === '' || p === relative || p.startsWith(`${relative}/`));
}

function stageAll(repo: Repository, paths: Set<string>, workingIds: Map<string, string>) {
  const files = repo.workingFiles();
  for (const path of paths) {
    const bytes = files.get(path);
    if (bytes === undefined) {
      repo.index.delete(path);
    } else if (repo.index.get(path)?.id !== workingIds.get(path)) {
      repo.index.set(path, { id: repo.storeFile(bytes), mode: repo.index.get(path)?.mode ?? '100644' });
    }
  }
}

export const add: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { flags, operands, paths } = splitArgs(run.args);
  const specs = [...operands, ...paths];
  const all = flags.has('-A') || flags.has('--all');
  if (specs.length === 0 && !all) {
    run.ctx.io.err("Nothing specified, nothing added.\nhint: Maybe you wanted to say 'git add .'?\n");
    return 0;
  }
  const workingIds = repo.workingIds();
  const candidates = new Set([...workingIds.keys(), ...repo.index.keys()]);
  const chosen = new Set<string>();
  for (const spec of all && specs.length === 0 ? ['/'] : specs) {
    const matched = spec === '/' ? [...candidates] : matchPaths(repo, run, spec, candidates);
    if (matched.length === 0 && !run.ctx.fs.stat(run.ctx.resolve(spec))) {
      throw new GitError(`fatal: pathspec '${spec}' did not match any files`);
    }
    matched.forEach((p) => chosen.add(p));
  }
  stageAll(repo, chosen, workingIds);
  repo.save();
  return 0;
};

/** `git restore [--staged] <paths>`: the index from HEAD, or the working tree from the index. */
export const restore: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { flags, operands, paths } = splitArgs(run.args);
  const specs = [...operands, ...paths];
  if (specs.length === 0) throw new GitError('fatal: you must specify path(s) to restore');
  const staged = flags.has('--staged') || flags.has('-S');
  const head = repo.filesOf(repo.headCommit());
  const candidates = new Set([...repo.index.keys(), ...head.keys()]);
  for (const spec of specs) {
    const matched = matchPaths(repo, run, spec, candidates);
    if (matched.length === 0) throw new GitError(`error: pathspec '${spec}' did not match any file(s) known to git`, 1);
    for (const path of matched) {
      if (staged) {
        const entry = head.get(path);
        if (entry) repo.index.set(path, { id: entry.id, mode: entry.mode });
        else repo.index.delete(path);
      } else {
        const entry = repo.index.get(path);
        if (entry) repo.checkoutFile(path, entry.id);
      }
    }
  }
  repo.save();
  return 0;
};

/** `git reset [<commit>] [-- <paths>]`, `--soft`, `--mixed` (the default) and `--hard`. */
export const reset: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { flags, operands, paths } = splitArgs(run.args);
  const first = operands[0];
  const target = first !== undefined && repo.resolve(first) !== undefined ? repo.resolve(first)! : repo.headCommit();
  const specs = [
    ...(first !== undefined && repo.resolve(first) !== undefined ? operands.slice(1) : operands),
    ...paths,
  ];
  const targetFiles = repo.filesOf(target);
  if (specs.length > 0) {
    const candidates = new Set([...repo.index.keys(), ...targetFiles.keys()]);
    for (const spec of specs) {
      for (const path of matchPaths(repo, run, spec, candidates)) {
        const entry = targetFiles.get(path);
        if (entry) repo.index.set(path, { id: entry.id, mode: entry.mode });
        else repo.index.delete(path);
      }
    }
  } else {
    if (target === undefined)
      throw new GitError(
        `fatal: ambiguous argument '${first ?? 'HEAD'}': unknown revision or path not in the working tree.`,
      );
    const tracked = new Set([...repo.index.keys(), ...repo.filesOf(repo.headCommit()).keys()]);
    const branch = repo.currentBranch();
    if (branch !== undefined) repo.refs.heads[branch] = target;
    else repo.setHead(target, true);
    if (!flags.has('--soft')) {
      repo.index = new Map([...targetFiles].map(([p, e]) => [p, { id: e.id, mode: e.mode }]));
    }
    if (flags.has('--hard')) {
      for (const path of tracked) if (!targetFiles.has(path)) repo.removeFile(path);
      for (const [path, entry] of targetFiles) repo.checkoutFile(path, entry.id);
      const commit = repo.objects.commits[target]!;
      run.ctx.io.out(`HEAD is now at ${short(target)} ${commit.message.split('\n')[0]}\n`);
    }
  }
  repo.save();
  if (!flags.has('--hard') && !flags.has('--soft')) {
    const unstaged = workingState(repo).unstaged;
    if (unstaged.length > 0) {
      run.ctx.io.out(
        `Unstaged changes after reset:\n${unstaged.map((c) => `${c.kind === 'deleted' ? 'D' : 'M'}\t${c.path}\n`).join('')}`,
      );
    }
  }
  return 0;
};

/** The author git would use: `user.name`/`user.email`, else the acting IAM identity (with git's notice). */
async function author(
  run: GitInvocation,
  repo: Repository,
): Promise<{ name: string; email: string; guessed: boolean }> {
  const name = setting(run, repo, 'user.name');
  const email = setting(run, repo, 'user.email');
  if (name !== undefined && email !== undefined) return { name, email, guessed: false };
  const acting = await run.host.actingName();
  return { name: name ?? acting, email: email ?? `${acting}@example.com`, guessed: true };
}

const GUESSED_IDENTITY = `Your name and email address were configured automatically based
on the identity the console acts as. Please check that they are accurate.
You can suppress this message by setting them explicitly:

    git config --global user.name "Your Name"
    git config --global user.email you@example.com

After doing this, you may want to fix the identity used for this commit with:

    git commit --amend --reset-author
`;

export const commit: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { flags, values } = splitArgs(run.args, ['-m', '--message']);
  const messages = [...(values.get('-m') ?? []), ...(values.get('--message') ?? [])];
  if (flags.has('-a') || flags.has('--all')) {
    const state = workingState(repo);
    stageAll(repo, new Set(state.unstaged.map((c) => c.path)), state.workingIds);
  }
  const state = workingState(repo);
  if (state.staged.length === 0) {
    const text = statusText(run, repo);
    run.ctx.io.out(text);
    return 1;
  }
  if (messages.length === 0) {
    run.ctx.io.err(
      'Aborting commit due to empty commit message.\n' +
        color.yellow('(simulator) This terminal has no text editor: give the message with -m "<message>".\n'),
    );
    return 1;
  }
  const parent = repo.headCommit();
  const who = await author(run, repo);
  const signature = { name: who.name, email: who.email, epochSeconds: run.host.nowSeconds() };
  const message = `${messages.join('\n\n').trim()}\n`;
  const id = writeCommit(repo.objects, {
    tree: writeTreeFromFiles(repo.objects, indexFiles(repo)),
    parents: parent === undefined ? [] : [parent],
    author: signature,
    committer: signature,
    message,
  });
  const branch = repo.currentBranch();
  if (branch !== undefined) repo.refs.heads[branch] = id;
  else repo.setHead(id, true);
  repo.save();

  const before = repo.filesOf(parent);
  let added = 0;
  let removed = 0;
  const modes: string[] = [];
  for (const change of compare(before, repo.index)) {
    const old = before.get(change.path);
    const now = repo.index.get(change.path);
    const counts = lineCounts(old && repo.blobBytes(old.id), now && repo.blobBytes(now.id));
    added += counts.added;
    removed += counts.removed;
    if (change.kind === 'new file') modes.push(` create mode ${now!.mode} ${change.path}`);
    if (change.kind === 'deleted') modes.push(` delete mode ${old!.mode} ${change.path}`);
  }
  const where = `${branch ?? 'detached HEAD'}${parent === undefined ? ' (root-commit)' : ''}`;
  const lines = [`[${where} ${short(id)}] ${message.split('\n')[0]}`];
  if (who.guessed) lines.push(` Author: ${who.name} <${who.email}>`, GUESSED_IDENTITY.trimEnd());
  lines.push(summaryLine(state.staged.length, added, removed), ...modes);
  run.ctx.io.out(`${lines.join('\n')}\n`);
  return 0;
};
