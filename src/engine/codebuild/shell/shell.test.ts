import { describe, expect, it } from 'vitest';
import { createWorld, loadScenario } from '../../index';
import { buildspec, testWorld } from '../test-world';
import type { Build, BuildRun } from '../state';
import { Shell, type ShellHost } from './shell';
import { TOOLS } from './tools';

/** A shell over an empty workspace, printing into `out`. */
function shell(files: Record<string, string> = {}, privileged = false) {
  const loaded = loadScenario(
    JSON.stringify(testWorld({ files: { 'buildspec.yml': buildspec({ build: ['true'] }) } })),
  );
  if (!loaded.ok) throw new Error('bad world');
  const world = createWorld(loaded.scenario);
  const srcDir = '/codebuild/output/src1/src';
  const run: BuildRun = {
    token: 0,
    srcDir,
    files: Object.fromEntries(Object.entries(files).map(([p, c]) => [`${srcDir}/${p}`, c])),
    dirs: {
      '/': true,
      '/codebuild': true,
      '/codebuild/output': true,
      '/codebuild/output/src1': true,
      [srcDir]: true,
      '/tmp': true,
      '/root': true,
    },
    shell: { env: { HOME: '/root', PATH: '/usr/bin' }, vars: {}, cwd: srcDir, errexit: false, pipefail: false },
    masks: [],
    exportBlocked: [],
    failed: false,
    cacheRestored: false,
    runtimes: {},
    docker: { images: [], logins: [] },
  };
  const out: string[] = [];
  let seed = 1;
  const host: ShellHost = {
    world,
    build: {
      id: 'app-build:x',
      resolvedSourceVersion: 'a'.repeat(40),
      environment: { computeType: 'BUILD_GENERAL1_SMALL' },
      serviceRole: 'r',
    } as unknown as Build,
    run,
    privileged,
    reports: [],
    start: 0 as ShellHost['start'],
    print: (_at, line) => out.push(line),
    rand: (min, max) => min + ((seed = (seed * 48271) % 2147483647) % (max - min + 1)),
  };
  const sh = new Shell(host, run.shell, TOOLS);
  return { sh, out, run, run1: (text: string) => ({ status: sh.runCommand(text), out: out.splice(0) }) };
}

describe('the simulated shell', () => {
  it('expands variables, defaults, lengths, patterns and command substitutions', () => {
    const { run1 } = shell();
    expect(run1('export NAME=world; echo "hello $NAME" ${MISSING:-fallback} ${#NAME}').out).toEqual([
      'hello world fallback 5',
    ]);
    expect(run1('ID=app-build:1234; echo ${ID##*:} ${ID%%:*} ${ID/build/test}').out).toEqual([
      '1234 app-build app-test:1234',
    ]);
    expect(run1('echo \'$NAME\' "$(echo nested $(echo deep))" `echo tick`').out).toEqual(['$NAME nested deep tick']);
    expect(run1('echo $((2 + 3 * 4)) $HOME ~').out).toEqual(['14 /root /root']);
  });

  it('follows &&, ||, ;, pipes, negation and exit statuses', () => {
    const { run1 } = shell();
    expect(run1('false && echo no || echo yes; echo after').out).toEqual(['yes', 'after']);
    expect(run1('echo one two | tr a-z A-Z').out).toEqual(['ONE TWO']);
    expect(run1('! false').status).toBe(0);
    expect(run1('false | true').status).toBe(0);
    expect(run1('set -o pipefail; false | true').status).toBe(1);
    expect(run1('exit 7').status).toBe(7);
  });

  it('runs a multi-line block line by line, stopping under set -e', () => {
    const { run1 } = shell();
    expect(run1('echo a\nfalse\necho b').status).toBe(0);
    const strict = run1('set -e\necho a\nfalse\necho b');
    expect(strict).toEqual({ status: 1, out: ['a'] });
  });

  it('simulates if/for blocks as succeeding, with a note', () => {
    const { run1 } = shell();
    const result = run1('for f in a b; do\n  echo $f\ndone\necho next');
    expect(result.status).toBe(0);
    expect(result.out[0]).toMatch(/^cicdlab: simulated block 'for f in a b; do…' \(not interpreted\): exit status 0$/);
    expect(result.out[1]).toBe('next');
  });

  it('reads and writes files with redirections, here-documents, cat, ls, cp, mv and rm', () => {
    const { run1, sh } = shell({ 'README.md': '# app\n' });
    run1('echo first > notes.txt; echo second >> notes.txt');
    expect(run1('cat notes.txt').out).toEqual(['first', 'second']);
    run1('cat > config.json <<EOF\n{"region": "$AWS_REGION"}\nEOF');
    expect(sh.fs.read(sh.resolve('config.json'))).toBe('{"region": ""}\n');
    run1('mkdir -p out/deep && cp README.md out/deep/ && mv notes.txt out/');
    expect(run1('ls out').out).toEqual(['deep', 'notes.txt']);
    expect(run1('cat missing.txt').out).toEqual(['cat: missing.txt: No such file or directory']);
    expect(run1('rm out').status).toBe(1);
    expect(run1('rm -rf out && ls').out).toEqual(['README.md', 'config.json']);
  });

  it('cd into a directory that does not exist fails like bash', () => {
    const { run1 } = shell();
    expect(run1('cd nowhere')).toEqual({
      status: 1,
      out: ['/codebuild/output/tmp/script.sh: line 1: cd: nowhere: No such file or directory'],
    });
  });

  it('runs scripts from the repository and says when an unknown command is simulated', () => {
    const { run1 } = shell({ 'scripts/hello.sh': '#!/bin/bash\necho "hello $1"\nexit 3\n' });
    expect(run1('bash scripts/hello.sh you')).toEqual({ status: 3, out: ['hello you'] });
    expect(run1('./scripts/missing.sh').status).toBe(127);
    expect(run1('terraform-docs md .').out).toEqual([
      "cicdlab: simulated 'terraform-docs md .' (not modelled): exit status 0",
    ]);
  });

  it('uses virtual time for sleep and date', () => {
    const { run1, sh } = shell();
    run1('sleep 90');
    expect(sh.elapsed).toBeGreaterThanOrEqual(90_000);
    expect(run1('date +%Y-%m-%dT%H:%M').out).toEqual(['2026-01-05T09:01']);
  });
});
