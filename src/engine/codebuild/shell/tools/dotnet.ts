import type { Tool } from '../shell';
import { basename } from '../workspace';
import { findTestFiles, runTestFile, summary, trxFor, writeReportFiles } from './tests';
import { cacheHas, duration, option, println } from './util';
import { runtimeVersion } from './versions';

const dotnet: Tool = (call) => {
  const { argv, io, shell } = call;
  const sub = argv[1] ?? '';
  if (sub === '--version') {
    println(io, runtimeVersion(shell, 'dotnet'));
    return 0;
  }
  if (['tool', 'nuget', 'new', '--info', 'dev-certs'].includes(sub)) return 0;
  const explicit = argv.slice(2).find((a) => /\.(csproj|fsproj|sln)$/.test(a));
  const projects = explicit
    ? [explicit]
    : shell.fs
        .filesUnder(shell.state.cwd)
        .filter((f) => /\.(csproj|fsproj|sln)$/.test(f) && !f.includes('/bin/') && !f.includes('/obj/'));
  if (projects.length === 0 || (explicit && !shell.fs.isFile(shell.resolve(explicit)))) {
    println(
      io,
      'MSBUILD : error MSB1003: Specify a project or solution file. The current working directory does not contain a project or solution file.',
    );
    return 1;
  }
  const warm = cacheHas(call, ['/root/.nuget/packages']);
  shell.fs.write('/root/.nuget/packages/cicdlab', projects.join('\n'));
  const configuration = option(argv, '-c', '--configuration') ?? 'Debug';
  shell.elapse(duration(call, 3000, 9000) / (warm ? 3 : 1));
  for (const p of projects.filter((f) => !f.endsWith('.sln'))) {
    const name = basename(p).replace(/\.\w+proj$/, '');
    println(io, `  Restored ${shell.resolve(p)} (in ${shell.host.rand(300, 2000)} ms).`);
    if (sub !== 'restore')
      println(io, `  ${name} -> ${shell.resolve(p.replace(/[^/]+$/, ''))}bin/${configuration}/net8.0/${name}.dll`);
  }
  if (sub === 'publish') {
    const out = option(argv, '-o', '--output') ?? `bin/${configuration}/net8.0/publish`;
    for (const p of projects.filter((f) => !f.endsWith('.sln'))) {
      const name = basename(p).replace(/\.\w+proj$/, '');
      shell.fs.write(shell.resolve(`${out}/${name}.dll`), `simulated assembly ${name}\n`);
    }
  }
  if (sub === 'test') {
    const cases = findTestFiles(call, 'csharp').flatMap((f) => runTestFile(call, f, 'csharp'));
    const s = summary(cases);
    shell.elapse(s.durationMs + duration(call, 1000, 3000));
    for (const c of cases.filter((x) => x.status === 'failed'))
      println(io, `  Failed ${c.classname}.${c.name} [${c.durationMs} ms]`);
    println(
      io,
      `${s.failed > 0 ? 'Failed!' : 'Passed!'}  - Failed:     ${s.failed}, Passed:     ${s.passed}, Skipped:     ${s.skipped}, Total:     ${s.total}, Duration: ${s.durationMs} ms`,
    );
    const logger =
      argv.find((_, i) => argv[i - 1] === '--logger' || argv[i - 1] === '-l') ??
      argv.find((a) => a.startsWith('--logger:'))?.slice(9);
    if (logger?.startsWith('trx')) {
      const dir = option(argv, '--results-directory', '-r') ?? 'TestResults';
      const file = /LogFileName=([^;"]+)/.exec(logger)?.[1] ?? 'results.trx';
      shell.fs.write(shell.resolve(`${dir}/${file}`), trxFor(cases));
    }
    writeReportFiles(call, cases, 'dotnet test');
    return s.failed > 0 ? 1 : 0;
  }
  println(io, '');
  println(io, 'Build succeeded.');
  println(io, '    0 Warning(s)');
  println(io, '    0 Error(s)');
  return 0;
};

export const DOTNET_TOOLS: Record<string, Tool> = { dotnet };
