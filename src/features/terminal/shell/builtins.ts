import type { TerminalProgram } from '../command';
import type { CommandHistory } from './history';
import type { ShellState } from './shell';

/** What the builtins reach outside the program seam: the shell's variables, the history and the panel. */
export interface BuiltinHost {
  state: ShellState;
  history: CommandHistory;
  programs: () => Record<string, TerminalProgram>;
  clearScreen(): void;
  exit(): void;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function createBuiltins(host: BuiltinHost): Record<string, TerminalProgram> {
  return {
    help: {
      summary: 'List the commands this terminal runs',
      async run({ io }) {
        const programs = host.programs();
        io.out('Commands in this terminal (a Cloud9-style environment against the simulated account):\n\n');
        for (const name of Object.keys(programs).sort())
          io.out(`  ${name.padEnd(10)} ${programs[name]?.summary ?? ''}\n`);
        io.out(
          '\nThe shell runs one command line at a time: quotes, $VAR, $(...), &&, ||, ;, | and > / >> / < redirects.\nKeys: Up/Down history, Tab completion, Ctrl+C interrupt, Ctrl+L clear, Ctrl+A/E/U/K/W line editing.\n',
        );
        return 0;
      },
    },
    clear: {
      summary: 'Clear the screen',
      async run() {
        host.clearScreen();
        return 0;
      },
    },
    history: {
      summary: 'Show the commands entered (history -c clears them)',
      async run({ argv, io }) {
        if (argv[1] === '-c') {
          host.history.clear();
          return 0;
        }
        const entries = host.history.list();
        const count = argv[1] !== undefined && /^\d+$/.test(argv[1]) ? Number(argv[1]) : entries.length;
        const first = Math.max(0, entries.length - count);
        entries.slice(first).forEach((entry, i) => io.out(`${String(first + i + 1).padStart(5)}  ${entry}\n`));
        return 0;
      },
    },
    echo: {
      summary: 'Print its arguments (-n: no newline)',
      async run({ argv, io }) {
        const noNewline = argv[1] === '-n';
        io.out(`${argv.slice(noNewline ? 2 : 1).join(' ')}${noNewline ? '' : '\n'}`);
        return 0;
      },
    },
    export: {
      summary: 'Set environment variables (export NAME=value)',
      async run({ argv, io }) {
        if (argv.length === 1) {
          for (const [k, v] of Object.entries(host.state.env).sort()) io.out(`declare -x ${k}="${v}"\n`);
          return 0;
        }
        let status = 0;
        for (const arg of argv.slice(1)) {
          const eq = arg.indexOf('=');
          const name = eq < 0 ? arg : arg.slice(0, eq);
          if (!NAME.test(name)) {
            io.err(`bash: export: \`${arg}': not a valid identifier\n`);
            status = 1;
          } else if (eq >= 0) host.state.env[name] = arg.slice(eq + 1);
        }
        return status;
      },
    },
    unset: {
      summary: 'Remove environment variables',
      async run({ argv }) {
        for (const name of argv.slice(1)) delete host.state.env[name];
        return 0;
      },
    },
    env: {
      summary: 'Print the environment',
      async run({ env, io }) {
        for (const [k, v] of Object.entries(env)) io.out(`${k}=${v}\n`);
        return 0;
      },
    },
    exit: {
      summary: 'Close the terminal panel',
      async run() {
        host.exit();
        return 0;
      },
    },
    true: { summary: 'Succeed', run: async () => 0 },
    false: { summary: 'Fail', run: async () => 1 },
  };
}
