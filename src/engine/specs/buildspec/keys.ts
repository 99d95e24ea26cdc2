/**
 * The buildspec key table: the one source of truth for which keys exist, where, with which values, and what they
 * mean. The validator walks it, the JSON Schemas for the editor are generated from it, and hover docs come from it.
 * Texts paraphrase the CodeBuild buildspec reference (see shared/reference/aws-facts.md §2.1).
 */

export type BuildspecVersion = '0.1' | '0.2';

export type ScalarType = 'string' | 'yes-no' | 'boolean' | 'integer' | 'version' | 'on-failure';

/** A single value. `string` accepts any scalar: CodeBuild keeps the text as written (`9` → "9", `true` → "true"). */
export interface ScalarSpec {
  kind: 'scalar';
  type: ScalarType;
  doc: string;
  /** Allowed values; compared ignoring case when `caseInsensitive`. */
  enum?: readonly string[];
  enumDocs?: Readonly<Record<string, string>>;
  caseInsensitive?: boolean;
  minimum?: number;
  maximum?: number;
}

/** A YAML sequence. `scalar` says what a single value written instead of a list does. */
export interface ListSpec {
  kind: 'list';
  doc: string;
  items: SpecNode;
  scalar: 'error' | 'warning';
  maxItems?: number;
}

/** A mapping whose keys are names the user chooses (variables, report groups...). */
export interface MapSpec {
  kind: 'map';
  doc: string;
  /** How a key is called in messages and docs: "variable", "report group". */
  keyName: string;
  values: SpecNode;
  maxEntries?: number;
}

/** A mapping with a fixed set of keys. */
export interface ObjectSpec {
  kind: 'object';
  doc: string;
  fields: Readonly<Record<string, FieldSpec>>;
}

export type SpecNode = ScalarSpec | ListSpec | MapSpec | ObjectSpec;

export interface FieldSpec {
  spec: SpecNode;
  required?: boolean;
  /** Required, except that its absence is only a warning when this sibling key is present. */
  softWhen?: string;
  /** Accepted, but a warning says so. */
  deprecated?: string;
}

const str = (doc: string, extra: Partial<ScalarSpec> = {}): ScalarSpec => ({
  kind: 'scalar',
  type: 'string',
  doc,
  ...extra,
});
const yesNo = (doc: string): ScalarSpec => ({ kind: 'scalar', type: 'yes-no', doc, enum: ['yes', 'no'] });
const bool = (doc: string): ScalarSpec => ({ kind: 'scalar', type: 'boolean', doc, enum: ['true', 'false'] });
const list = (doc: string, items: SpecNode, scalar: 'error' | 'warning' = 'warning', maxItems?: number): ListSpec => ({
  kind: 'list',
  doc,
  items,
  scalar,
  ...(maxItems === undefined ? {} : { maxItems }),
});
const obj = (doc: string, fields: Record<string, FieldSpec | SpecNode>): ObjectSpec => ({
  kind: 'object',
  doc,
  fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, 'kind' in v ? { spec: v } : v])),
});
const map = (doc: string, keyName: string, values: SpecNode, maxEntries?: number): MapSpec => ({
  kind: 'map',
  doc,
  keyName,
  values,
  ...(maxEntries === undefined ? {} : { maxEntries }),
});

export const SHELLS = ['bash', '/bin/sh', 'powershell.exe', 'cmd.exe'] as const;

export const TEST_REPORT_FORMATS = [
  'JUNITXML',
  'CUCUMBERJSON',
  'NUNITXML',
  'NUNIT3XML',
  'TESTNGXML',
  'VISUALSTUDIOTRX',
] as const;
export const COVERAGE_REPORT_FORMATS = ['CLOVERXML', 'COBERTURAXML', 'JACOCOXML', 'SIMPLECOV'] as const;
export const REPORT_FORMATS = [...TEST_REPORT_FORMATS, ...COVERAGE_REPORT_FORMATS] as const;

export const PHASE_NAMES = ['install', 'pre_build', 'build', 'post_build'] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

const COMMAND_DOC =
  'One shell command. CodeBuild runs the commands one at a time, in order; the first that exits non-zero fails the phase and skips the rest. Quote a command that contains `: ` (colon and space) or starts with a YAML special character (`{`, `[`, `*`, `&`, `!`, `|`, `>`, `%`, `@`, `` ` ``). A block scalar (`- |`) keeps a multi-line script as one command.';

const commands = (phaseWords: string): ListSpec =>
  list(
    `The commands CodeBuild runs ${phaseWords}, one list item per command, in order. It must be a YAML list (each command on its own \`- \` line), not a single string.`,
    str(COMMAND_DOC),
    'error',
  );

const finallyBlock = list(
  'Commands that run after `commands`, even when a command in `commands` failed (the remaining `commands` are skipped, then `finally` runs). The phase succeeds only if both blocks succeed.',
  str(COMMAND_DOC),
  'error',
);

const runAs = (scope: string) =>
  str(
    `Linux user that runs ${scope}. Linux only; the default is root. A phase-level \`run-as\` overrides the top-level one for that phase.`,
  );

const onFailure: ScalarSpec = {
  kind: 'scalar',
  type: 'on-failure',
  doc: 'What happens when the phase fails: `ABORT` ends the build, `CONTINUE` moves on to the next phase, `RETRY` retries up to 3 times when the error message matches `.*`, `RETRY-<count>` retries `<count>` times (0–100), `RETRY-<regex>` retries up to 3 times when the error message matches `<regex>`, `RETRY-<count>-<regex>` both. Without it the default phase transitions apply. Not supported on Lambda compute or reserved capacity.',
  enum: ['ABORT', 'CONTINUE', 'RETRY'],
  enumDocs: {
    ABORT: 'End the build.',
    CONTINUE: 'Continue with the next phase.',
    RETRY: 'Retry up to 3 times when the error message matches `.*`.',
  },
};

const phase = (name: PhaseName, doc: string, phaseWords: string): ObjectSpec =>
  obj(doc, {
    'run-as': runAs(`the commands of this phase`),
    'on-failure': onFailure,
    ...(name === 'install'
      ? {
          'runtime-versions': map(
            'Language runtimes to install, as `runtime: version` (for example `nodejs: 18`, `python: 3.x`, `java: corretto17`, `ruby: latest`, or an environment variable such as `"$MY_RUBY_VAR"`). Needs Ubuntu standard image 5.0+ or Amazon Linux 2 standard image 4.0+; other images print "Skipping install of runtimes". Conflicting runtimes fail the build. Only allowed in the `install` phase.',
            'runtime',
            str(
              'Version of this runtime: an exact version, `<major>.x` for the newest minor version, `latest`, or an environment variable.',
            ),
          ),
        }
      : {}),
    commands: { spec: commands(phaseWords), required: name !== 'install' },
    finally: finallyBlock,
  });

const fileLocation = (what: string) =>
  str(
    `A location of ${what}, relative to the build's source directory or, if set, \`base-directory\`: a single file (\`target/app.jar\`), \`dir/*\` (files directly in \`dir\`), \`dir/**/*\` (everything under \`dir\`) or \`'**/*'\` (everything; quote it, because \`*\` starts a YAML alias).`,
  );

const batchEnv = obj('Build environment overrides for this task.', {
  'compute-type': str(
    'Compute type for this task, for example `BUILD_GENERAL1_SMALL`, `BUILD_GENERAL1_LARGE` or `BUILD_LAMBDA_1GB`. Cannot be combined with `fleet`.',
  ),
  fleet: str('Name of the reserved-capacity fleet to run this task on. Cannot be combined with `compute-type`.'),
  image: str('Image for this task, for example `aws/codebuild/standard:7.0` or an ECR image URI.'),
  'privileged-mode': bool(
    'Run the Docker daemon inside the build container (`true` only for builds that build Docker images). Default `false`.',
  ),
  type: str(
    'Environment type for this task, for example `LINUX_CONTAINER`, `ARM_CONTAINER` or `WINDOWS_SERVER_2022_CONTAINER`.',
  ),
  variables: map(
    'Environment variables for this task, as `NAME: value`; they override the buildspec `env/variables`.',
    'variable',
    str('Plain-text value of this variable.'),
  ),
});

const batchTask = (graph: boolean) =>
  obj(`One build task of the ${graph ? 'build graph' : 'build list'}.`, {
    identifier: { spec: str('Required. Identifier of the task (letters, digits and underscores).'), required: true },
    buildspec: str(
      'Path of the buildspec file this task uses, relative to the source directory. Without it the task uses this buildspec.',
    ),
    env: batchEnv,
    'ignore-failure': bool('`true` lets the batch succeed even if this task fails. Default `false`.'),
    'debug-session': bool('`true` enables Session Manager debugging for this task. Default `false`.'),
    ...(graph
      ? {
          'depend-on': list(
            'Identifiers of the tasks that must complete before this task starts.',
            str('Identifier of another task in this build graph.'),
          ),
        }
      : {}),
  });

const artifactFields = (secondary: boolean): Record<string, FieldSpec | SpecNode> => ({
  files: {
    spec: list(
      'Required. The files of the build output artifact, relative to the source directory or `base-directory`. Write a list; build outputs such as `dist/**/*` need not exist in the repository.',
      fileLocation('build output'),
    ),
    required: true,
    ...(secondary ? {} : { softWhen: 'secondary-artifacts' }),
  },
  name: str(
    'Name of the artifact. It is evaluated by the shell at build time, so it may use variables and commands (`myname-$(date +%Y-%m-%d)`, `builds/$CODEBUILD_BUILD_NUMBER/app`).',
  ),
  'discard-paths': yesNo(
    '`yes` puts every file at the root of the artifact (directories are flattened); `no` (default) keeps the directory structure.',
  ),
  'base-directory': str(
    "Top-level directory, relative to the source directory, that `files` are taken from; the directory itself is not included. A pattern such as `'my-build*'` selects every top-level directory whose name starts with `my-build`.",
  ),
  'exclude-paths': list(
    'Paths, relative to `base-directory`, to leave out of the artifact. `*` matches within one folder; `**` matches across folders (`"**/.*"` excludes dot files).',
    str('A path pattern to exclude.'),
  ),
  'enable-symlinks': yesNo('For ZIP output: `yes` keeps internal symbolic links in the ZIP file. Default `no`.'),
  's3-prefix': str(
    'Prefix used when artifacts go to Amazon S3 with the `BUILD_ID` namespace: the path becomes `<s3-prefix>/<build-id>/<name>.zip`.',
  ),
});

const artifacts02 = obj(
  'Where CodeBuild finds the build output and how it prepares it for upload. Not needed when the build only pushes an image or runs tests.',
  {
    ...artifactFields(false),
    'secondary-artifacts': map(
      "Secondary artifacts, as `artifactIdentifier: { files, name, ... }`. Each identifier must match one of the project's secondary artifacts. `files` of the primary artifact is still required.",
      'artifact identifier',
      obj('One secondary artifact, with the same keys as `artifacts`.', artifactFields(true)),
    ),
    type: {
      spec: str('Version 0.1 only: the artifact packaging type. Deprecated in 0.2: the project settings decide it.'),
      deprecated: 'The `type` key of `artifacts` is deprecated in buildspec version 0.2 and is ignored.',
    },
  },
);

const versionSpec: ScalarSpec = {
  kind: 'scalar',
  type: 'version',
  doc: 'Required. The buildspec version: `0.2` (recommended) or the legacy `0.1`, in which every command runs in its own shell so `cd` and variables do not carry over to the next command.',
  enum: ['0.2', '0.1'],
};

const envVariables = map(
  'Custom environment variables in plain text, as `NAME: value`. A value replaces any variable of the same name in the image, literally (`$PATH:/x` is not expanded). Do not use names starting with `CODEBUILD_`: that prefix is reserved. Project and StartBuild variables take precedence over these. For secrets use `parameter-store` or `secrets-manager`.',
  'variable',
  str(
    'Plain-text value of this variable. Write it as a string; quote values containing `{`, `[`, `: ` or ` #` so YAML does not read them as something else.',
  ),
);

const env02 = obj('Custom environment variables and shell settings for the build.', {
  shell: str('The shell that runs the commands. Linux: `bash` or `/bin/sh`; Windows: `powershell.exe` or `cmd.exe`.', {
    enum: SHELLS,
    enumDocs: {
      bash: 'Bash (Linux).',
      '/bin/sh': 'POSIX shell (Linux).',
      'powershell.exe': 'PowerShell (Windows).',
      'cmd.exe': 'Command prompt (Windows).',
    },
  }),
  variables: envVariables,
  'parameter-store': map(
    'Variables read from Systems Manager Parameter Store, as `NAME: parameter-name`. The service role needs `ssm:GetParameters`; the values are masked in logs.',
    'variable',
    str('Name of the Systems Manager parameter (for example `/CodeBuild/dockerLoginPassword`).'),
  ),
  'secrets-manager': map(
    'Variables read from Secrets Manager, as `NAME: secret-id:json-key:version-stage:version-id`. Only `secret-id` (a name, or an ARN for another account) is required; without `json-key` the whole secret is used; give `version-stage` or `version-id`, not both (default stage `AWSCURRENT`).',
    'variable',
    str('`secret-id:json-key:version-stage:version-id`; only the secret id is required.'),
  ),
  'exported-variables': list(
    'Names of variables to export to CodePipeline (read later as `#{Namespace.NAME}`). Their values may change from the start of `install` to the end of `post_build`. Names starting with `AWS_` and project-level secrets cannot be exported.',
    str('Name of a variable available in the build.'),
  ),
  'git-credential-helper': yesNo(
    '`yes` makes CodeBuild provide Git credentials through its credential helper. Not supported for webhook builds of public repositories.',
  ),
});

const matrixEnvValues = (doc: string) => list(doc, str('One value.'));

const batch02 = obj(
  'Batch build settings. Use one of `build-list`, `build-graph`, `build-matrix` or `build-fanout`; every task runs with this buildspec unless it names another one.',
  {
    'fast-fail': bool(
      '`true` stops the running builds of the batch as soon as one task fails; `false` (default) lets them finish.',
    ),
    'build-list': list('Tasks that run in parallel.', batchTask(false), 'error'),
    'build-graph': list(
      'Tasks with dependencies: a task starts when the tasks in its `depend-on` have completed.',
      batchTask(true),
      'error',
    ),
    'build-matrix': obj('A matrix: one build for every combination of the `dynamic` values.', {
      static: obj('Settings that apply to every build of the matrix.', {
        'ignore-failure': bool('`true` lets the batch succeed even if a build of the matrix fails. Default `false`.'),
        env: obj('Build environment overrides for every build of the matrix.', {
          'compute-type': str('Compute type for every build of the matrix.'),
          fleet: str('Reserved-capacity fleet for every build of the matrix.'),
          image: str('Image for every build of the matrix.'),
          'privileged-mode': bool('Run the Docker daemon inside the build container. Default `false`.'),
          type: str('Environment type for every build of the matrix.'),
          variables: map('Environment variables for every build of the matrix.', 'variable', str('Plain-text value.')),
        }),
      }),
      dynamic: obj('The dimensions of the matrix: each list multiplies the number of builds.', {
        buildspec: matrixEnvValues('Buildspec files to try, one build each.'),
        env: obj('Environment dimensions of the matrix.', {
          'compute-type': matrixEnvValues('Compute types to try, one build each.'),
          image: matrixEnvValues('Images to try, one build each.'),
          variables: map(
            'Variables to vary, as `NAME: [value, value, ...]`.',
            'variable',
            matrixEnvValues('Values of this variable, one build each.'),
          ),
        }),
      }),
    }),
    'build-fanout': obj(
      'A fanout: one task split into several builds that run tests in parallel (with `codebuild-tests-run`).',
      {
        parallelism: {
          spec: {
            kind: 'scalar',
            type: 'integer',
            doc: 'Required. Number of builds that run the tests in parallel.',
            minimum: 1,
          },
          required: true,
        },
        'ignore-failure': bool('`true` lets the batch succeed even if a fanout build fails. Default `false`.'),
      },
    ),
  },
);

const phases02 = obj(
  'The commands CodeBuild runs, by phase. Phases always run in the order install, pre_build, build, post_build, whatever order they are written in.',
  {
    install: phase(
      'install',
      'Commands that run first, meant for installing packages and tools. `runtime-versions` is only allowed here.',
      'during installation',
    ),
    pre_build: phase(
      'pre_build',
      'Commands that run before the build, for example signing in to Amazon ECR or installing dependencies.',
      'before the build',
    ),
    build: phase(
      'build',
      'Commands that run the build itself, for example compiling or running tests.',
      'during the build',
    ),
    post_build: phase(
      'post_build',
      'Commands that run after the build, even when it failed (check `CODEBUILD_BUILD_SUCCEEDING`, `1` or `0`), for example packaging or pushing an image.',
      'after the build',
    ),
  },
);

const reports02 = map(
  'Test and code coverage reports, as `report-group: { files, ... }`. The key is the ARN of an existing report group or a name: CodeBuild creates `<project>-<name>`. At most 5 report groups per project.',
  'report group',
  obj('One report group: where the report files are and their format.', {
    files: {
      spec: list(
        'Required. The report files, relative to the source directory or `base-directory`.',
        fileLocation('report files'),
      ),
      required: true,
    },
    'base-directory': str('Directory, relative to the source directory, where CodeBuild looks for the report files.'),
    'discard-paths': yesNo(
      '`yes` places all report files in one directory (paths flattened); `no` (default) keeps them.',
    ),
    'file-format': str(
      'Format of the report files; not case sensitive; default `JUNITXML`. Test reports: `JUNITXML`, `CUCUMBERJSON`, `NUNITXML`, `NUNIT3XML`, `TESTNGXML`, `VISUALSTUDIOTRX`. Code coverage: `CLOVERXML`, `COBERTURAXML`, `JACOCOXML`, `SIMPLECOV`.',
      {
        enum: REPORT_FORMATS,
        caseInsensitive: true,
        enumDocs: {
          JUNITXML: 'JUnit XML test report (default).',
          CUCUMBERJSON: 'Cucumber JSON test report.',
          NUNITXML: 'NUnit XML test report.',
          NUNIT3XML: 'NUnit 3 XML test report.',
          TESTNGXML: 'TestNG XML test report.',
          VISUALSTUDIOTRX: 'Visual Studio TRX test report.',
          CLOVERXML: 'Clover XML code coverage report.',
          COBERTURAXML: 'Cobertura XML code coverage report.',
          JACOCOXML: 'JaCoCo XML code coverage report.',
          SIMPLECOV: 'SimpleCov JSON code coverage report (from simplecov, not simplecov-json).',
        },
      },
    ),
  }),
  5,
);

const cache02 = obj('Files CodeBuild saves to and restores from the project cache (S3 or local).', {
  paths: {
    spec: list(
      'Required. The locations to cache, for example `node_modules/**/*` or `/root/.m2/**/*`.',
      fileLocation('files to cache'),
    ),
    required: true,
  },
  key: str(
    'Primary cache key, matched exactly. May use `$(codebuild-hash-files <file>)`, for example `npm-$(codebuild-hash-files package-lock.json)`.',
  ),
  'fallback-keys': list(
    'Up to 5 keys tried in order, each as a prefix, when `key` finds no cache. Ignored without `key`.',
    str('A cache key prefix.'),
    'warning',
    5,
  ),
  action: str('`restore` only restores the cache, `save` only saves it; without `action` CodeBuild does both.', {
    enum: ['restore', 'save'],
    enumDocs: { restore: 'Only restore the cache, never save it.', save: 'Only save the cache, never restore it.' },
  }),
});

/** Buildspec version 0.2: every key CodeBuild documents. */
export const BUILDSPEC_02: ObjectSpec = obj('A CodeBuild buildspec, version 0.2.', {
  version: { spec: versionSpec, required: true },
  'run-as': runAs('every command of this buildspec'),
  env: env02,
  proxy: obj('Settings for builds that run behind an explicit proxy server.', {
    'upload-artifacts': yesNo('`yes` lets a build behind an explicit proxy upload artifacts. Default `no`.'),
    logs: yesNo('`yes` lets a build behind an explicit proxy create CloudWatch logs. Default `no`.'),
  }),
  batch: batch02,
  phases: phases02,
  reports: reports02,
  artifacts: artifacts02,
  cache: cache02,
});

const phase01 = (name: PhaseName, doc: string, words: string): ObjectSpec =>
  obj(doc, { commands: { spec: commands(words), required: name !== 'install' } });

/** Buildspec version 0.1, the legacy format: `environment_variables`/`plaintext`, phases with commands only. */
export const BUILDSPEC_01: ObjectSpec = obj('A CodeBuild buildspec, legacy version 0.1.', {
  version: { spec: versionSpec, required: true },
  environment_variables: obj('Version 0.1 name of `env`.', {
    plaintext: map(
      'Version 0.1 name of `env/variables`: custom environment variables in plain text, as `NAME: value`.',
      'variable',
      str('Plain-text value of this variable.'),
    ),
  }),
  phases: obj('The commands CodeBuild runs, by phase. In version 0.1 every command runs in its own shell.', {
    install: phase01('install', 'Commands that run first, meant for installing packages.', 'during installation'),
    pre_build: phase01('pre_build', 'Commands that run before the build.', 'before the build'),
    build: phase01('build', 'Commands that run the build itself.', 'during the build'),
    post_build: phase01('post_build', 'Commands that run after the build.', 'after the build'),
  }),
  artifacts: obj('Where CodeBuild finds the build output.', {
    files: {
      spec: list('Required. The files of the build output artifact.', fileLocation('build output')),
      required: true,
    },
    'discard-paths': yesNo('`yes` flattens the directories of the artifact; `no` (default) keeps them.'),
    'base-directory': str('Top-level directory, relative to the source directory, that `files` are taken from.'),
    type: str('The artifact packaging type (deprecated in version 0.2).'),
  }),
});

export function buildspecSpec(version: BuildspecVersion): ObjectSpec {
  return version === '0.1' ? BUILDSPEC_01 : BUILDSPEC_02;
}

/** Keys renamed between versions: written in the other version, they get a pointed message. */
export const RENAMED_KEYS: Readonly<Record<string, { to: string; version: BuildspecVersion }>> = {
  environment_variables: { to: 'env', version: '0.2' },
  plaintext: { to: 'variables', version: '0.2' },
};

/** The spec at a path of keys (dynamic names step through maps), for hover docs. */
export function specAt(path: readonly string[], version: BuildspecVersion = '0.2'): SpecNode | undefined {
  let node: SpecNode | undefined = buildspecSpec(version);
  for (const key of path) {
    if (!node) return undefined;
    if (node.kind === 'object') node = node.fields[key]?.spec;
    else if (node.kind === 'map') node = node.values;
    else if (node.kind === 'list') node = node.items;
    else return undefined;
  }
  return node;
}

/** Documentation (Markdown) of the key at a path, e.g. `['phases', 'build', 'on-failure']`. */
export function buildspecKeyDoc(path: readonly string[], version: BuildspecVersion = '0.2'): string | undefined {
  return specAt(path, version)?.doc;
}
