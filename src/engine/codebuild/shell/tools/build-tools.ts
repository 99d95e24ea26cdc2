import type { Tool } from '../shell';
import { duration, eprintln, option, println } from './util';

/** `make`: finds the target in the Makefile and echoes its recipe (recipes are not run). */
const make: Tool = (call) => {
  const { argv, io, shell } = call;
  const fileArg = argv.indexOf('-f');
  const dirArg = argv.indexOf('-C');
  const dir = dirArg >= 0 ? (argv[dirArg + 1] ?? '.') : '.';
  if (!shell.fs.isDir(shell.resolve(dir))) {
    eprintln(io, `make: *** ${dir}: No such file or directory.  Stop.`);
    return 2;
  }
  const inDir = (f: string) => shell.resolve(`${dir}/${f}`);
  const file =
    fileArg >= 0 ? argv[fileArg + 1] : ['GNUmakefile', 'makefile', 'Makefile'].find((f) => shell.fs.isFile(inDir(f)));
  const targets = argv
    .slice(1)
    .filter(
      (a, i, all) =>
        !a.startsWith('-') && !a.includes('=') && all[i - 1] !== '-f' && all[i - 1] !== '-C' && all[i - 1] !== '-j',
    );
  const text = file === undefined ? undefined : shell.fs.read(fileArg >= 0 ? shell.resolve(file) : inDir(file));
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

/** A file a tool downloads or produces that the simulator cannot: running it is simulated too. */
export const SIMULATED_BINARY = '\u007fELF cicdlab simulated binary';

/** `curl -o file`/`-O`, `wget -O file` (or the URL's name): the download is simulated, the file appears. */
const download =
  (tool: 'curl' | 'wget'): Tool =>
  (call) => {
    const { argv, io, shell } = call;
    shell.elapse(duration(call, 200, 2000));
    const url = argv.slice(1).find((a) => /^(https?|s3|ftp):\/\//.test(a) || /^[\w.-]+\.[a-z]{2,}\//.test(a));
    const named = tool === 'curl' ? option(argv, '-o', '--output') : option(argv, '-O', '--output-document');
    const fromUrl =
      (tool === 'curl'
        ? argv.some((a) => /^-[a-zA-Z]*O[a-zA-Z]*$/.test(a) || a === '--remote-name')
        : named === undefined) && url;
    const target =
      named ??
      (fromUrl
        ? url
            .replace(/[?#].*$/, '')
            .split('/')
            .pop() || 'index.html'
        : undefined);
    if (target !== undefined && target !== '-' && target !== '/dev/null') {
      const path = shell.resolve(target);
      if (!shell.fs.isDir(path.slice(0, path.lastIndexOf('/')) || '/')) {
        eprintln(
          io,
          tool === 'curl' ? `curl: (23) Failure writing output to destination` : `${target}: No such file or directory`,
        );
        return tool === 'curl' ? 23 : 1;
      }
      shell.fs.write(path, `${SIMULATED_BINARY} (downloaded from ${url ?? 'a URL'})\n`);
    }
    eprintln(io, `cicdlab: simulated download${url ? ` of ${url}` : ''}: exit status 0`);
    return 0;
  };

/** `cmake -B<dir>` configures (writes the build directory's Makefile); `cmake --build <dir>` needs it. */
const cmake: Tool = (call) => {
  const { argv, io, shell } = call;
  if (argv.includes('--version')) {
    println(io, 'cmake version 3.31.2');
    return 0;
  }
  const buildIndex = argv.indexOf('--build');
  if (buildIndex >= 0) {
    const dir = argv[buildIndex + 1] ?? '.';
    if (!shell.fs.isFile(shell.resolve(`${dir}/CMakeCache.txt`))) {
      eprintln(io, 'Error: could not load cache');
      return 1;
    }
    shell.elapse(duration(call, 10_000, 60_000));
    println(io, '[100%] Built target all');
    return 0;
  }
  const dir = argv.find((a) => a.startsWith('-B'))?.slice(2) || option(argv, '-B') || '.';
  shell.elapse(duration(call, 2000, 8000));
  shell.fs.write(shell.resolve(`${dir}/CMakeCache.txt`), '# simulated CMake cache\n');
  shell.fs.write(shell.resolve(`${dir}/Makefile`), 'all:\n\t@echo built\ntest:\n\t@echo tested\n');
  println(io, '-- Configuring done');
  println(io, '-- Generating done');
  println(io, `-- Build files have been written to: ${shell.resolve(dir)}`);
  return 0;
};

/** `dpkg-deb --build <dir> [file]`: the package appears beside the directory. */
const dpkgDeb: Tool = (call) => {
  const { argv, io, shell } = call;
  const args = argv.slice(1).filter((a) => !a.startsWith('-'));
  const dir = args[0];
  if (!dir || !shell.fs.isDir(shell.resolve(dir))) {
    eprintln(
      io,
      `dpkg-deb: error: failed to open package info file '${dir ?? ''}/DEBIAN/control' for reading: No such file or directory`,
    );
    return 2;
  }
  const out = args[1] ?? `${dir.replace(/\/$/, '')}.deb`;
  shell.elapse(duration(call, 500, 2000));
  shell.fs.write(shell.resolve(out), `${SIMULATED_BINARY} (Debian package of ${dir})\n`);
  println(io, `dpkg-deb: building package in '${out}'.`);
  return 0;
};

/** `rpmbuild -ba <spec>`: RPMS/<arch>/<Name>-<Version>-<Release>.<arch>.rpm under _topdir. */
const rpmbuild: Tool = (call) => {
  const { argv, io, shell } = call;
  const spec = argv.slice(1).find((a) => a.endsWith('.spec') || a.endsWith('.rpmspec'));
  const text = spec === undefined ? undefined : shell.fs.read(shell.resolve(spec));
  if (text === undefined) {
    eprintln(io, `error: failed to stat ${spec ? shell.resolve(spec) : 'spec'}: No such file or directory`);
    return 1;
  }
  const field = (name: string) => new RegExp(`^${name}:\\s*(\\S+)`, 'mi').exec(text)?.[1];
  const top = argv.find((a) => a.startsWith('_topdir '))?.slice(8) ?? '/root/rpmbuild';
  const arch = field('BuildArch') ?? 'x86_64';
  const release = (field('Release') ?? '1').replace(/%\{\?dist\}/, '');
  const file = `${top}/RPMS/${arch}/${field('Name') ?? 'package'}-${field('Version') ?? '1.0'}-${release}.${arch}.rpm`;
  shell.elapse(duration(call, 5000, 20000));
  shell.fs.write(shell.resolve(file), `${SIMULATED_BINARY} (RPM)\n`);
  println(io, `Wrote: ${shell.resolve(file)}`);
  return 0;
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
  cmake,
  'dpkg-deb': dpkgDeb,
  rpmbuild,
  git,
  curl: download('curl'),
  wget: download('wget'),
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
