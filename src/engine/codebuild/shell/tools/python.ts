import type { Tool, ToolCall } from '../shell';
import { pipInstallThroughCodeArtifact, pythonBuild, twine, twineModule } from './codeartifact-pypi';
import { findTestFiles, junitXml, runTestFile, summary, writeReportFiles } from './tests';
import { bold, cacheHas, duration, eprintln, fnv, green, option, println, red, yellow } from './util';
import { runtimeVersion } from './versions';

/** Requirement lines: `name==1.2`, `name>=1`, `name`; comments, options and blank lines skipped. */
function requirements(text: string): { name: string; version: string }[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('-'))
    .map((l) => {
      const m = /^([A-Za-z0-9_.[\]-]+)\s*(?:[=~<>!]=?\s*([\w.*]+))?/.exec(l);
      const name = (m?.[1] ?? l).replace(/\[.*\]$/, '');
      return {
        name,
        version:
          m?.[2] ??
          `${1 + (Number.parseInt(fnv(name).slice(0, 2), 16) % 4)}.${Number.parseInt(fnv(name).slice(2, 3), 16)}.0`,
      };
    });
}

/** `pip install`: -r files, local projects and names; ~0.5-1 s per package, a third with a restored pip cache. */
function pipInstall(call: ToolCall, args: string[]): number {
  const { io, shell } = call;
  const viaCodeArtifact = pipInstallThroughCodeArtifact(call, args);
  if (viaCodeArtifact !== undefined) return viaCodeArtifact;
  const packages: { name: string; version: string }[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-r' || a === '--requirement' || (a.startsWith('-r') && a.length > 2)) {
      const file = a.length > 2 && a !== '--requirement' ? a.slice(2) : (args[++i] ?? '');
      const text = shell.fs.read(shell.resolve(file));
      if (text === undefined) {
        eprintln(io, `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'`);
        return 1;
      }
      packages.push(...requirements(text));
    } else if (a === '-e' || a === '.' || a.startsWith('./') || a === '--editable') {
      if (a === '-e' || a === '--editable') continue;
      if (!shell.fs.isFile(shell.resolve(`${a}/setup.py`)) && !shell.fs.isFile(shell.resolve(`${a}/pyproject.toml`))) {
        eprintln(io, `ERROR: Directory '${a}' is not installable. Neither 'setup.py' nor 'pyproject.toml' found.`);
        return 1;
      }
      packages.push({ name: 'local-project', version: '0.1.0' });
    } else if (a === '-t' || a === '--target' || a === '-i' || a === '--index-url' || a === '-c') {
      i++;
    } else if (!a.startsWith('-')) packages.push(...requirements(a));
  }
  const warm = cacheHas(call, ['/root/.cache/pip', '.venv', 'venv']);
  for (const p of packages) println(io, `Collecting ${p.name}${p.version ? `==${p.version}` : ''}`);
  const ms = (duration(call, 1000, 2500) + packages.length * duration(call, 500, 1000)) / (warm ? 3 : 1);
  shell.elapse(ms);
  if (packages.length > 0) {
    for (const p of packages)
      println(
        io,
        warm
          ? `  Using cached ${p.name}-${p.version}-py3-none-any.whl`
          : `  Downloading ${p.name}-${p.version}-py3-none-any.whl (${(Number.parseInt(fnv(p.name).slice(0, 3), 16) / 10).toFixed(1)} kB)`,
      );
    println(io, `Installing collected packages: ${packages.map((p) => p.name).join(', ')}`);
    println(io, `Successfully installed ${packages.map((p) => `${p.name}-${p.version}`).join(' ')}`);
    shell.fs.write('/root/.cache/pip/http-v2/cicdlab', packages.map((p) => p.name).join('\n'));
  }
  return 0;
}

const pip: Tool = (call) => {
  const args = call.argv
    .slice(1)
    .filter(
      (a) =>
        a !== '--quiet' && a !== '-q' && a !== '--upgrade' && a !== '-U' && a !== '--user' && a !== '--no-cache-dir',
    );
  if (args.includes('--version') || args.includes('-V')) {
    println(
      call.io,
      `pip 24.3.1 from /usr/local/lib/python${runtimeVersion(call.shell, 'python').split('.').slice(0, 2).join('.')}/site-packages/pip`,
    );
    return 0;
  }
  const command = args[0];
  if (command === 'install') return pipInstall(call, args.slice(1));
  if (command === 'freeze' || command === 'list') return 0;
  call.shell.elapse(duration(call, 200, 800));
  return 0;
};

function pytest(call: ToolCall, args: string[]): number {
  const { io, shell } = call;
  const roots = args.filter((a) => !a.startsWith('-') && shell.fs.exists(shell.resolve(a.split('::')[0] as string)));
  const files = findTestFiles(call, 'python', roots.length > 0 ? roots : ['.']);
  const version = runtimeVersion(shell, 'python');
  println(io, bold('============================= test session starts =============================='));
  println(io, `platform linux -- Python ${version}, pytest-8.3.4, pluggy-1.5.0`);
  println(io, `rootdir: ${shell.state.cwd}`);
  shell.elapse(duration(call, 500, 1200));
  const all = files.flatMap((f) => runTestFile(call, f, 'python'));
  println(io, `collected ${all.length} item${all.length === 1 ? '' : 's'}`);
  println(io, '');
  for (const file of files) {
    const cases = all.filter((c) => shell.resolve(c.file) === file || `${shell.host.run.srcDir}/${c.file}` === file);
    shell.elapse(cases.reduce((n, c) => n + c.durationMs, 0) + duration(call, 50, 200));
    const marks = cases
      .map((c) => (c.status === 'passed' ? green('.') : c.status === 'failed' ? red('F') : yellow('s')))
      .join('');
    println(io, `${cases[0]?.file ?? file} ${marks}`);
  }
  const s = summary(all);
  const junit = option(args, '--junitxml', '--junit-xml');
  if (junit) shell.fs.write(shell.resolve(junit), junitXml(all, 'pytest'));
  writeReportFiles(call, all, 'pytest');
  println(io, '');
  if (s.failed > 0) {
    println(io, red('=================================== FAILURES ==================================='));
    for (const c of all.filter((x) => x.status === 'failed')) {
      println(io, red(`___________________________ ${c.name} ___________________________`));
      println(io, red(`E       AssertionError: ${c.message}`));
    }
    println(io, bold('=========================== short test summary info ============================'));
    for (const c of all.filter((x) => x.status === 'failed'))
      println(io, `FAILED ${c.file}::${c.name} - AssertionError: ${c.message}`);
  }
  const parts = [
    s.failed > 0 ? red(`${s.failed} failed`) : '',
    s.passed > 0 ? green(`${s.passed} passed`) : '',
    s.skipped > 0 ? yellow(`${s.skipped} skipped`) : '',
  ].filter(Boolean);
  const line = `${parts.join(', ') || yellow('no tests ran')} in ${(s.durationMs / 1000 + 0.12).toFixed(2)}s`;
  println(
    io,
    `${s.failed > 0 ? red('=====') : green('=====')} ${line} ${s.failed > 0 ? red('=====') : green('=====')}`,
  );
  if (all.length === 0) return 5;
  return s.failed > 0 ? 1 : 0;
}

const python: Tool = (call) => {
  const { argv, io, shell } = call;
  const args = argv.slice(1);
  if (args.includes('--version') || args.includes('-V')) {
    println(io, `Python ${runtimeVersion(shell, 'python')}`);
    return 0;
  }
  const module = option(args, '-m');
  if (module === 'pytest') return pytest(call, args.slice(args.indexOf('-m') + 2));
  if (module === 'pip') return pip({ ...call, argv: ['pip', ...args.slice(args.indexOf('-m') + 2)] });
  if (module === 'twine') return twineModule(call, args.slice(args.indexOf('-m') + 2));
  if (module === 'build') return pythonBuild(call);
  if (module === 'venv' || module === 'virtualenv') {
    const dir = args[args.indexOf('-m') + 2] ?? '.venv';
    shell.fs.write(shell.resolve(`${dir}/bin/activate`), '# simulated virtualenv\n');
    shell.elapse(duration(call, 1500, 3000));
    return 0;
  }
  if (module === 'unittest') {
    const files = findTestFiles(call, 'python');
    const all = files.flatMap((f) => runTestFile(call, f, 'python'));
    const s = summary(all);
    shell.elapse(s.durationMs + duration(call, 300, 800));
    println(io, all.map((c) => (c.status === 'passed' ? '.' : c.status === 'failed' ? 'F' : 's')).join(''));
    println(io, '----------------------------------------------------------------------');
    println(io, `Ran ${s.total} test${s.total === 1 ? '' : 's'} in ${(s.durationMs / 1000).toFixed(3)}s`);
    println(io, '');
    println(io, s.failed > 0 ? `FAILED (failures=${s.failed})` : 'OK');
    writeReportFiles(call, all, 'unittest');
    return s.failed > 0 ? 1 : 0;
  }
  if (module !== undefined) {
    shell.elapse(duration(call, 500, 3000));
    eprintln(io, `cicdlab: simulated 'python -m ${module}': exit status 0`);
    return 0;
  }
  if (args.includes('-c')) return 0;
  const script = args.find((a) => !a.startsWith('-'));
  if (script === undefined) return 0;
  const path = shell.resolve(script);
  if (!shell.fs.isFile(path)) {
    eprintln(io, `${argv[0]}: can't open file '${path}': [Errno 2] No such file or directory`);
    return 2;
  }
  shell.elapse(duration(call, 300, 2000));
  if ((shell.fs.read(path) ?? '').includes('cicdlab: fail')) {
    eprintln(io, 'Traceback (most recent call last):');
    eprintln(io, `  File "${path}", line 1, in <module>`);
    eprintln(io, `RuntimeError: simulated failure (${script} contains the marker "cicdlab: fail")`);
    return 1;
  }
  eprintln(io, `cicdlab: simulated 'python ${script}' (the script is not executed): exit status 0`);
  return 0;
};

const projectInstaller =
  (tool: 'pipenv' | 'poetry'): Tool =>
  (call) => {
    const { io, shell } = call;
    const needed = tool === 'poetry' ? 'pyproject.toml' : 'Pipfile';
    const sub = call.argv[1] ?? '';
    if (sub === 'install' && !shell.fs.isFile(shell.resolve(needed))) {
      eprintln(
        io,
        tool === 'poetry'
          ? `Poetry could not find a pyproject.toml file in ${shell.state.cwd} or its parents`
          : 'Pipfile not found!',
      );
      return 1;
    }
    if (sub === 'run') return shell.exec(call.argv.slice(2), io);
    shell.elapse(duration(call, 3000, 9000));
    if (sub === 'install')
      println(
        io,
        tool === 'poetry' ? 'Installing dependencies from lock file' : 'Installing dependencies from Pipfile.lock...',
      );
    return 0;
  };

export const PYTHON_TOOLS: Record<string, Tool> = {
  python,
  python3: python,
  pip,
  pip3: pip,
  pytest: (call) => pytest(call, call.argv.slice(1)),
  'py.test': (call) => pytest(call, call.argv.slice(1)),
  twine,
  pipenv: projectInstaller('pipenv'),
  poetry: projectInstaller('poetry'),
  flake8: (call) => {
    call.shell.elapse(duration(call, 500, 2000));
    return 0;
  },
  tox: (call) => {
    call.shell.elapse(duration(call, 20_000, 90_000));
    eprintln(
      call.io,
      `cicdlab: simulated 'tox ${call.argv.slice(1).join(' ')}' (environments are not run): exit status 0`,
    );
    return 0;
  },
};
