import type { Tool, ToolCall } from '../shell';
import { basename } from '../workspace';
import { installThroughCodeArtifact, publishThroughCodeArtifact } from './codeartifact-npm';
import { findTestFiles, junitXml, runTestFile, summary, writeReportFiles, type CaseResult } from './tests';
import { bold, cacheHas, dim, duration, eprintln, fnv, green, option, println, red, seconds, yellow } from './util';
import { runtimeVersion } from './versions';

interface PackageJson {
  name?: string;
  version?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  publishConfig?: { registry?: string };
}

/** package.json of the working directory, or the npm error for a missing or broken one. */
function readPackage(call: ToolCall, tool: string): PackageJson | undefined {
  const path = call.shell.resolve('package.json');
  const text = call.shell.fs.read(path);
  if (text === undefined) {
    if (tool === 'npm') {
      eprintln(call.io, 'npm error code ENOENT');
      eprintln(call.io, 'npm error syscall open');
      eprintln(call.io, `npm error path ${path}`);
      eprintln(call.io, 'npm error errno -2');
      eprintln(
        call.io,
        `npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${path}'`,
      );
      eprintln(call.io, 'npm error enoent This is related to npm not being able to find a file.');
    } else if (tool === 'yarn') {
      eprintln(call.io, `error Couldn't find a package.json file in "${call.shell.state.cwd}"`);
    } else
      eprintln(
        call.io,
        ` ERR_PNPM_NO_IMPORTER_MANIFEST_FOUND  No package.json (or package.yaml, or package.json5) was found in "${call.shell.state.cwd}".`,
      );
    return undefined;
  }
  try {
    return parsePackage(text);
  } catch {
    eprintln(call.io, 'npm error code EJSONPARSE');
    eprintln(
      call.io,
      `npm error JSON.parse Invalid package.json: JSONParseError: Unexpected token in JSON while parsing "${path}"`,
    );
    return undefined;
  }
}

const packages = new Map<string, PackageJson>();

/** package.json parsed, memoised by text (a copy, since installs add to it). */
function parsePackage(text: string): PackageJson {
  let pkg = packages.get(text);
  if (!pkg) {
    pkg = JSON.parse(text) as PackageJson;
    if (packages.size > 200) packages.clear();
    packages.set(text, pkg);
  }
  return { ...pkg, ...(pkg.dependencies && { dependencies: { ...pkg.dependencies } }) };
}

const dependencyNames = (pkg: PackageJson) => [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.devDependencies ?? {}),
];

/** The installed tree: a package.json per direct dependency, so node_modules exists (and can be cached). */
function writeNodeModules(call: ToolCall, pkg: PackageJson): number {
  const names = dependencyNames(pkg);
  const { shell } = call;
  for (const name of names) {
    const version =
      (pkg.dependencies?.[name] ?? pkg.devDependencies?.[name] ?? '1.0.0').replace(/^[\^~>=<\s]+/, '') || '1.0.0';
    shell.fs.write(shell.resolve(`node_modules/${name}/package.json`), `{"name":"${name}","version":"${version}"}\n`);
  }
  shell.fs.write(
    shell.resolve('node_modules/.package-lock.json'),
    `{"name":"${pkg.name ?? 'app'}","lockfileVersion":3}\n`,
  );
  shell.fs.write('/root/.npm/_cacache/index-v5/cicdlab', names.join('\n'));
  // Transitive packages: a stable multiple of the direct ones.
  return names.length === 0 ? 0 : names.length * 11 + (Number.parseInt(fnv(names.join(',')).slice(0, 2), 16) % 37);
}

/** Install time: 2-4 s plus ~0.25 s per package; a restored cache (node_modules or ~/.npm) cuts it to a third. */
function installTime(call: ToolCall, packages: number): { ms: number; warm: boolean } {
  const warm = cacheHas(call, [
    'node_modules',
    '/root/.npm',
    '/usr/local/share/.cache/yarn',
    '/root/.cache/yarn',
    '/root/.local/share/pnpm/store',
  ]);
  const ms = duration(call, 2000, 4000) + packages * duration(call, 200, 300);
  return { ms: warm ? Math.round(ms / 3) : ms, warm };
}

function npmInstall(call: ToolCall, ci: boolean, args: string[]): number {
  const { io, shell } = call;
  const explicit = args.filter((a) => !a.startsWith('-'));
  if (args.includes('-g') || args.includes('--global')) {
    shell.elapse(duration(call, 1500, 4000) * Math.max(1, explicit.length));
    println(io, `added ${explicit.length * 7 + 1} packages in ${seconds(shell.host.rand(2000, 6000))}`);
    return 0;
  }
  const pkg = readPackage(call, 'npm');
  if (!pkg) return 254;
  if (
    ci &&
    !shell.fs.isFile(shell.resolve('package-lock.json')) &&
    !shell.fs.isFile(shell.resolve('npm-shrinkwrap.json'))
  ) {
    eprintln(io, 'npm error code EUSAGE');
    eprintln(io, 'npm error');
    eprintln(io, 'npm error The `npm ci` command can only install with an existing package-lock.json or');
    eprintln(io, 'npm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or');
    eprintln(io, 'npm error later to generate a package-lock.json file, then try again.');
    return 1;
  }
  if (ci) shell.fs.remove(shell.resolve('node_modules'));
  const resolved = installThroughCodeArtifact(call, pkg, args, explicit);
  if (typeof resolved === 'number') return resolved;
  if (!resolved) for (const name of explicit) (pkg.dependencies ??= {})[name.replace(/@[^@/]*$/, '') || name] = '1.0.0';
  const written = writeNodeModules(call, resolved ? { name: pkg.name, dependencies: resolved } : pkg);
  // Through CodeArtifact only the direct dependencies are fetched (and counted); transitive ones are not modelled.
  const packages = resolved ? Object.keys(resolved).length : written;
  const { ms } = installTime(call, packages);
  shell.elapse(ms);
  if (packages === 0) println(io, `up to date, audited 1 package in ${seconds(ms)}`);
  else {
    println(io, '');
    const funding = Math.max(1, Math.floor(packages / 12));
    println(
      io,
      `added ${packages} package${packages === 1 ? '' : 's'}, and audited ${packages + 1} packages in ${seconds(ms)}`,
    );
    println(io, '');
    println(io, `${funding} package${funding === 1 ? ' is' : 's are'} looking for funding`);
    println(io, '  run `npm fund` for details');
  }
  println(io, '');
  println(io, `found ${bold(green('0'))} vulnerabilities`);
  return 0;
}

/** `npm run <script>` (and `npm test`): prints the banner and runs the script in `sh -c`, as npm does. */
function runScript(call: ToolCall, tool: 'npm' | 'yarn' | 'pnpm', script: string, extra: string[]): number {
  const { io, shell } = call;
  const pkg = readPackage(call, tool);
  if (!pkg) return tool === 'npm' ? 254 : 1;
  const body = pkg.scripts?.[script];
  if (body === undefined) {
    if (tool === 'npm') {
      eprintln(io, `npm error Missing script: "${script}"`);
      eprintln(io, 'npm error');
      eprintln(io, 'npm error To see a list of scripts, run:');
      eprintln(io, 'npm error   npm run');
    } else if (tool === 'yarn') eprintln(io, `error Command "${script}" not found.`);
    else eprintln(io, ` ERR_PNPM_NO_SCRIPT  Missing script: ${script}`);
    return 1;
  }
  const command = [body, ...extra].join(' ');
  println(io, '');
  println(io, `> ${pkg.name ?? basename(shell.state.cwd)}@${pkg.version ?? '1.0.0'} ${script}`);
  println(io, `> ${command}`);
  println(io, '');
  const child = shell.subshell();
  child.exportVar('PATH', `${shell.state.cwd}/node_modules/.bin:${shell.get('PATH') ?? ''}`);
  let status: number;
  try {
    status = child.runScript(command, io);
  } catch (e) {
    status = (e as { status?: number }).status ?? 1;
  }
  shell.elapsed = child.elapsed;
  if (status !== 0 && tool === 'npm') {
    eprintln(io, `npm error Lifecycle script \`${script}\` failed with error:`);
    eprintln(io, `npm error code ${status}`);
    eprintln(io, `npm error path ${shell.state.cwd}`);
    eprintln(io, 'npm error command failed');
    eprintln(io, `npm error command sh -c ${command}`);
  } else if (status !== 0 && tool === 'yarn') {
    eprintln(io, `error Command failed with exit code ${status}.`);
    println(io, 'info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.');
  }
  return status;
}

const npm: Tool = (call) => {
  const { argv, io } = call;
  const args = argv.slice(1);
  const command = args.find((a) => !a.startsWith('-')) ?? '';
  const rest = args.slice(args.indexOf(command) + 1);
  switch (command) {
    case '':
      if (args.includes('-v') || args.includes('--version')) println(io, '10.9.2');
      return 0;
    case 'ci':
    case 'clean-install':
      return npmInstall(call, true, rest);
    case 'install':
    case 'i':
    case 'add':
      return npmInstall(call, false, rest);
    case 'test':
    case 't':
    case 'start':
    case 'stop':
      return runScript(
        call,
        'npm',
        command === 't' ? 'test' : command,
        rest.filter((a) => a !== '--'),
      );
    case 'run':
    case 'run-script': {
      const script = rest.find((a) => !a.startsWith('-'));
      if (!script) return 0;
      return runScript(
        call,
        'npm',
        script,
        rest.slice(rest.indexOf(script) + 1).filter((a) => a !== '--'),
      );
    }
    case 'audit':
      call.shell.elapse(duration(call, 800, 2000));
      println(io, `found ${bold(green('0'))} vulnerabilities`);
      return 0;
    case 'publish': {
      const pkg = readPackage(call, 'npm');
      const status = pkg && publishThroughCodeArtifact(call, pkg, rest);
      if (status !== undefined) return status;
      call.shell.elapse(duration(call, 1500, 3000));
      println(io, `+ ${pkg?.name ?? 'package'}@${pkg?.version ?? '1.0.0'}`);
      return 0;
    }
    case 'config':
    case 'set':
    case 'cache':
    case 'prune':
    case 'version':
      return 0;
    default:
      call.shell.elapse(duration(call, 300, 1500));
      eprintln(io, `cicdlab: simulated 'npm ${command}' (not modelled): exit status 0`);
      return 0;
  }
};

const yarnLike =
  (tool: 'yarn' | 'pnpm'): Tool =>
  (call) => {
    const { argv, io, shell } = call;
    const args = argv.slice(1);
    const command = args.find((a) => !a.startsWith('-')) ?? (args.length === 0 ? 'install' : '');
    const rest = args.slice(args.indexOf(command) + 1);
    if (args.includes('--version') || args.includes('-v')) {
      println(io, tool === 'yarn' ? '1.22.22' : '9.15.4');
      return 0;
    }
    if (command === 'install' || command === 'add' || (tool === 'pnpm' && command === 'i')) {
      const pkg = readPackage(call, tool);
      if (!pkg) return 1;
      const packages = writeNodeModules(call, pkg);
      const { ms } = installTime(call, packages);
      if (tool === 'yarn') {
        println(io, `yarn install v1.22.22`);
        println(io, '[1/4] Resolving packages...');
        println(io, '[2/4] Fetching packages...');
        shell.elapse(ms);
        println(io, '[3/4] Linking dependencies...');
        println(io, '[4/4] Building fresh packages...');
        println(io, `Done in ${(ms / 1000).toFixed(2)}s.`);
      } else {
        shell.elapse(ms);
        println(io, `Packages: +${packages}`);
        println(io, '+'.repeat(Math.min(60, packages)));
        println(io, `Done in ${seconds(ms)}`);
      }
      return 0;
    }
    const script = command === 'run' ? rest.find((a) => !a.startsWith('-')) : command;
    if (!script) return 0;
    const pkg = readPackage(call, tool);
    if (pkg && pkg.scripts?.[script] === undefined && Object.hasOwn(call.shell.tools, script))
      return call.shell.exec([script, ...rest], io);
    return runScript(call, tool, script, command === 'run' ? rest.slice(1) : rest);
  };

const npx: Tool = (call) => {
  const args = call.argv.slice(1).filter((a) => a !== '--yes' && a !== '-y');
  if (args.length === 0) return 0;
  return call.shell.exec(args, call.io);
};

/** Runs JavaScript test files with one of the runners' output styles. */
function runJsTests(call: ToolCall, runner: 'jest' | 'mocha' | 'vitest' | 'node', roots: string[]): number {
  const { io, shell } = call;
  const files = findTestFiles(call, 'js', roots.length > 0 ? roots : ['.']);
  shell.elapse(duration(call, 800, 1800));
  const all: CaseResult[] = [];
  for (const file of files) {
    const cases = runTestFile(call, file, 'js');
    shell.elapse(duration(call, 200, 700) + cases.reduce((n, c) => n + c.durationMs, 0));
    all.push(...cases);
    const failed = cases.some((c) => c.status === 'failed');
    const rel = cases[0]?.file ?? file;
    if (runner === 'jest') {
      println(
        io,
        `${failed ? `\u001b[1m\u001b[41m FAIL \u001b[49m\u001b[22m` : `\u001b[1m\u001b[42m PASS \u001b[49m\u001b[22m`} ${dim(rel.replace(/[^/]+$/, ''))}${bold(basename(rel))}`,
      );
      for (const c of cases)
        println(
          io,
          `  ${c.status === 'passed' ? green('✓') : c.status === 'failed' ? red('✕') : yellow('○')} ${c.status === 'skipped' ? `skipped ${c.name}` : c.name}${c.status === 'skipped' ? '' : dim(` (${c.durationMs} ms)`)}`,
        );
    } else if (runner === 'vitest') {
      println(
        io,
        ` ${failed ? red('❯') : green('✓')} ${rel} (${cases.length} test${cases.length === 1 ? '' : 's'}${failed ? ` | ${red(`${cases.filter((c) => c.status === 'failed').length} failed`)}` : ''}) ${dim(`${cases.reduce((n, c) => n + c.durationMs, 0)}ms`)}`,
      );
      for (const c of cases.filter((x) => x.status === 'failed')) println(io, `   ${red('×')} ${c.name}`);
    } else if (runner === 'mocha') {
      println(io, '');
      println(io, `  ${rel}`);
      let n = 0;
      for (const c of cases)
        println(
          io,
          c.status === 'passed'
            ? `    ${green('✔')} ${c.name}`
            : c.status === 'failed'
              ? red(`    ${++n}) ${c.name}`)
              : `    - ${c.name}`,
        );
    } else {
      for (const c of cases)
        println(
          io,
          c.status === 'passed'
            ? `${green('✔')} ${c.name} ${dim(`(${c.durationMs}.${String((c.durationMs * 37) % 1000).padStart(3, '0')}ms)`)}`
            : c.status === 'failed'
              ? red(`✖ ${c.name} (${c.durationMs}.${String((c.durationMs * 37) % 1000).padStart(3, '0')}ms)`)
              : `${yellow('﹣')} ${c.name} # SKIP`,
        );
    }
  }
  const s = summary(all);
  const failedCases = all.filter((c) => c.status === 'failed');
  if (runner === 'jest') {
    for (const c of failedCases) {
      println(io, '');
      println(io, red(bold(`  ● ${c.name}`)));
      println(io, '');
      println(io, `    ${c.message}`);
    }
    println(io, '');
    println(
      io,
      `${bold('Test Suites:')} ${s.failed > 0 ? `${red(bold(`${new Set(failedCases.map((c) => c.file)).size} failed`))}, ` : ''}${green(bold(`${files.length - new Set(failedCases.map((c) => c.file)).size} passed`))}, ${files.length} total`,
    );
    println(
      io,
      `${bold('Tests:')}       ${s.failed > 0 ? `${red(bold(`${s.failed} failed`))}, ` : ''}${s.skipped > 0 ? `${yellow(bold(`${s.skipped} skipped`))}, ` : ''}${green(bold(`${s.passed} passed`))}, ${s.total} total`,
    );
    println(io, `${bold('Time:')}        ${(s.durationMs / 1000 + 0.8).toFixed(3)} s`);
    println(io, dim('Ran all test suites.'));
    if (files.length === 0) {
      println(io, 'No tests found, exiting with code 1');
      return 1;
    }
  } else if (runner === 'vitest') {
    println(io, '');
    println(
      io,
      ` ${dim('Test Files')}  ${s.failed > 0 ? `${red(bold(`${new Set(failedCases.map((c) => c.file)).size} failed`))} | ` : ''}${green(bold(`${files.length - new Set(failedCases.map((c) => c.file)).size} passed`))} (${files.length})`,
    );
    println(
      io,
      `      ${dim('Tests')}  ${s.failed > 0 ? `${red(bold(`${s.failed} failed`))} | ` : ''}${green(bold(`${s.passed} passed`))} (${s.total})`,
    );
    if (files.length === 0) {
      println(io, red('No test files found, exiting with code 1'));
      return 1;
    }
  } else if (runner === 'mocha') {
    println(io, '');
    println(io, green(`  ${s.passed} passing`) + dim(` (${s.durationMs}ms)`));
    if (s.skipped > 0) println(io, `  ${s.skipped} pending`);
    if (s.failed > 0) {
      println(io, red(`  ${s.failed} failing`));
      failedCases.forEach((c, i) => {
        println(io, '');
        println(io, `  ${i + 1}) ${c.suite}`);
        println(io, `       ${c.name}:`);
        println(io, red(`     AssertionError: ${c.message}`));
      });
    }
  } else {
    println(io, `ℹ tests ${s.total}`);
    println(io, `ℹ suites 0`);
    println(io, `ℹ pass ${s.passed}`);
    println(io, `ℹ fail ${s.failed}`);
    println(io, `ℹ cancelled 0`);
    println(io, `ℹ skipped ${s.skipped}`);
    println(io, `ℹ todo 0`);
    println(io, `ℹ duration_ms ${(s.durationMs + 80).toFixed(3)}`);
    if (s.failed > 0) {
      println(io, '');
      println(io, red('✖ failing tests:'));
      for (const c of failedCases) {
        println(io, '');
        println(io, `test at ${c.file}:1:1`);
        println(io, red(`✖ ${c.name} (${c.durationMs}ms)`));
        println(io, `  AssertionError [ERR_ASSERTION]: ${c.message}`);
      }
    }
  }
  // Runners configured to write JUnit XML do so where they are told.
  const destinations = call.argv
    .filter((a) => a.startsWith('--test-reporter-destination='))
    .map((a) => a.slice(a.indexOf('=') + 1));
  const junitDestination = destinations.find((d) => d !== 'stdout' && d !== 'stderr');
  if (runner === 'node' && call.argv.includes('--test-reporter=junit') && junitDestination) {
    shell.fs.write(shell.resolve(junitDestination), junitXml(all, 'node'));
  }
  const jestJunit =
    call.argv.some((a) => a.includes('jest-junit')) ||
    (shell.fs.read(shell.resolve('package.json')) ?? '').includes('"jest-junit"');
  if (runner === 'jest' && jestJunit) {
    const dir = shell.get('JEST_JUNIT_OUTPUT_DIR') ?? '.';
    shell.fs.write(
      shell.resolve(`${dir}/${shell.get('JEST_JUNIT_OUTPUT_NAME') ?? 'junit.xml'}`),
      junitXml(all, 'jest tests'),
    );
  }
  writeReportFiles(call, all, runner);
  return s.failed > 0 ? 1 : 0;
}

const testRunner =
  (runner: 'jest' | 'mocha' | 'vitest'): Tool =>
  (call) => {
    const args = call.argv.slice(1);
    if (args.includes('--version')) {
      println(call.io, runner === 'jest' ? '29.7.0' : runner === 'mocha' ? '10.8.2' : 'vitest/2.1.8');
      return 0;
    }
    const roots = args.filter(
      (a, i) => !a.startsWith('-') && !['run', 'watch'].includes(a) && !/^--[\w-]+$/.test(args[i - 1] ?? ''),
    );
    return runJsTests(
      call,
      runner,
      roots.filter((r) => call.shell.fs.exists(call.shell.resolve(r))),
    );
  };

const node: Tool = (call) => {
  const { argv, io, shell } = call;
  const args = argv.slice(1);
  if (args.includes('-v') || args.includes('--version')) {
    println(io, `v${runtimeVersion(shell, 'nodejs')}`);
    return 0;
  }
  if (args.includes('--test')) {
    const roots = args.filter((a) => !a.startsWith('-'));
    return runJsTests(call, 'node', roots);
  }
  if (args.includes('-e') || args.includes('-p') || args.includes('--eval')) {
    shell.elapse(duration(call, 50, 200));
    return 0;
  }
  const script = args.find((a) => !a.startsWith('-'));
  if (script === undefined) return 0;
  const path = shell.resolve(script);
  if (!shell.fs.isFile(path) && !shell.fs.isFile(`${path}.js`)) {
    eprintln(io, 'node:internal/modules/cjs/loader:1228');
    eprintln(io, '  throw err;');
    eprintln(io, '  ^');
    eprintln(io, '');
    eprintln(io, `Error: Cannot find module '${path}'`);
    eprintln(io, '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)');
    eprintln(io, "  code: 'MODULE_NOT_FOUND',");
    eprintln(io, '');
    eprintln(io, `Node.js v${runtimeVersion(shell, 'nodejs')}`);
    return 1;
  }
  shell.elapse(duration(call, 200, 1500));
  const content = shell.fs.read(path) ?? '';
  if (content.includes('cicdlab: fail')) {
    eprintln(io, `Error: simulated failure (${script} contains the marker "cicdlab: fail")`);
    return 1;
  }
  eprintln(io, `cicdlab: simulated 'node ${script}' (the script is not executed): exit status 0`);
  return 0;
};

/** Front-end and TypeScript builders: they write their usual output folders. */
function bundler(name: string, outDir: string, files: (call: ToolCall) => Record<string, string>): Tool {
  return (call) => {
    const { io, shell } = call;
    if (call.argv.includes('--version') || call.argv.includes('-v')) {
      println(io, '5.0.0');
      return 0;
    }
    const sources = shell.fs
      .filesUnder(shell.state.cwd)
      .filter((f) => /^(src|app|pages|lib)\/.*\.(jsx?|tsx?|vue|svelte|css)$/.test(f));
    shell.elapse(duration(call, 3000, 8000) + sources.length * duration(call, 40, 120));
    const out = option(call.argv, '--outDir', '--out-dir', '-o', '--output-path') ?? outDir;
    const written = files(call);
    for (const [file, content] of Object.entries(written)) shell.fs.write(shell.resolve(`${out}/${file}`), content);
    println(
      io,
      `${name}: built ${Object.keys(written).length} file(s) into ${out}/ from ${sources.length} source file(s) in ${seconds(shell.elapsed % 10000)}`,
    );
    return 0;
  };
}

const webAssets = (call: ToolCall) => ({
  'index.html': `<!doctype html><html><head><script type="module" src="/assets/index-${fnv(call.shell.state.cwd).slice(0, 8)}.js"></script></head><body><div id="root"></div></body></html>\n`,
  [`assets/index-${fnv(call.shell.state.cwd).slice(0, 8)}.js`]: '/* simulated bundle */\n',
});

/** `tsc`: one .js per .ts source under the project (outDir from tsconfig.json, else beside the sources). */
const tsc: Tool = (call) => {
  const { io, shell } = call;
  if (call.argv.includes('--version') || call.argv.includes('-v')) {
    println(io, 'Version 5.7.2');
    return 0;
  }
  if (call.argv.includes('--noEmit')) {
    shell.elapse(duration(call, 1500, 5000));
    return 0;
  }
  const config = shell.fs.read(shell.resolve('tsconfig.json')) ?? '';
  const outDir = option(call.argv, '--outDir') ?? /"outDir"\s*:\s*"([^"]+)"/.exec(config)?.[1];
  const rootDir = /"rootDir"\s*:\s*"([^"]+)"/.exec(config)?.[1]?.replace(/^\.\//, '').replace(/\/$/, '');
  const sources = shell.fs
    .filesUnder(shell.state.cwd)
    .filter(
      (f) =>
        /\.tsx?$/.test(f) &&
        !f.endsWith('.d.ts') &&
        !f.startsWith('node_modules/') &&
        !/(^|\/)(test|tests|__tests__)\//.test(f) &&
        !/\.(test|spec)\.tsx?$/.test(f),
    );
  shell.elapse(duration(call, 1500, 4000) + sources.length * duration(call, 20, 60));
  for (const src of sources) {
    const rel = rootDir && src.startsWith(`${rootDir}/`) ? src.slice(rootDir.length + 1) : src;
    const js = rel.replace(/\.tsx?$/, '.js');
    shell.fs.write(shell.resolve(outDir ? `${outDir.replace(/^\.\//, '')}/${js}` : js), `// compiled from ${src}\n`);
  }
  const failing = sources.find((s) => (shell.fs.read(shell.resolve(s)) ?? '').includes('cicdlab: fail'));
  if (failing) {
    println(io, `${failing}(1,1): error TS2322: Type 'string' is not assignable to type 'number'.`);
    println(io, '');
    println(io, `Found 1 error in ${failing}:1`);
    return 2;
  }
  return 0;
};

const lint: Tool = (call) => {
  call.shell.elapse(duration(call, 1500, 4000));
  return 0;
};

export const NODE_TOOLS: Record<string, Tool> = {
  npm,
  npx,
  yarn: yarnLike('yarn'),
  pnpm: yarnLike('pnpm'),
  node,
  nodejs: node,
  jest: testRunner('jest'),
  mocha: testRunner('mocha'),
  vitest: testRunner('vitest'),
  tsc,
  vite: bundler('vite', 'dist', webAssets),
  webpack: bundler('webpack', 'dist', (call) => ({
    'main.js': `/* simulated webpack bundle of ${call.shell.state.cwd} */\n`,
  })),
  'react-scripts': (call) =>
    call.argv[1] === 'test' ? runJsTests(call, 'jest', []) : bundler('react-scripts', 'build', webAssets)(call),
  next: bundler('next', '.next', () => ({ BUILD_ID: 'cicdlab\n' })),
  ng: bundler('ng', 'dist', webAssets),
  rollup: bundler('rollup', 'dist', () => ({ 'index.js': '/* simulated rollup bundle */\n' })),
  esbuild: bundler('esbuild', 'dist', () => ({ 'index.js': '/* simulated esbuild bundle */\n' })),
  parcel: bundler('parcel', 'dist', webAssets),
  eslint: lint,
  prettier: lint,
  cdk: (call) => {
    const sub = call.argv[1] ?? '';
    call.shell.elapse(duration(call, 4000, 12000));
    if (sub === 'synth') call.shell.fs.write(call.shell.resolve('cdk.out/manifest.json'), '{"version":"36.0.0"}\n');
    eprintln(call.io, `cicdlab: simulated 'cdk ${sub}': exit status 0`);
    return 0;
  },
};
