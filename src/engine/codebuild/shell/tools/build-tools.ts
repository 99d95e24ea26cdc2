import type { Tool } from '../shell';
import { duration, eprintln, println } from './util';

/** `make`: finds the target in the Makefile and echoes its recipe (recipes are not run). */
const make: Tool = (call) => {
  const { argv, io, shell } = call;
  const fileArg = argv.indexOf('-f');
  const file =
    fileArg >= 0
      ? argv[fileArg + 1]
      : ['GNUmakefile', 'makefile', 'Makefile'].find((f) => shell.fs.isFile(shell.resolve(f)));
  const targets = argv
    .slice(1)
    .filter((a, i, all) => !a.startsWith('-') && !a.includes('=') && all[i - 1] !== '-f' && all[i - 1] !== '-C');
  const text = file === undefined ? undefined : shell.fs.read(shell.resolve(file));
  if (text === undefined) {
    eprintln(
      io,
      targets.length === 0
        ? 'make: *** No targets specified and no makefile found.  Stop.'
        : `make: *** No rule to make target '${targets[0]}'.  Stop.`,
    );
    return 2;
  }
  const rules = new Map<string, string[]>();
  let current: string[] | undefined;
  let first: string | undefined;
  for (const line of text.split('\n')) {
    const rule = /^([A-Za-z0-9_./%-][^:=\s]*(?:\s+[^:=\s]+)*)\s*::?(?!=)/.exec(line);
    if (rule && !line.startsWith('\t')) {
      current = [];
      for (const name of (rule[1] as string).split(/\s+/)) {
        rules.set(name, current);
        if (first === undefined && !name.startsWith('.')) first = name;
      }
    } else if (line.startsWith('\t') && current) current.push(line.slice(1));
  }
  for (const target of targets.length > 0 ? targets : first ? [first] : []) {
    const recipe = rules.get(target);
    if (!recipe) {
      eprintln(io, `make: *** No rule to make target '${target}'.  Stop.`);
      return 2;
    }
    for (const line of recipe) if (!line.startsWith('@')) println(io, line);
    shell.elapse(duration(call, 500, 3000) * Math.max(1, recipe.length));
  }
  eprintln(io, `cicdlab: simulated 'make ${targets.join(' ')}' (recipes echoed, not run): exit status 0`);
  return 0;
};

/** `git` inside the source directory: a detached checkout of the resolved commit. */
const git: Tool = (call) => {
  const { argv, io, shell } = call;
  const args = argv.slice(1).filter((a, i, all) => a !== '-C' && all[i - 1] !== '-C');
  const sub = args[0] ?? '';
  const commit = shell.host.build.resolvedSourceVersion ?? '0000000000000000000000000000000000000000';
  switch (sub) {
    case '--version':
    case 'version':
      println(io, 'git version 2.47.1');
      return 0;
    case 'rev-parse':
      if (args.includes('--abbrev-ref')) println(io, 'HEAD');
      else if (args.includes('--show-toplevel')) println(io, shell.host.run.srcDir);
      else
        println(
          io,
          args.some((a) => a.startsWith('--short'))
            ? commit.slice(0, Number(args.find((a) => a.startsWith('--short='))?.slice(8) ?? 7))
            : commit,
        );
      return 0;
    case 'describe':
      eprintln(io, 'fatal: No names found, cannot describe anything.');
      return 128;
    case 'log':
      println(
        io,
        args.some((a) => /%H|%h/.test(a))
          ? args.some((a) => a.includes('%h'))
            ? commit.slice(0, 7)
            : commit
          : `commit ${commit}`,
      );
      return 0;
    case 'status':
      println(io, `HEAD detached at ${commit.slice(0, 7)}`);
      println(io, 'nothing to commit, working tree clean');
      return 0;
    case 'branch':
      println(io, `* (HEAD detached at ${commit.slice(0, 7)})`);
      return 0;
    case 'push':
    case 'clone':
    case 'fetch':
    case 'pull':
      shell.elapse(duration(call, 1000, 5000));
      eprintln(io, `cicdlab: simulated 'git ${sub}': exit status 0`);
      return 0;
    default:
      return 0;
  }
};

const simulatedInstaller =
  (name: string, minMs: number, maxMs: number): Tool =>
  (call) => {
    call.shell.elapse(duration(call, minMs, maxMs));
    eprintln(call.io, `cicdlab: simulated '${[name, ...call.argv.slice(1, 3)].join(' ')}': exit status 0`);
    return 0;
  };

export const BUILD_TOOLS: Record<string, Tool> = {
  make,
  git,
  curl: simulatedInstaller('curl', 200, 2000),
  wget: simulatedInstaller('wget', 200, 2000),
  terraform: simulatedInstaller('terraform', 2000, 15000),
  n: simulatedInstaller('n', 3000, 8000),
  nvm: simulatedInstaller('nvm', 3000, 8000),
  pyenv: simulatedInstaller('pyenv', 3000, 8000),
  gem: simulatedInstaller('gem', 2000, 8000),
  bundle: simulatedInstaller('bundle', 3000, 15000),
  composer: simulatedInstaller('composer', 3000, 15000),
  cargo: simulatedInstaller('cargo', 10000, 60000),
  rustc: simulatedInstaller('rustc', 2000, 10000),
  php: simulatedInstaller('php', 200, 1000),
  ruby: simulatedInstaller('ruby', 200, 1000),
  rake: simulatedInstaller('rake', 1000, 5000),
};
