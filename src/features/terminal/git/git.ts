import type { TerminalProgram } from '../command';

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

export const git: TerminalProgram = {
  summary: 'the stupid content tracker, against the simulated CodeCommit repositories',
  async run(ctx) {
    const command = ctx.argv[1];
    if (command === undefined || command === '--help') {
      ctx.io.out(USAGE);
      return command === undefined ? 1 : 0;
    }
    if (command === '--version') {
      ctx.io.out('git version 2.47.1\n');
      return 0;
    }
    ctx.io.err(`git: '${command}' is not a git command. See 'git --help'.\n`);
    return 1;
  },
};
