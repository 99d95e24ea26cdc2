import type { CompletionRequest, TerminalProgram } from '../command';
import { completePath } from '../files/complete-path';
import { branch, checkout, switchBranch } from './branches';
import { config } from './config-command';
import { diff, log, show } from './history';
import type { GitCommand } from './invocation';
import { GitError, Repository } from './repository';
import { clone, fetch, init, pull, push, remoteCommand } from './sync';
import { consoleGitHost, type GitHost } from './transport';
import { add, commit, reset, restore, status } from './work';

const USAGE = `usage: git [--version] [--help] [-C <path>] <command> [<args>]

These are common Git commands used in various situations:

start a working area
   clone     Clone a repository into a new directory

work on the current change
   add       Add file contents to the index
   restore   Restore working tree files
   reset     Reset current HEAD to the specified state

examine the history and state
   diff      Show changes between commits, commit and working tree, etc
   log       Show commit logs
   show      Show various types of objects
   status    Show the working tree status

grow, mark and tweak your common history
   branch    List, create, or delete branches
   commit    Record changes to the repository
   switch    Switch branches
   checkout  Switch branches or restore working tree files

collaborate
   fetch     Download objects and refs from another repository
   pull      Fetch from and integrate with another repository or a local branch
   push      Update remote refs along with associated objects
   remote    Manage set of tracked repositories
`;

const COMMANDS: Record<string, GitCommand> = {
  add,
  branch,
  checkout,
  clone,
  commit,
  config,
  diff,
  fetch,
  init,
  log,
  pull,
  push,
  remote: remoteCommand,
  reset,
  restore,
  show,
  status,
  switch: switchBranch,
};

const REVISION_COMMANDS = new Set(['checkout', 'switch', 'branch', 'log', 'show', 'diff', 'reset']);
const REMOTE_COMMANDS = new Set(['push', 'pull', 'fetch']);
const PATH_COMMANDS = new Set(['add', 'restore', 'diff', 'checkout', 'reset']);

function completeGit(request: CompletionRequest): string[] {
  const [, subcommand, ...rest] = request.words;
  if (subcommand === undefined) return Object.keys(COMMANDS).filter((c) => c.startsWith(request.partial));
  if (request.partial.startsWith('-')) return [];
  let repo: Repository | undefined;
  try {
    repo = Repository.find(request.fs, request.cwd);
  } catch {
    return subcommand === 'clone' ? [] : completePath(request);
  }
  const remotes = [...new Set(repo.config.entries('remote.').map(([k]) => k.split('.').slice(1, -1).join('.')))];
  const branches = Object.keys(repo.refs.heads);
  const remoteBranches = Object.entries(repo.refs.remotes).flatMap(([r, b]) => Object.keys(b).map((n) => `${r}/${n}`));
  const operands = rest.filter((w) => !w.startsWith('-'));
  let offered: string[] = [];
  if (REMOTE_COMMANDS.has(subcommand)) {
    offered = operands.length === 0 ? remotes : branches;
  } else if (REVISION_COMMANDS.has(subcommand)) {
    const remoteOnly = Object.values(repo.refs.remotes)
      .flatMap((b) => Object.keys(b))
      .filter((n) => !branches.includes(n));
    offered = [
      ...branches,
      ...(subcommand === 'checkout' || subcommand === 'switch' ? remoteOnly : []),
      ...remoteBranches,
      'HEAD',
    ];
  } else if (subcommand === 'remote') {
    offered = operands.length === 0 ? ['add', 'get-url', '-v'] : remotes;
  }
  const matches = [...new Set(offered)].filter((o) => o.startsWith(request.partial)).sort();
  return PATH_COMMANDS.has(subcommand) ? [...matches, ...completePath(request)] : matches;
}

/** `git` with the CodeCommit transport the console uses; tests give their own host. */
export function gitProgram(host: GitHost): TerminalProgram {
  return {
    summary: 'the content tracker, against the simulated CodeCommit repositories',
    async run(ctx) {
      const [, subcommand, ...args] = ctx.argv;
      if (subcommand === undefined || subcommand === '--help' || subcommand === 'help') {
        ctx.io.out(USAGE);
        return subcommand === undefined ? 1 : 0;
      }
      if (subcommand === '--version' || subcommand === 'version') {
        ctx.io.out('git version 2.47.1\n');
        return 0;
      }
      const command = COMMANDS[subcommand];
      if (!command) {
        const similar = Object.keys(COMMANDS).filter(
          (c) => c[0] === subcommand[0] && Math.abs(c.length - subcommand.length) <= 2,
        );
        ctx.io.err(`git: '${subcommand}' is not a git command. See 'git --help'.\n`);
        if (similar.length > 0)
          ctx.io.err(
            `\nThe most similar command${similar.length > 1 ? 's are' : ' is'}\n${similar.map((c) => `\t${c}\n`).join('')}`,
          );
        return 1;
      }
      try {
        return await command({ ctx, host, args });
      } catch (e) {
        if (e instanceof GitError) {
          ctx.io.err(`${e.message.replace(/\n$/, '')}\n`);
          return e.status;
        }
        if (e instanceof Error && e.message.startsWith('error: ')) {
          ctx.io.err(`${e.message}\n`);
          return 129;
        }
        throw e;
      }
    },
    complete: async (request) => completeGit(request),
  };
}

export const git = gitProgram(consoleGitHost);
