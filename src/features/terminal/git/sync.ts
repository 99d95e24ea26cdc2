import { AwsApiError } from '../../../api/aws-call';
import type { GitReferenceUpdate } from '../../../api/codecommit/git-push';
import { writeCommit, writeTreeFromFiles, type ObjectId, type TreeEntry } from '../../../engine/codecommit/git-objects';
import { basename } from '../workspace/fs';
import { workingState } from './changes';
import { GitConfig } from './config';
import { color, lineCounts, summaryLine, transferSize } from './format';
import {
  readGlobalConfig,
  repositoryHere,
  setting,
  splitArgs,
  type GitCommand,
  type GitInvocation,
} from './invocation';
import { download, packFor, remoteRepository, storePack, transportError } from './remote';
import { GitError, Repository, short } from './repository';

const DEFAULT_BRANCH = 'master';

function remoteUrl(repo: Repository, remote: string): string {
  const url = repo.config.get(`remote.${remote}.url`);
  if (url === undefined) {
    throw new GitError(
      `fatal: '${remote}' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.`,
    );
  }
  return url;
}

export const clone: GitCommand = async (run) => {
  const { operands } = splitArgs(run.args);
  const [url, directory] = operands;
  if (url === undefined) throw new GitError('fatal: You must specify a repository to clone.', 129);
  const { repositoryName, shown } = remoteRepository(url);
  const name = directory ?? basename(repositoryName);
  const root = run.ctx.resolve(name);
  const existing = run.ctx.fs.stat(root);
  if (existing && (existing.kind !== 'directory' || (run.ctx.fs.list(root) ?? []).length > 0)) {
    throw new GitError(`fatal: destination path '${name}' already exists and is not an empty directory.`);
  }
  run.ctx.io.err(`Cloning into '${name}'...\n`);
  const config = new GitConfig();
  config.set('core.repositoryformatversion', '0');
  config.set('core.filemode', 'true');
  config.set('core.bare', 'false');
  config.set('core.logallrefupdates', 'true');
  config.set('remote.origin.url', url);
  config.set('remote.origin.fetch', '+refs/heads/*:refs/remotes/origin/*');
  let answer;
  try {
    answer = await run.host.pull(repositoryName, []);
  } catch (e) {
    throw transportError(e, shown);
  }
  const branch = answer.defaultBranch ?? readGlobalConfig(run).get('init.defaultBranch') ?? DEFAULT_BRANCH;
  const repo = Repository.init(run.ctx.fs, root, branch, config);
  const count =
    Object.keys(answer.objects.commits).length +
    Object.keys(answer.objects.trees).length +
    Object.keys(answer.objects.blobs).length;
  const { bytes } = storePack(repo, answer.objects);
  repo.refs.remotes.origin = { ...answer.branches };
  const tip = answer.branches[branch];
  if (tip === undefined) {
    run.ctx.io.err('warning: You appear to have cloned an empty repository.\n');
  } else {
    run.ctx.io.err(`remote: Counting objects: ${count}, done.\n`);
    run.ctx.io.err(`Unpacking objects: 100% (${count}/${count}), ${transferSize(bytes)}, done.\n`);
    repo.refs.heads[branch] = tip;
    repo.config.set('remote.origin.head', branch);
    repo.config.set(`branch.${branch}.remote`, 'origin');
    repo.config.set(`branch.${branch}.merge`, `refs/heads/${branch}`);
    for (const [path, entry] of repo.filesOf(tip)) {
      repo.checkoutFile(path, entry.id);
      repo.index.set(path, { id: entry.id, mode: entry.mode });
    }
  }
  repo.save();
  return 0;
};

interface Fetched {
  repo: Repository;
  remote: string;
  before: Record<string, ObjectId>;
  after: Record<string, ObjectId>;
  shown: string;
}

async function fetchRemote(run: GitInvocation, repo: Repository, remote: string): Promise<Fetched> {
  const url = remoteUrl(repo, remote);
  const { repositoryName, shown } = remoteRepository(url);
  const answer = await download(repo, run.host, repositoryName, shown, run.ctx.io.err);
  const before = repo.refs.remotes[remote] ?? {};
  repo.refs.remotes[remote] = { ...answer.branches };
  if (answer.defaultBranch !== undefined) repo.config.set(`remote.${remote}.head`, answer.defaultBranch);
  repo.save();
  const lines: string[] = [];
  for (const [branch, id] of Object.entries(answer.branches).sort()) {
    const old = before[branch];
    if (old === id) continue;
    const target = `${remote}/${branch}`;
    if (old === undefined) lines.push(` * [new branch]      ${branch.padEnd(10)} -> ${target}`);
    else if (repo.ancestors([id]).has(old))
      lines.push(`   ${short(old)}..${short(id)}  ${branch.padEnd(10)} -> ${target}`);
    else lines.push(` + ${short(old)}...${short(id)} ${branch.padEnd(10)} -> ${target}  (forced update)`);
  }
  if (lines.length > 0) run.ctx.io.err(`From ${shown}\n${lines.join('\n')}\n`);
  return { repo, remote, before, after: answer.branches, shown };
}

export const fetch: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { operands } = splitArgs(run.args);
  await fetchRemote(run, repo, operands[0] ?? 'origin');
  return 0;
};

/** ` index.html | 2 +-` lines and the summary, as a fast-forward prints them. */
function diffStat(repo: Repository, from: ObjectId | undefined, to: ObjectId): string {
  const a = repo.filesOf(from);
  const b = repo.filesOf(to);
  const paths = [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p)?.id !== b.get(p)?.id).sort();
  const counts = paths.map((p) =>
    lineCounts(a.get(p) && repo.blobBytes(a.get(p)!.id), b.get(p) && repo.blobBytes(b.get(p)!.id)),
  );
  const width = Math.max(0, ...paths.map((p) => p.length));
  const lines = paths.map((p, i) => {
    const { added, removed } = counts[i]!;
    return ` ${p.padEnd(width)} | ${added + removed} ${color.green('+'.repeat(Math.min(added, 40)))}${color.red('-'.repeat(Math.min(removed, 40)))}`;
  });
  const added = counts.reduce((n, c) => n + c.added, 0);
  const removed = counts.reduce((n, c) => n + c.removed, 0);
  return `${[...lines, summaryLine(paths.length, added, removed)].join('\n')}\n`;
}

/** Files a merge would write that have local changes: git refuses rather than lose them. */
function overwritten(repo: Repository, from: ObjectId | undefined, to: ObjectId): string[] {
  const a = repo.filesOf(from);
  const b = repo.filesOf(to);
  const state = workingState(repo);
  const dirty = new Set([...state.staged, ...state.unstaged].map((c) => c.path));
  return [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p)?.id !== b.get(p)?.id && dirty.has(p)).sort();
}

function moveWorkingTree(repo: Repository, from: ObjectId | undefined, to: ObjectId) {
  const a = repo.filesOf(from);
  const b = repo.filesOf(to);
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const entry = b.get(path);
    if (entry?.id === a.get(path)?.id) continue;
    if (entry) {
      repo.checkoutFile(path, entry.id);
      repo.index.set(path, { id: entry.id, mode: entry.mode });
    } else {
      repo.removeFile(path);
      repo.index.delete(path);
    }
  }
}

/** A merge commit of two histories whose changes touch different files; undefined when a file changed on both sides. */
function mergeTrees(
  repo: Repository,
  ours: ObjectId,
  theirs: ObjectId,
): { files: Map<string, TreeEntry>; conflicts: string[] } {
  const mine = repo.ancestors([ours]);
  const base = [...repo.ancestors([theirs])]
    .filter((id) => mine.has(id))
    .sort(
      (x, y) => repo.objects.commits[y]!.committer.epochSeconds - repo.objects.commits[x]!.committer.epochSeconds,
    )[0];
  const b = repo.filesOf(base);
  const o = repo.filesOf(ours);
  const t = repo.filesOf(theirs);
  const files = new Map<string, TreeEntry>();
  const conflicts: string[] = [];
  for (const path of new Set([...b.keys(), ...o.keys(), ...t.keys()])) {
    const [be, oe, te] = [b.get(path), o.get(path), t.get(path)];
    const chosen = oe?.id === te?.id ? oe : oe?.id === be?.id ? te : te?.id === be?.id ? oe : undefined;
    if (chosen === undefined && (oe || te) && oe?.id !== te?.id) conflicts.push(path);
    else if (chosen) files.set(path, chosen);
  }
  return { files, conflicts: conflicts.sort() };
}

const DIVERGENT_HINT = `hint: You have divergent branches and need to specify how to reconcile them.
hint: You can do so by running one of the following commands sometime before
hint: your next pull:
hint:
hint:   git config pull.rebase false  # merge
hint:   git config pull.rebase true   # rebase
hint:   git config pull.ff only       # fast-forward only
hint:
hint: You can replace "git config" with "git config --global" to set a default
hint: preference for all repositories. You can also pass --rebase, --no-rebase,
hint: or --ff-only on the command line to override the configured default per
hint: invocation.
fatal: Need to specify how to reconcile divergent branches.`;

export const pull: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { flags, operands } = splitArgs(run.args);
  const branch = repo.currentBranch();
  if (branch === undefined)
    throw new GitError('You are not currently on a branch.\nPlease specify which branch you want to merge with.', 1);
  const upstream =
    operands.length > 0 ? { remote: operands[0]!, branch: operands[1] ?? branch } : repo.upstream(branch);
  if (!upstream) {
    throw new GitError(
      `There is no tracking information for the current branch.\nPlease specify which branch you want to merge with.\nSee git-pull(1) for details.\n\n    git pull <remote> <branch>\n\nIf you wish to set tracking information for this branch you can do so with:\n\n    git branch --set-upstream-to=origin/<branch> ${branch}\n`,
      1,
    );
  }
  const fetched = await fetchRemote(run, repo, upstream.remote);
  const theirs = fetched.after[upstream.branch];
  if (theirs === undefined) throw new GitError(`fatal: couldn't find remote ref ${upstream.branch}`, 1);
  const ours = repo.refs.heads[branch];
  if (ours === theirs || (ours !== undefined && repo.ancestors([ours]).has(theirs))) {
    run.ctx.io.out('Already up to date.\n');
    return 0;
  }
  const blocked = overwritten(repo, ours, theirs);
  if (ours === undefined || repo.ancestors([theirs]).has(ours)) {
    if (blocked.length > 0) {
      throw new GitError(
        `error: Your local changes to the following files would be overwritten by merge:\n${blocked.map((p) => `\t${p}\n`).join('')}Please commit your changes or stash them before you merge.\nAborting`,
        1,
      );
    }
    run.ctx.io.out(`Updating ${short(ours ?? '')}..${short(theirs)}\nFast-forward\n${diffStat(repo, ours, theirs)}`);
    moveWorkingTree(repo, ours, theirs);
    repo.refs.heads[branch] = theirs;
    repo.save();
    return 0;
  }
  const mode = flags.has('--ff-only')
    ? 'ff-only'
    : flags.has('--no-rebase')
      ? 'merge'
      : flags.has('--rebase')
        ? 'rebase'
        : setting(run, repo, 'pull.ff') === 'only'
          ? 'ff-only'
          : setting(run, repo, 'pull.rebase');
  if (mode === 'ff-only')
    throw new GitError(
      'hint: Diverging branches can\'t be fast-forwarded, you need to either:\nhint:\nhint: \tgit merge --no-ff\nhint:\nhint: or:\nhint:\nhint: \tgit rebase\nhint:\nhint: Disable this message with "git config advice.diverging false"\nfatal: Not possible to fast-forward, aborting.',
    );
  if (mode !== 'merge' && mode !== 'false')
    throw new GitError(
      mode === 'rebase' || mode === 'true'
        ? `fatal: ${color.yellow('(simulator) git pull --rebase is not simulated; use git pull --no-rebase to merge.')}`
        : DIVERGENT_HINT,
    );
  const merged = mergeTrees(repo, ours, theirs);
  if (merged.conflicts.length > 0) {
    throw new GitError(
      `${merged.conflicts.map((p) => `Auto-merging ${p}\nCONFLICT (content): Merge conflict in ${p}\n`).join('')}Automatic merge failed; fix conflicts and then commit the result.\n${color.yellow('(simulator) Line-level merges are not simulated: nothing was changed. Reconcile by hand (git reset --hard origin/' + upstream.branch + ', then redo your change) or push to another branch and open a pull request.')}`,
      1,
    );
  }
  if (blocked.length > 0) {
    throw new GitError(
      `error: Your local changes to the following files would be overwritten by merge:\n${blocked.map((p) => `\t${p}\n`).join('')}Please commit your changes or stash them before you merge.\nAborting`,
      1,
    );
  }
  const who = {
    name: setting(run, repo, 'user.name') ?? (await run.host.actingName()),
    email: setting(run, repo, 'user.email') ?? `${await run.host.actingName()}@example.com`,
  };
  const signature = { ...who, epochSeconds: run.host.nowSeconds() };
  const id = writeCommit(repo.objects, {
    tree: writeTreeFromFiles(repo.objects, merged.files),
    parents: [ours, theirs],
    author: signature,
    committer: signature,
    message: `Merge branch '${upstream.branch}' of ${fetched.shown}\n`,
  });
  run.ctx.io.out(`Merge made by the 'ort' strategy.\n${diffStat(repo, ours, id)}`);
  moveWorkingTree(repo, ours, id);
  repo.refs.heads[branch] = id;
  repo.save();
  return 0;
};

const FETCH_FIRST_HINT = `hint: Updates were rejected because the remote contains work that you do not
hint: have locally. This is usually caused by another repository pushing to
hint: the same ref. If you want to integrate the remote changes, use
hint: 'git pull' before pushing again.
hint: See the 'Note about fast-forwards' in 'git push --help' for details.`;

const NON_FAST_FORWARD_HINT = `hint: Updates were rejected because the tip of your current branch is behind
hint: its remote counterpart. If you want to integrate the remote changes,
hint: use 'git pull' before pushing again.
hint: See the 'Note about fast-forwards' in 'git push --help' for details.`;

export const push: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { flags, operands } = splitArgs(run.args);
  const force = flags.has('-f') || flags.has('--force');
  const setUpstream = flags.has('-u') || flags.has('--set-upstream');
  const remove = flags.has('-d') || flags.has('--delete');
  const current = repo.currentBranch();
  const remote = operands[0] ?? (current !== undefined ? repo.upstream(current)?.remote : undefined) ?? 'origin';
  let specs = operands.slice(1);
  if (specs.length === 0) {
    if (current === undefined)
      throw new GitError(
        'fatal: You are not currently on a branch.\nTo push the history leading to the current (detached HEAD)\nstate now, use\n\n    git push origin HEAD:<name-of-remote-branch>\n',
      );
    const upstream = repo.upstream(current);
    if (!upstream && !setUpstream) {
      throw new GitError(
        `fatal: The current branch ${current} has no upstream branch.\nTo push the current branch and set the remote as upstream, use\n\n    git push --set-upstream ${remote} ${current}\n\nTo have this happen automatically for branches without a tracking\nupstream, see 'push.autoSetupRemote' in 'git help config'.\n`,
      );
    }
    specs = [upstream && upstream.branch !== current ? `${current}:${upstream.branch}` : current];
  }
  const url = remoteUrl(repo, remote);
  const { repositoryName, shown } = remoteRepository(url);
  const plan = specs.map((spec) => {
    const forced = spec.startsWith('+');
    const [src, dst] = (forced ? spec.slice(1) : spec).split(':') as [string, string | undefined];
    const target = (dst ?? (src === 'HEAD' ? (current ?? 'HEAD') : src)).replace(/^refs\/heads\//, '');
    if (remove) return { src: '', target, id: undefined, forced: true };
    const id = repo.resolve(src);
    if (id === undefined)
      throw new GitError(
        `error: src refspec ${src} does not match any\nerror: failed to push some refs to '${shown}'`,
        1,
      );
    return { src: src === 'HEAD' ? (current ?? 'HEAD') : src, target, id, forced: forced || force };
  });

  let advertised;
  try {
    advertised = await run.host.pull(repositoryName, Object.keys(repo.objects.commits));
  } catch (e) {
    throw transportError(e, shown);
  }
  const remoteTips = advertised.branches;
  const lines: string[] = [];
  const rejected: string[] = [];
  const updates: GitReferenceUpdate[] = [];
  for (const step of plan) {
    const old = remoteTips[step.target];
    const label = `${step.src || '(delete)'} -> ${step.target}`;
    if (step.id === undefined) {
      if (old === undefined) {
        lines.push(` ! [remote rejected] ${step.target} (remote ref does not exist)`);
        rejected.push(step.target);
      } else {
        updates.push({ referenceName: `refs/heads/${step.target}`, oldCommitId: old });
        lines.push(` - [deleted]         ${step.target}`);
      }
      continue;
    }
    if (old === step.id) {
      lines.push(`= [up to date]      ${label}`);
      continue;
    }
    if (old !== undefined && !step.forced && !repo.ancestors([step.id]).has(old)) {
      const known = repo.objects.commits[old] !== undefined;
      lines.push(` ${color.red('! [rejected]')}        ${label} (${known ? 'non-fast-forward' : 'fetch first'})`);
      rejected.push(known ? 'non-fast-forward' : 'fetch first');
      continue;
    }
    updates.push({
      referenceName: `refs/heads/${step.target}`,
      ...(old !== undefined && { oldCommitId: old }),
      newCommitId: step.id,
    });
    if (old === undefined) lines.push(` * [new branch]      ${label}`);
    else if (repo.ancestors([step.id]).has(old)) lines.push(`   ${short(old)}..${short(step.id)}  ${label}`);
    else lines.push(` + ${short(old)}...${short(step.id)} ${label} (forced update)`);
  }
  if (updates.length === 0 && rejected.length === 0) {
    run.ctx.io.err('Everything up-to-date\n');
    return 0;
  }
  if (updates.length > 0) {
    const tips = updates.flatMap((u) => (u.newCommitId ? [u.newCommitId] : []));
    const pack = packFor(
      repo,
      tips,
      Object.values(remoteTips).filter((id) => repo.objects.commits[id] !== undefined),
    );
    const count = Object.keys(pack.commits).length + Object.keys(pack.trees).length + Object.keys(pack.blobs).length;
    const bytes = Object.values(pack.blobs).reduce((n, b) => n + Math.floor((b.length * 3) / 4), 0);
    if (count > 0) {
      run.ctx.io.err(
        `Enumerating objects: ${count}, done.\nCounting objects: 100% (${count}/${count}), done.\nWriting objects: 100% (${count}/${count}), ${transferSize(bytes)}, done.\nTotal ${count} (delta 0), reused 0 (delta 0), pack-reused 0\n`,
      );
    }
    try {
      await run.host.push(repositoryName, updates, pack);
    } catch (e) {
      if (e instanceof AwsApiError && e.type === 'ReferenceOutdatedException') {
        run.ctx.io.err(
          `To ${shown}\n ${color.red('! [rejected]')}        ${plan[0]!.src} -> ${plan[0]!.target} (fetch first)\nerror: failed to push some refs to '${shown}'\n${FETCH_FIRST_HINT}\n`,
        );
        return 1;
      }
      throw transportError(e, shown);
    }
    repo.refs.remotes[remote] ??= {};
    for (const u of updates) {
      const name = u.referenceName.replace(/^refs\/heads\//, '');
      if (u.newCommitId) repo.refs.remotes[remote][name] = u.newCommitId;
      else delete repo.refs.remotes[remote][name];
    }
  }
  run.ctx.io.err(`To ${shown}\n${lines.join('\n')}\n`);
  if (setUpstream) {
    for (const step of plan) {
      if (step.id === undefined || rejected.length > 0) continue;
      repo.config.set(`branch.${step.src}.remote`, remote);
      repo.config.set(`branch.${step.src}.merge`, `refs/heads/${step.target}`);
      run.ctx.io.out(`branch '${step.src}' set up to track '${remote}/${step.target}'.\n`);
    }
  }
  repo.save();
  if (rejected.length > 0) {
    run.ctx.io.err(
      `error: failed to push some refs to '${shown}'\n${rejected.includes('fetch first') ? FETCH_FIRST_HINT : NON_FAST_FORWARD_HINT}\n`,
    );
    return 1;
  }
  return 0;
};

export const remoteCommand: GitCommand = async (run) => {
  const repo = repositoryHere(run);
  const { flags, operands } = splitArgs(run.args);
  const names = [...new Set(repo.config.entries('remote.').map(([k]) => k.split('.').slice(1, -1).join('.')))];
  if (operands[0] === 'add') {
    const [, name, url] = operands;
    if (name === undefined || url === undefined) throw new GitError('usage: git remote add <name> <url>', 129);
    if (names.includes(name)) throw new GitError(`error: remote ${name} already exists.`, 3);
    repo.config.set(`remote.${name}.url`, url);
    repo.config.set(`remote.${name}.fetch`, `+refs/heads/*:refs/remotes/${name}/*`);
    repo.save();
    return 0;
  }
  if (operands[0] === 'get-url') {
    run.ctx.io.out(`${remoteUrl(repo, operands[1] ?? 'origin')}\n`);
    return 0;
  }
  if (operands.length > 0) throw new GitError(`error: unknown subcommand: \`${operands[0]}'`, 129);
  const verbose = flags.has('-v') || flags.has('--verbose');
  run.ctx.io.out(
    names
      .map((name) => {
        const url = repo.config.get(`remote.${name}.url`) ?? '';
        return verbose ? `${name}\t${url} (fetch)\n${name}\t${url} (push)\n` : `${name}\n`;
      })
      .join(''),
  );
  return 0;
};

export const init: GitCommand = async (run) => {
  const { operands } = splitArgs(run.args);
  const root = run.ctx.resolve(operands[0] ?? '.');
  if (run.ctx.fs.stat(`${root}/.git`)) {
    run.ctx.io.out(`Reinitialized existing Git repository in ${root}/.git/\n`);
    return 0;
  }
  const config = new GitConfig();
  config.set('core.repositoryformatversion', '0');
  config.set('core.filemode', 'true');
  config.set('core.bare', 'false');
  config.set('core.logallrefupdates', 'true');
  Repository.init(run.ctx.fs, root, readGlobalConfig(run).get('init.defaultBranch') ?? DEFAULT_BRANCH, config);
  run.ctx.io.out(`Initialized empty Git repository in ${root}/.git/\n`);
  return 0;
};
