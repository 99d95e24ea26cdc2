/**
 * The simulated tools' rules in plain words: what each command does, what makes it fail and how
 * long it takes in virtual time. The CodeBuild console's "How builds are simulated" page and
 * docs/codebuild-simulation.md both show this table (a test keeps the doc in step with it).
 * Text in `backticks` is code.
 */
export interface SimulatedToolRule {
  commands: string[];
  does: string;
  failsWhen: string;
  duration: string;
}

export const SIMULATED_TOOL_RULES: readonly SimulatedToolRule[] = [
  {
    commands: ['npm ci', 'npm install', 'yarn', 'pnpm install'],
    does: 'Install the dependencies into `node_modules/` (one `package.json` per direct dependency) and report direct × 11 + (0–36) packages.',
    failsWhen:
      "No `package.json` (npm's `ENOENT` error, exit 254); `npm ci` without `package-lock.json` or `npm-shrinkwrap.json` (`EUSAGE`, exit 1).",
    duration: '2–4 s + 0.2–0.3 s per package; a third of that when the cache restored `node_modules` or `~/.npm`',
  },
  {
    commands: ['npm test', 'npm run <s>', 'yarn <s>', 'pnpm <s>'],
    does: 'Run the `package.json` script through the shell, as `sh -c` would (so `jest`, `tsc`, `node --test` there are the simulated tools).',
    failsWhen: "The script is missing (npm's `Missing script` error), or the script's commands fail.",
    duration: "the script's",
  },
  {
    commands: ['jest', 'mocha', 'vitest', 'node --test'],
    does: "Run the test files (see the test rules) and print the runner's own report.",
    failsWhen: 'A test case fails; jest and vitest also exit 1 when there are no test files.',
    duration: '0.8–1.8 s + 0.2–0.7 s per file + 1–40 ms per test',
  },
  {
    commands: ['tsc', 'vite', 'webpack', 'react-scripts build', 'next', 'ng', 'rollup', 'esbuild', 'parcel'],
    does: 'Write their usual output (`tsc`: a `.js` per source into `outDir`; bundlers: `dist/` or `build/`).',
    failsWhen: 'A TypeScript source contains `cicdlab: fail` (`tsc` reports `TS2322`).',
    duration: '1.5–8 s plus per source',
  },
  {
    commands: ['pip install'],
    does: 'Install the requirements.',
    failsWhen:
      "`-r file` does not exist (pip's `Could not open requirements file` error, exit 1); `.`/`-e .` without `setup.py` or `pyproject.toml`.",
    duration: '1–2.5 s + 0.5–1 s per package; a third with a restored `~/.cache/pip`',
  },
  {
    commands: ['pytest', 'python -m pytest', 'python -m unittest'],
    does: 'Run `test_*.py` / `*_test.py` (see the test rules); `--junitxml=` writes JUnit XML.',
    failsWhen: 'A test case fails; no tests: pytest exits 5.',
    duration: '0.5–1.2 s + tests',
  },
  {
    commands: ['python x.py', 'node x.js'],
    does: 'Check that the file exists; it is not executed.',
    failsWhen: 'The file is missing (the real error), or it contains `cicdlab: fail`.',
    duration: '0.2–2 s',
  },
  {
    commands: ['mvn', './mvnw'],
    does: 'Lifecycle goals: `compile`, `test` (JUnit tests under `src/test`, `target/surefire-reports/TEST-*.xml`; `-DskipTests` skips), `package` (`target/<artifactId>-<version>.jar` or `.war`), `install`.',
    failsWhen: "No `pom.xml` (Maven's `no POM in this directory` error); failing tests: `BUILD FAILURE`, exit 1.",
    duration: '4–9 s (a third with a restored `~/.m2`) + 2–6 s compile + tests',
  },
  {
    commands: ['gradle', './gradlew'],
    does: '`test`/`check`/`build` run the tests (`build/test-results/test/TEST-*.xml`); `build`/`assemble`/`jar` write `build/libs/<name>.jar`.',
    failsWhen: 'No `build.gradle(.kts)`; a test case fails.',
    duration: '5–12 s (a third with `~/.gradle/caches`)',
  },
  {
    commands: ['go build', 'go test'],
    does: "`build` writes the binary (`-o` or the module's last element); `test` runs `func TestX` in `*_test.go` per package (`ok`/`FAIL` lines).",
    failsWhen: 'No `go.mod` up the tree; a test case fails.',
    duration: '3–10 s / 2–5 s, less with a restored Go module cache',
  },
  {
    commands: ['dotnet restore', 'dotnet build', 'dotnet test', 'dotnet publish'],
    does: '`test` runs `[Fact]`/`[Test]` methods; `--logger trx` writes TRX to `--results-directory`. `publish -o` writes the assemblies.',
    failsWhen: 'No `.csproj`/`.sln` (MSB1003); a test case fails.',
    duration: '3–9 s (a third with `~/.nuget/packages`)',
  },
  {
    commands: ['docker ...'],
    does: '`build` prints BuildKit steps; `tag` and `push` work on the built images.',
    failsWhen:
      "The project is not in `privilegedMode` (`Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`, exit 1); `build` without the Dockerfile (BuildKit's `failed to read dockerfile` error) or the files it COPYs; `tag`/`push` of a missing image; a push to ECR without a `docker login` to it (`no basic auth credentials`).",
    duration: 'RUN 2–20 s, COPY 0.1–0.6 s, pull 3–12 s, push 3–15 s; `LOCAL_DOCKER_LAYER_CACHE`: cached steps',
  },
  {
    commands: ['aws s3 cp', 'aws s3 sync', 'aws s3 ls', 'aws s3 mb', 'aws s3 rm'],
    does: 'Work against the simulated S3; objects appear when the phase starts.',
    failsWhen:
      'A missing local path (`The user-provided path ... does not exist.`, 255), a missing bucket (`NoSuchBucket`, 1), a missing key (a 404, 1).',
    duration: '0.4–1.5 s',
  },
  {
    commands: ['aws ecr get-login-password'],
    does: 'Print a token.',
    failsWhen: "`aws ecr get-login` (AWS CLI v1 only) gives CLI v2's `Invalid choice` usage error, exit 252.",
    duration: '0.3–0.9 s',
  },
  {
    commands: ['aws cloudformation package', 'aws cloudformation deploy', 'sam build', 'sam package', 'sam deploy'],
    does: '`package` uploads to the simulated bucket and writes `--output-template-file`; deploy prints success.',
    failsWhen: 'The template is missing.',
    duration: 'package 1.5–5 s, deploy 25–105 s, sam build 8–30 s, sam deploy 30–120 s',
  },
  {
    commands: ['aws ssm get-parameter', 'aws secretsmanager get-secret-value', 'aws sts get-caller-identity'],
    does: 'Read the simulated account (`--query`, `--output text` for simple paths).',
    failsWhen: 'The parameter or secret does not exist.',
    duration: '0.3–0.9 s',
  },
  {
    commands: ['make'],
    does: 'Echo the recipe lines without running them.',
    failsWhen: 'No Makefile, or no such target.',
    duration: '0.5–3 s per recipe line',
  },
  {
    commands: ['cmake', 'dpkg-deb', 'rpmbuild', 'curl', 'wget'],
    does: 'Configure writes `CMakeCache.txt`; packages appear where the real tools put them; downloads write a simulated file (`-o`/`-O`).',
    failsWhen: 'Their input is missing.',
    duration: 'seconds',
  },
  {
    commands: ['git'],
    does: 'Inside the detached checkout: `rev-parse [--short] HEAD` is the resolved commit.',
    failsWhen: '`describe` finds no tags (exit 128).',
    duration: '–',
  },
];

/** How test tools decide each case's outcome, in the order they apply. */
export const SIMULATED_TEST_RULES: readonly string[] = [
  'a test file whose name contains `failing` fails all its cases;',
  'a case whose body contains the marker `cicdlab: fail` fails (a marker before the first case fails them all);',
  '`it.skip`, `test.skip`, `xit`, `@Disabled`, `@Ignore`, `@pytest.mark.skip`, `t.Skip(` cases are skipped;',
  'everything else passes, in 1–40 ms.',
];

/** What the shell does with a command none of the rules cover. */
export const UNKNOWN_COMMAND_RULE =
  "Any command the shell does not know succeeds, and the log says `cicdlab: simulated '<command>' (not modelled): exit status 0`.";
