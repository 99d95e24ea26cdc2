import type { Tool } from '../shell';
import { SIMULATED_BINARY } from './build-tools';
import { basename } from '../workspace';
import { findTestFiles, runTestFile, writeReportFiles } from './tests';
import { cacheHas, duration, eprintln, option, println } from './util';
import { runtimeVersion } from './versions';

const go: Tool = (call) => {
  const { argv, io, shell } = call;
  const sub = argv[1] ?? '';
  if (sub === 'version') {
    println(io, `go version go${runtimeVersion(shell, 'golang')} linux/amd64`);
    return 0;
  }
  const needsModule = ['build', 'test', 'vet', 'run', 'mod', 'install', 'generate', 'list'].includes(sub);
  let dir = shell.state.cwd;
  while (needsModule && !shell.fs.isFile(`${dir}/go.mod`) && dir !== '/')
    dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
  const gomod = shell.fs.read(`${dir}/go.mod`);
  if (needsModule && gomod === undefined && sub !== 'install') {
    eprintln(io, "go: go.mod file not found in current directory or any parent directory; see 'go help modules'");
    return 1;
  }
  const module = /^module\s+(\S+)/m.exec(gomod ?? '')?.[1] ?? basename(shell.state.cwd);
  const warm = cacheHas(call, ['/root/go/pkg/mod', '/go/pkg/mod', '/root/.cache/go-build']);
  shell.fs.write('/root/go/pkg/mod/cache/cicdlab', module);
  switch (sub) {
    case 'build': {
      shell.elapse(duration(call, 3000, 10000) / (warm ? 3 : 1));
      const out = option(argv, '-o') ?? basename(module);
      const source = shell.fs
        .filesUnder(shell.state.cwd)
        .find((f) => f.endsWith('.go') && (shell.fs.read(shell.resolve(f)) ?? '').includes('cicdlab: fail'));
      if (source) {
        eprintln(io, `./${source}:1:1: syntax error: simulated compile error (the file contains "cicdlab: fail")`);
        return 1;
      }
      shell.fs.write(shell.resolve(out), `${SIMULATED_BINARY} (linux/amd64, ${module})\n`);
      return 0;
    }
    case 'test': {
      const files = findTestFiles(call, 'go');
      const packages = new Map<string, ReturnType<typeof runTestFile>>();
      for (const f of files) {
        const pkg = `${module}/${f.slice(dir.length + 1).replace(/\/?[^/]+$/, '')}`.replace(/\/$/, '');
        packages.set(pkg, [...(packages.get(pkg) ?? []), ...runTestFile(call, f, 'go')]);
      }
      shell.elapse(duration(call, 2000, 5000) / (warm ? 2 : 1));
      let failed = false;
      const verbose = argv.includes('-v');
      for (const [pkg, cases] of packages) {
        const bad = cases.filter((c) => c.status === 'failed');
        shell.elapse(cases.reduce((n, c) => n + c.durationMs, 0));
        for (const c of cases) {
          if (verbose) println(io, `=== RUN   ${c.name}`);
          if (verbose || c.status === 'failed')
            println(
              io,
              `--- ${c.status === 'failed' ? 'FAIL' : c.status === 'skipped' ? 'SKIP' : 'PASS'}: ${c.name} (${(c.durationMs / 1000).toFixed(2)}s)`,
            );
          if (c.status === 'failed') println(io, `    ${c.file.split('/').pop()}:1: ${c.message}`);
        }
        if (bad.length > 0) {
          failed = true;
          println(io, 'FAIL');
          println(io, `FAIL\t${pkg}\t${(cases.reduce((n, c) => n + c.durationMs, 0) / 1000 + 0.01).toFixed(3)}s`);
        } else println(io, `ok  \t${pkg}\t${(cases.reduce((n, c) => n + c.durationMs, 0) / 1000 + 0.01).toFixed(3)}s`);
      }
      if (packages.size === 0) println(io, `?   \t${module}\t[no test files]`);
      writeReportFiles(call, [...packages.values()].flat(), 'go test');
      return failed ? 1 : 0;
    }
    default:
      shell.elapse(duration(call, 500, 3000) / (warm ? 3 : 1));
      return 0;
  }
};

export const GO_TOOLS: Record<string, Tool> = { go };
