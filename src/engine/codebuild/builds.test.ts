import { describe, expect, it } from 'vitest';
import { SimDriver } from '../testing/driver';
import {
  buildLog,
  buildspec,
  getBuild,
  phaseSummary,
  runBuild,
  testWorld,
  type TestWorld,
  type WireBuild,
} from './test-world';

const PACKAGE = JSON.stringify({ name: 'app', version: '1.0.0', scripts: { test: 'node --test' } });
const sim = (world: Partial<TestWorld> & { spec?: string }) =>
  SimDriver.from(
    testWorld({
      ...world,
      files: {
        'package.json': PACKAGE,
        ...(world.spec !== undefined && { 'buildspec.yml': world.spec }),
        ...world.files,
      },
    }),
  );

const ALL_PHASES = [
  'SUBMITTED:SUCCEEDED',
  'QUEUED:SUCCEEDED',
  'PROVISIONING:SUCCEEDED',
  'DOWNLOAD_SOURCE:SUCCEEDED',
  'INSTALL:SUCCEEDED',
  'PRE_BUILD:SUCCEEDED',
  'BUILD:SUCCEEDED',
  'POST_BUILD:SUCCEEDED',
  'UPLOAD_ARTIFACTS:SUCCEEDED',
  'FINALIZING:SUCCEEDED',
  'COMPLETED',
];

const contextOf = (build: WireBuild, phase: string) => build.phases.find((p) => p.phaseType === phase)?.contexts?.[0];

describe('a build, phase by phase', () => {
  it('runs SUBMITTED through COMPLETED in order and succeeds', () => {
    const driver = sim({
      spec: buildspec({
        install: ['echo installing'],
        pre_build: ['echo pre'],
        build: ['echo building'],
        post_build: ['echo done'],
      }),
    });
    const { build, log } = runBuild(driver);
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(build.buildNumber).toBe(1);
    expect(build.id).toMatch(/^app-build:[0-9a-f-]{36}$/);
    expect(phaseSummary(build)).toEqual(ALL_PHASES);
    expect(log).toMatch(/^\[Container\] 2026\/01\/05 09:00:\d\d\.\d{3} Running on CodeBuild On-demand\n/);
    expect(log).toMatch(/\[Container\] \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{3} Entering phase BUILD\n/);
    expect(log).toContain('Running command echo building\nbuilding\n');
    expect(log).toContain('Phase complete: BUILD State: SUCCEEDED\n');
    expect(log).toContain('Phase context status code:  Message: \n');
    expect(build.logs.groupName).toBe('/aws/codebuild/app-build');
    expect(build.logs.streamName).toBe(build.id.split(':')[1]);
  });

  it('announces each phase and the build state on the event bus, at the virtual times they happen', () => {
    const driver = sim({ spec: buildspec({ build: ['sleep 30'] }) });
    runBuild(driver);
    const events = driver.log.filter((e) => e.source === 'aws.codebuild');
    expect(events[0]).toMatchObject({
      'detail-type': 'CodeBuild Build State Change',
      detail: {
        'build-status': 'IN_PROGRESS',
        'current-phase': 'SUBMITTED',
        'project-name': 'app-build',
        version: '1',
      },
    });
    const phases = events.filter((e) => e['detail-type'] === 'CodeBuild Build Phase Change');
    // Up to 9 phase events: every phase from SUBMITTED to FINALIZING except QUEUED.
    expect(phases.map((e) => e.detail['completed-phase'])).toEqual(
      ALL_PHASES.slice(0, -1)
        .map((p) => p.split(':')[0])
        .filter((p) => p !== 'QUEUED'),
    );
    const buildPhase = phases.find((e) => e.detail['completed-phase'] === 'BUILD');
    expect(buildPhase?.detail['completed-phase-duration-seconds']).toBeGreaterThanOrEqual(30);
    expect(buildPhase?.detail['completed-phase-start']).toMatch(/^Jan 5, 2026 9:00:\d\d AM$/);
    const info = buildPhase?.detail['additional-information'] as Record<string, unknown>;
    expect(info).toMatchObject({
      initiator: 'cicdlab-user',
      'timeout-in-minutes': 60,
      'build-complete': false,
      logs: { 'group-name': '/aws/codebuild/app-build' },
    });
    expect(events.at(-1)).toMatchObject({ detail: { 'build-status': 'SUCCEEDED', 'current-phase': 'COMPLETED' } });
  });

  it('skips the rest of a failing phase, still runs POST_BUILD (not succeeding) and attempts UPLOAD_ARTIFACTS', () => {
    const driver = sim({
      spec: buildspec(
        { build: ['echo before', 'false', 'echo never'], post_build: ['echo succeeding=$CODEBUILD_BUILD_SUCCEEDING'] },
        'artifacts:\n  files:\n    - package.json\n',
      ),
      project: { artifacts: { type: 'S3', location: 'app-artifacts', packaging: 'ZIP', name: 'app.zip' } },
    });
    const { build, log } = runBuild(driver);
    expect(build.buildStatus).toBe('FAILED');
    expect(phaseSummary(build)).toEqual([
      ...ALL_PHASES.slice(0, 6),
      'BUILD:FAILED',
      'POST_BUILD:SUCCEEDED',
      'UPLOAD_ARTIFACTS:SUCCEEDED',
      'FINALIZING:SUCCEEDED',
      'COMPLETED',
    ]);
    expect(contextOf(build, 'BUILD')).toEqual({
      statusCode: 'COMMAND_EXECUTION_ERROR',
      message: 'Error while executing command: false. Reason: exit status 1',
    });
    expect(log).toContain('Command did not exit successfully false exit status 1\n');
    expect(log).toContain(
      'Phase context status code: COMMAND_EXECUTION_ERROR Message: Error while executing command: false. Reason: exit status 1\n',
    );
    expect(log).not.toContain('never');
    expect(log).toContain('succeeding=0\n');
    // UPLOAD_ARTIFACTS ran even though BUILD failed: the artifact is in the bucket.
    expect(build.artifacts.location).toBe('arn:aws:s3:::app-artifacts/app.zip');
    expect(Object.keys(driver.sim.world.account.s3.buckets['app-artifacts']?.objects ?? {})).toEqual(['app.zip']);
  });

  it('goes straight to FINALIZING when INSTALL fails', () => {
    const { build } = runBuild(sim({ spec: buildspec({ install: ['exit 3'], build: ['echo never'] }) }));
    expect(phaseSummary(build)).toEqual([
      ...ALL_PHASES.slice(0, 4),
      'INSTALL:FAILED',
      'FINALIZING:SUCCEEDED',
      'COMPLETED',
    ]);
    expect(contextOf(build, 'INSTALL')?.message).toBe('Error while executing command: exit 3. Reason: exit status 3');
  });

  it('runs `finally` after a failed command, and fails the phase when `finally` fails', () => {
    const spec = `version: 0.2\nphases:\n  build:\n    commands:\n      - false\n      - echo skipped\n    finally:\n      - echo cleaning up\n  post_build:\n    commands:\n      - echo post\n    finally:\n      - exit 4\n`;
    const { build, log } = runBuild(sim({ spec }));
    expect(log).toContain('Running command echo cleaning up\ncleaning up\n');
    expect(log).not.toContain('skipped');
    expect(contextOf(build, 'BUILD')?.message).toContain('Error while executing command: false.');
    expect(contextOf(build, 'POST_BUILD')?.message).toBe(
      'Error while executing command: exit 4. Reason: exit status 4',
    );
  });

  it('follows on-failure: CONTINUE goes on, ABORT stops, RETRY runs the phase again', () => {
    const cont = runBuild(
      sim({
        spec: `version: 0.2\nphases:\n  install:\n    on-failure: CONTINUE\n    commands:\n      - false\n  build:\n    commands:\n      - echo built\n`,
      }),
    );
    expect(phaseSummary(cont.build)).toContain('BUILD:SUCCEEDED');
    expect(cont.build.buildStatus).toBe('FAILED');

    const abort = runBuild(
      sim({
        spec: `version: 0.2\nphases:\n  build:\n    on-failure: ABORT\n    commands:\n      - false\n  post_build:\n    commands:\n      - echo post\n`,
      }),
    );
    expect(phaseSummary(abort.build)).toEqual([
      ...ALL_PHASES.slice(0, 6),
      'BUILD:FAILED',
      'FINALIZING:SUCCEEDED',
      'COMPLETED',
    ]);

    const flaky = 'test -f .attempted; status=$?; touch .attempted; exit $status';
    const retry = runBuild(
      sim({ spec: `version: 0.2\nphases:\n  build:\n    on-failure: RETRY-2\n    commands:\n      - ${flaky}\n` }),
    );
    expect(retry.build.buildStatus).toBe('SUCCEEDED');
    expect(retry.log).toContain('retrying the phase (attempt 2 of 3)');

    const unmatched = runBuild(
      sim({
        spec: `version: 0.2\nphases:\n  build:\n    on-failure: RETRY-2-timeout\n    commands:\n      - ${flaky}\n`,
      }),
    );
    expect(unmatched.build.buildStatus).toBe('FAILED');
  });

  it('times out at timeoutInMinutes, cutting the running phase short', () => {
    const driver = sim({
      spec: buildspec({ build: ['echo start', 'sleep 900', 'echo after'] }),
      project: { timeoutInMinutes: 5 },
    });
    const { build, log } = runBuild(driver);
    expect(build.buildStatus).toBe('TIMED_OUT');
    expect(phaseSummary(build).slice(-3)).toEqual(['BUILD:TIMED_OUT', 'FINALIZING:SUCCEEDED', 'COMPLETED']);
    expect(contextOf(build, 'BUILD')).toEqual({ statusCode: 'BUILD_TIMED_OUT', message: 'Build has timed out. ' });
    expect(log).toContain('Running command sleep 900\n');
    expect(log).not.toContain('after');
    const provisioning = driver.log.find((e) => e.detail['completed-phase'] === 'PROVISIONING');
    const end = driver.log.find((e) => e.detail['build-status'] === 'TIMED_OUT');
    expect(Date.parse(end?.time ?? '') - Date.parse(provisioning?.time ?? '')).toBeGreaterThanOrEqual(
      5 * 60_000 - 60_000,
    );
  });

  it('stops mid-phase with StopBuild', () => {
    const driver = sim({ spec: buildspec({ build: ['sleep 600', 'echo after'] }) });
    const { build: started } = driver.ok<{ build: WireBuild }>('codebuild', 'StartBuild', { projectName: 'app-build' });
    driver.advance('2m');
    const stopped = driver.ok<{ build: WireBuild }>('codebuild', 'StopBuild', { id: started.id }).build;
    expect(stopped.buildStatus).toBe('STOPPED');
    driver.advance('1m');
    const build = getBuild(driver, started.id);
    expect(build.buildComplete).toBe(true);
    expect(phaseSummary(build).slice(-3)).toEqual(['BUILD:STOPPED', 'FINALIZING:SUCCEEDED', 'COMPLETED']);
    expect(buildLog(driver, build)).not.toContain('after');
    expect(driver.log.at(-1)).toMatchObject({ detail: { 'build-status': 'STOPPED' } });
  });

  it('fails DOWNLOAD_SOURCE with YAML_FILE_ERROR for a broken or missing buildspec', () => {
    const broken = runBuild(
      sim({ spec: 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo a\n     - echo b\n' }),
    );
    expect(phaseSummary(broken.build)).toEqual([
      ...ALL_PHASES.slice(0, 3),
      'DOWNLOAD_SOURCE:FAILED',
      'FINALIZING:SUCCEEDED',
      'COMPLETED',
    ]);
    expect(contextOf(broken.build, 'DOWNLOAD_SOURCE')?.statusCode).toBe('YAML_FILE_ERROR');
    expect(broken.log).toContain('Phase context status code: YAML_FILE_ERROR Message: ');

    const missing = runBuild(sim({}));
    expect(contextOf(missing.build, 'DOWNLOAD_SOURCE')?.message).toMatch(
      /^stat \/codebuild\/output\/src\d+\/src\/buildspec\.yml: no such file or directory$/,
    );
    expect(missing.log).toMatch(
      /YAML_FILE_ERROR Message: stat \/codebuild\/output\/src\d+\/src\/buildspec\.yml: no such file or directory\n/,
    );
  });

  it('fails DOWNLOAD_SOURCE when a parameter or secret does not exist', () => {
    const parameter = runBuild(
      sim({
        spec: `version: 0.2\nenv:\n  parameter-store:\n    DB: /app/db-url\nphases:\n  build:\n    commands:\n      - echo $DB\n`,
      }),
    );
    expect(contextOf(parameter.build, 'DOWNLOAD_SOURCE')).toEqual({
      statusCode: 'Decrypted Variables Error',
      message: 'parameter does not exist: /app/db-url',
    });
    expect(parameter.log).toContain(
      'Phase context status code: Decrypted Variables Error Message: parameter does not exist: /app/db-url\n',
    );

    const secret = runBuild(
      sim({
        spec: `version: 0.2\nenv:\n  secrets-manager:\n    TOKEN: app/token:value\nphases:\n  build:\n    commands:\n      - echo $TOKEN\n`,
      }),
    );
    expect(contextOf(secret.build, 'DOWNLOAD_SOURCE')).toEqual({
      statusCode: 'Secrets Manager Error',
      message: "ResourceNotFoundException: Secrets Manager can't find the specified secret.",
    });
  });

  it('masks parameter-store and secrets-manager values as *** wherever they are printed', () => {
    const spec = `version: 0.2\nenv:\n  parameter-store:\n    DB: /app/db-password\n  secrets-manager:\n    KEY: app/api:key\nphases:\n  build:\n    commands:\n      - echo "db=$DB key=$KEY"\n      - printenv KEY\n`;
    const { build, log } = runBuild(
      sim({
        spec,
        parameters: [{ name: '/app/db-password', type: 'SecureString', value: 'hunter2' }],
        secrets: [{ name: 'app/api', secretString: '{"key":"s3cr3t-k3y"}' }],
      }),
    );
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(log).toContain('db=*** key=***\n');
    expect(log).not.toContain('hunter2');
    expect(log).not.toContain('s3cr3t-k3y');
  });

  it('keeps exports and cd between commands in version 0.2 but not in 0.1', () => {
    const commands = ['export GREETING=hello', 'mkdir -p sub && cd sub', 'echo "$GREETING from $(pwd)"'];
    const v2 = runBuild(sim({ spec: buildspec({ build: commands }) }));
    expect(v2.log).toMatch(/hello from \/codebuild\/output\/src\d+\/src\/sub\n/);
    const v1 = runBuild(sim({ spec: buildspec({ build: commands }).replace('version: 0.2', 'version: 0.1') }));
    expect(v1.log).toMatch(/\n from \/codebuild\/output\/src\d+\/src\n/);
  });

  it('lets StartBuild overrides beat project settings, which beat the buildspec', () => {
    const spec = `version: 0.2\nenv:\n  variables:\n    A: buildspec\n    B: buildspec\n    C: buildspec\nphases:\n  build:\n    commands:\n      - echo "$A $B $C"\n`;
    const driver = sim({
      spec,
      project: {
        environment: {
          environmentVariables: [
            { name: 'B', value: 'project' },
            { name: 'C', value: 'project' },
          ],
        },
      },
    });
    const { build, log } = runBuild(driver, {
      environmentVariablesOverride: [{ name: 'C', value: 'override', type: 'PLAINTEXT' }],
    });
    expect(log).toContain('buildspec project override\n');
    expect(build.environment.environmentVariables).toEqual([
      { name: 'B', value: 'project', type: 'PLAINTEXT' },
      { name: 'C', value: 'override', type: 'PLAINTEXT' },
    ]);
  });

  it('sets the built-in variables', () => {
    const spec = buildspec({
      build: [
        'echo "$CODEBUILD_BUILD_ID|$CODEBUILD_BUILD_NUMBER|$CODEBUILD_RESOLVED_SOURCE_VERSION|$CODEBUILD_INITIATOR|$HOME|$AWS_REGION|$CODEBUILD_SRC_DIR"',
      ],
    });
    const { build, log } = runBuild(sim({ spec }));
    const [id, number, commit, initiator, home, region, src] = (
      log.split('\n').find((l) => l.startsWith('app-build:')) ?? ''
    ).split('|');
    expect([id, number, commit, initiator, home, region]).toEqual([
      build.id,
      '1',
      build.resolvedSourceVersion,
      'cicdlab-user',
      '/root',
      'us-east-1',
    ]);
    expect(src).toMatch(/^\/codebuild\/output\/src\d+\/src$/);
    expect(build.resolvedSourceVersion).toMatch(/^[0-9a-f]{40}$/);
  });

  it('selects runtime versions the image has and fails INSTALL for one it does not', () => {
    const ok = runBuild(
      sim({
        spec: `version: 0.2\nphases:\n  install:\n    runtime-versions:\n      nodejs: 22\n      python: 3.x\n  build:\n    commands:\n      - node --version\n      - python --version\n`,
      }),
    );
    expect(ok.log).toContain("Selecting 'nodejs' runtime version '22' based on manual selections...");
    expect(ok.log).toContain('v22.12.0\n');
    expect(ok.log).toContain('Python 3.14.0\n');
    const old = runBuild(sim({ spec: `version: 0.2\nphases:\n  install:\n    runtime-versions:\n      nodejs: 14\n` }));
    expect(contextOf(old.build, 'INSTALL')).toEqual({
      statusCode: 'YAML_FILE_ERROR',
      message:
        "Unknown runtime version named '14' of nodejs. This build image has the following versions: 18, 20, 22, 24",
    });
  });

  it('needs privileged mode for docker, and AWS CLI v2 has no `ecr get-login`', () => {
    const files = { Dockerfile: 'FROM node:20\nCOPY . /app\nRUN npm install\n' };
    const spec = buildspec({ build: ['docker build -t app:latest .'] });
    const plain = runBuild(sim({ spec, files }));
    expect(plain.log).toContain(
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    );
    expect(plain.build.buildStatus).toBe('FAILED');
    const privileged = runBuild(sim({ spec, files, project: { environment: { privilegedMode: true } } }));
    expect(privileged.build.buildStatus).toBe('SUCCEEDED');
    expect(privileged.log).toContain('naming to docker.io/library/app:latest done');
    const legacy = runBuild(
      sim({ spec: buildspec({ pre_build: ['$(aws ecr get-login --no-include-email --region us-east-1)'] }) }),
    );
    expect(legacy.log).toContain('aws: error: argument operation: Invalid choice, valid choices are:');
    expect(contextOf(legacy.build, 'PRE_BUILD')?.message).toMatch(/Reason: exit status 252$/);
  });

  it('queues builds beyond the account limit and times them out in the queue', () => {
    const driver = sim({
      spec: buildspec({ build: ['sleep 1200'] }),
      accountConcurrentBuildLimit: 1,
      project: { queuedTimeoutInMinutes: 5 },
    });
    const first = driver.ok<{ build: WireBuild }>('codebuild', 'StartBuild', { projectName: 'app-build' }).build;
    const second = driver.ok<{ build: WireBuild }>('codebuild', 'StartBuild', {
      projectName: 'app-build',
      queuedTimeoutInMinutesOverride: 60,
    }).build;
    const third = driver.ok<{ build: WireBuild }>('codebuild', 'StartBuild', { projectName: 'app-build' }).build;
    driver.advance('2m');
    expect(getBuild(driver, second.id).currentPhase).toBe('QUEUED');
    driver.advance('10m');
    expect(getBuild(driver, third.id)).toMatchObject({ buildStatus: 'TIMED_OUT', buildComplete: true });
    driver.advance('30m');
    expect(getBuild(driver, first.id).buildStatus).toBe('SUCCEEDED');
    expect(getBuild(driver, second.id).buildStatus).toBe('SUCCEEDED');
  });

  it('fails the phase a fault names (the fault-injection hook)', () => {
    const driver = sim({
      spec: buildspec({ build: ['echo fine'] }),
      faults: [{ kind: 'fail-phase', project: 'app-build', phase: 'BUILD', remaining: 1 }],
    });
    const first = runBuild(driver);
    expect(contextOf(first.build, 'BUILD')).toEqual({
      statusCode: 'COMMAND_EXECUTION_ERROR',
      message: 'Simulated fault injected into BUILD',
    });
    expect(first.log).toContain('cicdlab: injected fault: Simulated fault injected into BUILD');
    const second = runBuild(driver);
    expect(second.build.buildStatus).toBe('SUCCEEDED');
  });

  it('gives the same log and events for the same scenario', () => {
    const world = {
      spec: buildspec({ install: ['npm install'], build: ['npm test', 'echo $(date +%s)'] }),
      files: { 'test/app.test.js': "test('works', () => {});" },
    };
    const a = sim(world);
    const b = sim(world);
    expect(runBuild(a).log).toBe(runBuild(b).log);
    expect(a.logText()).toBe(b.logText());
  });
});
