import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics';
import { parseBuildspec } from './parse-buildspec';
import type { BuildspecContext } from './types';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

/** `line:column severity code` for every diagnostic, the form a person reads in the editor's problem list. */
function found(text: string, context?: BuildspecContext): string[] {
  return parseBuildspec(text, context).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
}

function only(text: string, code: string, context?: BuildspecContext): Diagnostic {
  const matches = parseBuildspec(text, context).diagnostics.filter((d) => d.code === code);
  expect(matches, `one ${code}`).toHaveLength(1);
  return matches[0]!;
}

const minimal = lines('version: 0.2', 'phases:', '  build:', '    commands:', '      - npm test');

describe('parseBuildspec: a valid buildspec', () => {
  it('gives the normalised buildspec and no diagnostics', () => {
    const result = parseBuildspec(
      lines(
        'version: 0.2',
        'run-as: builder',
        'env:',
        '  shell: bash',
        '  variables:',
        '    GCC_VERSION: 9',
        '    SAW: true',
        '    RELEASE: 1.10',
        '    NAME: "app"',
        '  parameter-store:',
        '    TOKEN: /ci/token',
        '  secrets-manager:',
        '    DB: prod/db:password',
        '  exported-variables:',
        '    - IMAGE_URI',
        '  git-credential-helper: yes',
        'phases:',
        '  post_build:',
        '    commands:',
        '      - echo done',
        '  install:',
        '    runtime-versions:',
        '      nodejs: 20',
        '      python: 3.x',
        '    commands:',
        '      - npm ci',
        '  build:',
        '    on-failure: RETRY-2-timeout.*',
        '    run-as: root',
        '    commands:',
        '      - |',
        '        for f in *.txt; do',
        '          echo $f',
        '        done',
        '      - npm test',
        '    finally:',
        '      - echo cleanup',
        'reports:',
        '  unit:',
        '    files:',
        "      - 'junit.xml'",
        '    file-format: VisualStudioTrx',
        'artifacts:',
        '  files:',
        "    - '**/*'",
        '  base-directory: dist',
        '  discard-paths: yes',
        'cache:',
        '  key: npm-$(codebuild-hash-files package-lock.json)',
        '  paths:',
        "    - 'node_modules/**/*'",
      ),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.yamlFileError).toBeUndefined();
    const spec = result.buildspec!;
    expect(spec.version).toBe('0.2');
    expect(spec.runAs).toBe('builder');
    expect({ ...spec.env.variables }).toEqual({ GCC_VERSION: '9', SAW: 'true', RELEASE: '1.10', NAME: 'app' });
    expect({ ...spec.env.parameterStore }).toEqual({ TOKEN: '/ci/token' });
    expect(spec.env.exportedVariables).toEqual(['IMAGE_URI']);
    expect(spec.env.gitCredentialHelper).toBe(true);
    expect(spec.env.shell).toBe('bash');
    expect(Object.keys(spec.phases)).toEqual(['install', 'build', 'post_build']);
    expect({ ...spec.phases.install!.runtimeVersions }).toEqual({ nodejs: '20', python: '3.x' });
    const build = spec.phases.build!;
    expect(build.onFailure).toEqual({ mode: 'RETRY', retries: 2, pattern: 'timeout.*' });
    expect(build.runAs).toBe('root');
    expect(build.commands).toEqual([
      { text: 'for f in *.txt; do\n  echo $f\ndone\n', line: 31 },
      { text: 'npm test', line: 35 },
    ]);
    expect(build.finally).toEqual([{ text: 'echo cleanup', line: 37 }]);
    expect(spec.reports.unit).toEqual({
      name: 'unit',
      files: ['junit.xml'],
      discardPaths: false,
      fileFormat: 'VISUALSTUDIOTRX',
    });
    expect(spec.artifacts).toMatchObject({
      files: ['**/*'],
      baseDirectory: 'dist',
      discardPaths: true,
      enableSymlinks: false,
    });
    expect(spec.cache).toEqual({
      key: 'npm-$(codebuild-hash-files package-lock.json)',
      paths: ['node_modules/**/*'],
      fallbackKeys: [],
    });
  });

  it('keeps any variable name as data, even __proto__', () => {
    const spec = parseBuildspec(
      lines(
        'version: 0.2',
        'env:',
        '  variables:',
        '    __proto__: x',
        'phases:',
        '  build:',
        '    commands:',
        '      - env',
      ),
    ).buildspec!;
    expect(spec.env.variables['__proto__']).toBe('x');
    expect(Object.keys(spec.env.variables)).toEqual(['__proto__']);
  });

  it('reads version 0.1 with environment_variables/plaintext and says it is legacy', () => {
    const result = parseBuildspec(
      lines(
        'version: 0.1',
        'environment_variables:',
        '  plaintext:',
        '    CONFIG: env.yml',
        'phases:',
        '  build:',
        '    commands:',
        '      - make',
      ),
    );
    expect(result.buildspec?.version).toBe('0.1');
    expect({ ...result.buildspec!.env.variables }).toEqual({ CONFIG: 'env.yml' });
    expect(found(lines('version: 0.1', 'phases:', '  build:', '    commands:', '      - make'))).toEqual([
      '1:10 info legacy-version',
    ]);
  });
});

describe('parseBuildspec: version', () => {
  it('requires a version', () => {
    const result = parseBuildspec(lines('phases:', '  build:', '    commands:', '      - make'));
    expect(result.buildspec).toBeUndefined();
    expect(found(lines('phases:', '  build:', '    commands:', '      - make'))).toEqual(['1:1 error missing-version']);
    expect(result.yamlFileError).toMatch(/^YAML_FILE_ERROR: /);
  });

  it('refuses other versions with the CodeBuild message', () => {
    const result = parseBuildspec(minimal.replace('0.2', '0.3'));
    expect(result.buildspec).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ line: 1, column: 10, code: 'invalid-version' });
    expect(result.diagnostics[0]!.message).toContain('`0.3`');
    expect(result.yamlFileError).toBe('YAML_FILE_ERROR: Invalid buildspec version 0.3');
  });

  it('points an empty version at its key', () => {
    expect(found(minimal.replace('version: 0.2', 'version:'))).toEqual(['1:1 error invalid-version']);
  });

  it('accepts a quoted version', () => {
    expect(parseBuildspec(minimal.replace('0.2', '"0.2"')).buildspec?.version).toBe('0.2');
  });
});

describe('parseBuildspec: commands', () => {
  it('explains a command that YAML reads as a mapping (colon and space) with the CodeBuild message', () => {
    const text = lines('version: 0.2', '', 'phases:', '  build:', '    commands:', '      - echo "Hello: world"');
    const result = parseBuildspec(text);
    expect(result.buildspec).toBeUndefined();
    const d = only(text, 'command-not-a-string');
    expect(d).toMatchObject({ line: 6, column: 9, severity: 'error' });
    expect(d.message).toContain('Command 1 in phase `build`');
    expect(d.message).toContain('quotes');
    // The real message for this exact file (observed in CodeBuild logs).
    expect(result.yamlFileError).toBe(
      'YAML_FILE_ERROR: Expected Commands[0] to be of string type: found subkeys instead at line 6, value of the key tag on line 5 might be empty',
    );
  });

  it('says a single-string commands must be a list', () => {
    const text = lines(
      'version: 0.2',
      'phases:',
      '  install:',
      '    commands: npm install',
      '  build:',
      '    commands:',
      '      - npm test',
    );
    const d = only(text, 'commands-not-a-list');
    expect(d).toMatchObject({ line: 4, column: 15, severity: 'error' });
    expect(d.message).toContain('must be a list');
    expect(d.message).toContain('- npm install');
    expect(parseBuildspec(text).buildspec).toBeUndefined();
  });

  it('warns about an empty commands key', () => {
    expect(
      found(lines('version: 0.2', 'phases:', '  build:', '    commands:', 'artifacts:', '  files:', '    - a')),
    ).toEqual(['4:5 warning empty-commands']);
  });

  it('requires commands in a phase other than install', () => {
    const text = lines(
      'version: 0.2',
      'phases:',
      '  install:',
      '    runtime-versions:',
      '      nodejs: 20',
      '  build:',
      '    run-as: root',
    );
    expect(found(text)).toEqual(['6:3 error missing-commands']);
  });

  it('warns about aws ecr get-login, at the command, with the replacement', () => {
    const text = lines(
      'version: 0.2',
      'phases:',
      '  pre_build:',
      '    commands:',
      '      - $(aws ecr get-login --no-include-email --region $AWS_DEFAULT_REGION)',
      '      - aws ecr get-login-password | docker login --username AWS --password-stdin $REPO',
    );
    const d = only(text, 'deprecated-ecr-get-login');
    expect(d).toMatchObject({ line: 5, column: 11, endColumn: 28, severity: 'warning' });
    expect(d.message).toContain('aws ecr get-login-password');
    expect(parseBuildspec(text).buildspec).toBeDefined();
  });

  it('notes a multi-line plain command is folded into one line', () => {
    const text = lines('version: 0.2', 'phases:', '  build:', '    commands:', '      - echo one', '        two');
    expect(found(text)).toEqual(['5:9 info folded-command']);
    expect(parseBuildspec(text).buildspec!.phases.build!.commands[0]!.text).toBe('echo one two');
  });
});

describe('parseBuildspec: keys', () => {
  it('suggests the key meant for a typo', () => {
    const text = lines('version: 0.2', 'phases:', '  build:', '    comands:', '      - make');
    const d = only(text, 'unknown-key');
    expect(d).toMatchObject({ line: 4, column: 5, severity: 'warning' });
    expect(d.message).toBe('Unknown key `comands` in phase `build`. Did you mean `commands`? CodeBuild ignores it.');
    expect(found(text)).toContain('3:3 error missing-commands');
  });

  it('suggests pre_build for pre-build and says the commands never run', () => {
    const d = only(lines('version: 0.2', 'phases:', '  pre-build:', '    commands:', '      - make'), 'unknown-key');
    expect(d.message).toContain('Did you mean `pre_build`?');
    expect(d.message).toContain('never run');
  });

  it('points runtime-versions outside install to install', () => {
    const text = lines(
      'version: 0.2',
      'phases:',
      '  build:',
      '    runtime-versions:',
      '      nodejs: 20',
      '    commands:',
      '      - make',
    );
    const d = only(text, 'wrong-place');
    expect(d).toMatchObject({ line: 4, column: 5 });
    expect(d.message).toContain('`runtime-versions` is not allowed in phase `build`; it belongs in `phases.install`');
  });

  it('points commands at the top level and finally outside a phase to the phases', () => {
    const text = lines('version: 0.2', 'commands:', '  - make', 'finally:', '  - echo');
    expect(found(text)).toEqual(['1:1 info no-phases', '2:1 warning wrong-place', '4:1 warning wrong-place']);
    expect(parseBuildspec(text).diagnostics[1]!.message).toBe(
      '`commands` is not allowed at the top level; it belongs in a phase under `phases` (`install`, `pre_build`, `build` or `post_build`). CodeBuild ignores it here.',
    );
  });

  it('warns about duplicate keys, keeping the last', () => {
    const text = lines(
      'version: 0.2',
      'phases:',
      '  build:',
      '    commands:',
      '      - one',
      '  build:',
      '    commands:',
      '      - two',
    );
    const d = only(text, 'duplicate-key');
    expect(d).toMatchObject({ line: 6, column: 3 });
    expect(d.message).toContain('first on line 3');
    expect(parseBuildspec(text).buildspec!.phases.build!.commands).toEqual([{ text: 'two', line: 8 }]);
  });

  it('names the 0.2 spelling of a 0.1 key and the other way round', () => {
    expect(
      only(lines('version: 0.2', 'environment_variables:', '  plaintext:', '    A: b'), 'renamed-key').message,
    ).toContain('uses `env`');
    expect(only(lines('version: 0.1', 'env:', '  variables:', '    A: b'), 'renamed-key').message).toContain(
      'called `environment_variables`',
    );
    expect(only(lines('version: 0.1', 'cache:', '  paths:', '    - a'), 'not-in-version').line).toBe(2);
  });
});

describe('parseBuildspec: env', () => {
  it('explains a flow mapping written as a value', () => {
    const text = lines(
      'version: 0.2',
      'env:',
      '  variables:',
      '    BUCKET: {-INSERT BUCKET NAME-}',
      'phases:',
      '  build:',
      '    commands:',
      '      - make',
    );
    const result = parseBuildspec(text);
    const d = only(text, 'env-value-not-a-string');
    expect(d).toMatchObject({ line: 4, column: 13, severity: 'error' });
    expect(d.message).toContain("BUCKET: '{-INSERT BUCKET NAME-}'");
    expect(result.yamlFileError).toBe(
      'YAML_FILE_ERROR: Expected Variables[BUCKET] to be of string type: found subkeys instead at line 4',
    );
  });

  it('warns about reserved CODEBUILD_ names and AWS_ exports', () => {
    const text = lines(
      'version: 0.2',
      'env:',
      '  variables:',
      '    CODEBUILD_MINE: x',
      '  exported-variables:',
      '    - AWS_REGION',
      '    - CODEBUILD_BUILD_ID',
      'phases:',
      '  build:',
      '    commands:',
      '      - make',
    );
    expect(found(text)).toEqual(['4:5 warning reserved-variable-name', '6:7 warning not-exportable']);
  });

  it('checks yes/no values and the shell', () => {
    expect(found(minimal + lines('env:', '  git-credential-helper: maybe'))).toEqual(['7:26 error invalid-value']);
    expect(found(minimal + lines('env:', '  git-credential-helper: on'))).toEqual(['7:26 warning yes-no-value']);
    const shell = only(minimal + lines('env:', '  shell: bsh'), 'invalid-value');
    expect(shell.message).toContain('Did you mean `bash`?');
  });

  it('checks parameters and secrets against the account, keeping the buildspec', () => {
    const text = lines(
      'version: 0.2',
      'env:',
      '  parameter-store:',
      '    TOKEN: /ci/token',
      '    OTHER: /ci/missing',
      '  secrets-manager:',
      '    DB: prod/db:password',
      '    API: missing-secret:key',
      '    X: arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf:password',
      'phases:',
      '  build:',
      '    commands:',
      '      - make',
    );
    const context = { parameterNames: new Set(['/ci/token']), secretIds: new Set(['prod/db']) };
    const result = parseBuildspec(text, context);
    expect(found(text, context)).toEqual(['5:12 error unknown-parameter', '8:10 error unknown-secret']);
    expect(result.buildspec).toBeDefined();
    expect(result.yamlFileError).toBeUndefined();
    expect(found(text)).toEqual([]);
  });
});

describe('parseBuildspec: on-failure, reports, artifacts, cache', () => {
  const phaseWith = (onFailure: string) =>
    lines('version: 0.2', 'phases:', '  build:', `    on-failure: ${onFailure}`, '    commands:', '      - make');

  it('parses on-failure values and refuses others', () => {
    expect(parseBuildspec(phaseWith('ABORT')).buildspec!.phases.build!.onFailure).toEqual({ mode: 'ABORT' });
    expect(parseBuildspec(phaseWith('RETRY')).buildspec!.phases.build!.onFailure).toEqual({
      mode: 'RETRY',
      retries: 3,
      pattern: '.*',
    });
    expect(parseBuildspec(phaseWith('RETRY-5')).buildspec!.phases.build!.onFailure).toEqual({
      mode: 'RETRY',
      retries: 5,
      pattern: '.*',
    });
    expect(found(phaseWith('STOP'))).toEqual(['4:17 error invalid-on-failure']);
    expect(only(phaseWith('RETRY-101'), 'invalid-on-failure').message).toContain('between 0 and 100');
  });

  it('refuses an undocumented report format, ignoring case', () => {
    const text = lines(
      'version: 0.2',
      'reports:',
      '  unit:',
      '    files:',
      '      - out.xml',
      '    file-format: JUNIT',
    );
    const d = only(text, 'unknown-report-format');
    expect(d).toMatchObject({ line: 6, column: 18, severity: 'error' });
    expect(d.message).toContain('Did you mean `JUNITXML`?');
    expect(found(text.replace('JUNIT', 'cloverxml'))).toEqual(['1:1 info no-phases']);
  });

  it('requires files in artifacts, softly when only secondary artifacts are given', () => {
    expect(found(minimal + lines('artifacts:', '  name: app'))).toEqual(['6:1 error missing-files']);
    expect(
      found(minimal + lines('artifacts:', '  secondary-artifacts:', '    one:', '      files:', '        - a')),
    ).toEqual(['6:1 warning missing-files']);
  });

  it('warns about artifact patterns that match nothing, only when the repository is known', () => {
    const text =
      minimal +
      lines(
        'artifacts:',
        '  files:',
        '    - src/**/*',
        '    - dist/**/*',
        '    - README.md',
        '    - $OUT/app.zip',
        '    - /tmp/build.json',
      );
    const repositoryFiles = ['README.md', 'src/index.ts', 'src/lib/a.ts'];
    const d = only(text, 'artifact-matches-nothing', { repositoryFiles });
    expect(d).toMatchObject({ line: 9, column: 7, severity: 'warning' });
    expect(d.message).toContain('files created during the build are not known here');
    expect(found(text)).toEqual([]);
  });

  it('applies base-directory, including a top-level pattern, before matching', () => {
    const text = minimal + lines('artifacts:', '  files:', '    - "*/report.txt"', "  base-directory: 'out*'");
    expect(found(text, { repositoryFiles: ['out-1/x/report.txt'] })).toEqual([]);
    expect(found(text, { repositoryFiles: ['other/x/report.txt'] })).toEqual(['8:7 warning artifact-matches-nothing']);
  });

  it('warns about fallback keys without a key and more than five', () => {
    const text =
      minimal +
      lines(
        'cache:',
        '  paths:',
        '    - a',
        '  fallback-keys:',
        ...['a', 'b', 'c', 'd', 'e', 'f'].map((k) => `    - ${k}`),
      );
    expect(found(text)).toEqual(['9:3 warning fallback-keys-without-key', '10:5 warning too-many-items']);
  });

  it('keeps files written as one string, with a warning', () => {
    const result = parseBuildspec(minimal + lines('artifacts:', '  files: imagedefinitions.json'));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['not-a-list']);
    expect(result.buildspec!.artifacts!.files).toEqual(['imagedefinitions.json']);
  });
});

describe('parseBuildspec: batch', () => {
  it('normalises a build graph and checks its dependencies', () => {
    const text = lines(
      'version: 0.2',
      'batch:',
      '  fast-fail: true',
      '  build-graph:',
      '    - identifier: build',
      '      env:',
      '        compute-type: BUILD_GENERAL1_LARGE',
      '        privileged-mode: true',
      '        variables:',
      '          N: 1',
      '    - identifier: test',
      '      buildspec: test.yml',
      '      depend-on:',
      '        - build',
      '        - lint',
    );
    const result = parseBuildspec(text);
    expect(found(text)).toEqual(['15:11 warning unknown-dependency']);
    expect(result.buildspec!.batch).toEqual({
      fastFail: true,
      buildGraph: [
        {
          identifier: 'build',
          ignoreFailure: false,
          debugSession: false,
          dependOn: [],
          env: {
            computeType: 'BUILD_GENERAL1_LARGE',
            privilegedMode: true,
            variables: expect.objectContaining({ N: '1' }),
          },
        },
        {
          identifier: 'test',
          buildspec: 'test.yml',
          ignoreFailure: false,
          debugSession: false,
          dependOn: ['build', 'lint'],
        },
      ],
    });
  });

  it('requires an identifier per task and a parallelism for a fanout', () => {
    expect(found(lines('version: 0.2', 'batch:', '  build-list:', '    - buildspec: a.yml'))).toEqual([
      '4:7 error missing-identifier',
    ]);
    expect(found(lines('version: 0.2', 'batch:', '  build-fanout:', '    parallelism: many'))).toEqual([
      '4:18 error invalid-value',
    ]);
  });
});

describe('parseBuildspec: files that are not buildspecs', () => {
  it('never throws and explains what it got', () => {
    expect(found('- a\n- b\n')).toEqual(['1:1 error not-a-map']);
    expect(found('just text\n')).toEqual(['1:1 error not-a-map']);
    const phasesAsList = parseBuildspec('version: 0.2\nphases:\n  - build:\n      commands:\n        - make\n');
    expect(phasesAsList.diagnostics[0]).toMatchObject({ line: 3, code: 'not-a-map' });
    expect(phasesAsList.diagnostics[0]!.message).toContain('must contain keys such as `install:` and `pre_build:`');
    expect(found('')).toEqual(['1:1 error empty-file']);
    expect(parseBuildspec('version: 0.2\nphases:\n\tbuild:\n').yamlFileError).toBe(
      'YAML_FILE_ERROR: found character that cannot start any token at line 3',
    );
  });
});

describe('parseBuildspec: YAML features CodeBuild reads', () => {
  it('expands merge keys and aliases, keys written in place winning', () => {
    const text = [
      'version: 0.2',
      'x-defaults: &defaults',
      '  on-failure: ABORT',
      '  commands:',
      '    - echo default',
      'phases:',
      '  pre_build:',
      '    <<: *defaults',
      '  build:',
      '    <<: *defaults',
      '    commands:',
      '      - make',
      '',
    ].join('\n');
    const result = parseBuildspec(text);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['2:1 unknown-key']);
    const phases = result.buildspec!.phases;
    expect(phases.pre_build!.commands).toEqual([{ text: 'echo default', line: 5 }]);
    expect(phases.pre_build!.onFailure).toEqual({ mode: 'ABORT' });
    expect(phases.build!.commands).toEqual([{ text: 'make', line: 12 }]);
    expect(phases.build!.onFailure).toEqual({ mode: 'ABORT' });
  });

  it('never throws on damaged corpus files', () => {
    let state = 7;
    const random = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    const base = `${minimal}env:\n  variables:\n    A: b\nartifacts:\n  files:\n    - "**/*"\n`;
    const noise = ' :-\n\t{}[]&*!|>\'"#';
    for (let i = 0; i < 400; i++) {
      let text = base;
      for (let edits = 0; edits < 4; edits++) {
        const at = Math.floor(random() * text.length);
        const cut = Math.floor(random() * 4);
        text = text.slice(0, at) + noise[Math.floor(random() * noise.length)]! + text.slice(at + cut);
      }
      const lineCount = text.split('\n').length;
      const result = parseBuildspec(text, { repositoryFiles: ['a'], parameterNames: new Set(), secretIds: new Set() });
      for (const d of result.diagnostics) expect(d.line, JSON.stringify(text)).toBeLessThanOrEqual(lineCount);
      expect(Boolean(result.buildspec) !== Boolean(result.yamlFileError), JSON.stringify(text)).toBe(true);
    }
  });
});
