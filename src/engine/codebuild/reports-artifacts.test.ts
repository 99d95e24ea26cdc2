import { base64 } from '@scure/base';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getObjectBytes } from '../s3/public';
import { SimDriver } from '../testing/driver';
import { buildspec, runBuild, testWorld, type TestWorld } from './test-world';

const PACKAGE = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  scripts: { test: 'jest' },
  devDependencies: { jest: '^29.7.0' },
});
const sim = (world: Partial<TestWorld>) => SimDriver.from(testWorld({ files: {}, ...world }));

interface WireReport {
  arn: string;
  status: string;
  name: string;
  reportGroupArn: string;
  testSummary?: { total: number; statusCounts: Record<string, number>; durationInNanoSeconds: number };
  codeCoverageSummary?: { lineCoveragePercentage: number; linesCovered: number; linesMissed: number };
}

const REPORTS = `reports:\n  unit:\n    files:\n      - junit.xml\n    base-directory: reports\n  coverage:\n    files:\n      - 'coverage/*.xml'\n    file-format: COBERTURAXML\n`;

describe('test reports', () => {
  it('show the failing test case: a test file named "failing" fails, and its case is in the report', () => {
    const driver = sim({
      files: {
        'package.json': PACKAGE,
        'package-lock.json': '{}',
        'tests/math.test.js': "test('adds', () => {});\ntest('subtracts', () => {});\n",
        'tests/failing-login.test.js': "it('logs in', () => {});\n",
        'tests/cart.test.js':
          "test('empties the cart', () => {\n  // cicdlab: fail\n});\ntest('adds an item', () => {});\nit.skip('later', () => {});\n",
        'buildspec.yml': buildspec({ install: ['npm ci'], build: ['npm test'] }, REPORTS),
      },
    });
    const { build, log } = runBuild(driver);
    expect(build.buildStatus).toBe('FAILED');
    expect(log).toMatch(/Tests:.*2 failed.*1 skipped.*3 passed.*, 6 total/);
    expect(log).toContain('\u001b[31m✕\u001b[39m logs in');
    expect(build.reportArns).toHaveLength(2);
    const { reports } = driver.ok<{ reports: WireReport[] }>('codebuild', 'BatchGetReports', {
      reportArns: build.reportArns,
    });
    const unit = reports.find((r) => r.name === 'app-build-unit') as WireReport;
    expect(unit.status).toBe('FAILED');
    expect(unit.reportGroupArn).toBe('arn:aws:codebuild:us-east-1:123456789012:report-group/app-build-unit');
    expect(unit.testSummary?.total).toBe(6);
    expect(unit.testSummary?.statusCounts).toEqual({ SUCCEEDED: 3, FAILED: 2, ERROR: 0, SKIPPED: 1, UNKNOWN: 0 });
    const failed = driver.ok<{ testCases: { name: string; status: string; message: string; prefix: string }[] }>(
      'codebuild',
      'DescribeTestCases',
      {
        reportArn: unit.arn,
        filter: { status: 'FAILED' },
      },
    ).testCases;
    expect(failed.map((c) => c.name).sort()).toEqual(['empties the cart', 'logs in']);
    expect(failed.find((c) => c.name === 'logs in')?.message).toContain('"failing"');
    const coverage = reports.find((r) => r.name === 'app-build-coverage') as WireReport;
    expect(coverage.codeCoverageSummary?.lineCoveragePercentage).toBeGreaterThan(0);
    const groups = driver.ok<{ reportGroups: string[] }>('codebuild', 'ListReportGroups', {}).reportGroups;
    expect(groups.sort()).toEqual([unit.reportGroupArn, coverage.reportGroupArn].sort());
    expect(
      driver.ok<{ reports: string[] }>('codebuild', 'ListReportsForReportGroup', {
        reportGroupArn: unit.reportGroupArn,
      }).reports,
    ).toEqual([unit.arn]);
  });

  it('reads report files the repository or a tool wrote, in their format', () => {
    const junit =
      '<testsuites><testsuite name="suite"><testcase classname="a.B" name="ok" time="0.5"/><testcase classname="a.B" name="bad" time="1"><error message="boom">trace</error></testcase></testsuite></testsuites>';
    const driver = sim({
      files: {
        'out/results.xml': junit,
        'buildspec.yml': buildspec(
          { build: ['echo reports are in out/'] },
          'reports:\n  it:\n    files:\n      - "**/*.xml"\n    base-directory: out\n',
        ),
      },
    });
    const { build } = runBuild(driver);
    const [report] = driver.ok<{ reports: WireReport[] }>('codebuild', 'BatchGetReports', {
      reportArns: build.reportArns,
    }).reports;
    expect(report?.testSummary).toEqual({
      total: 2,
      statusCounts: { SUCCEEDED: 1, FAILED: 0, ERROR: 1, SKIPPED: 0, UNKNOWN: 0 },
      durationInNanoSeconds: 1_500_000_000,
    });
    expect(report?.status).toBe('FAILED');
  });
});

describe('artifacts', () => {
  const files = {
    'src/index.js': 'console.log(1);\n',
    'src/util/helpers.js': 'exports.x = 1;\n',
    'docs/readme.md': '# docs\n',
    'src/index.test.js': 'test',
  };

  it('zips the selected files into the project bucket', () => {
    const spec = buildspec(
      { build: ['mkdir -p dist && cp -r src/* dist/', 'echo built > dist/VERSION'] },
      "artifacts:\n  files:\n    - '**/*'\n  base-directory: dist\n  exclude-paths:\n    - '**/*.test.js'\n  name: app-$CODEBUILD_BUILD_NUMBER.zip\n",
    );
    const driver = sim({
      files: { ...files, 'buildspec.yml': spec },
      project: {
        artifacts: {
          type: 'S3',
          location: 'app-artifacts',
          path: 'builds',
          namespaceType: 'BUILD_ID',
          packaging: 'ZIP',
          overrideArtifactName: true,
        },
      },
    });
    const { build, log } = runBuild(driver);
    expect(build.buildStatus).toBe('SUCCEEDED');
    const uuid = build.id.split(':')[1];
    expect(build.artifacts.location).toBe(`arn:aws:s3:::app-artifacts/builds/${uuid}/app-1.zip`);
    expect(build.artifacts.sha256sum).toMatch(/^[0-9a-f]{64}$/);
    const bytes = getObjectBytes(driver.sim.world, 'app-artifacts', `builds/${uuid}/app-1.zip`) as Uint8Array;
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual(['VERSION', 'index.js', 'util/helpers.js']);
    expect(strFromU8(entries['VERSION'] as Uint8Array)).toBe('built\n');
    expect(log).toContain('Found 3 file(s)');
  });

  it('zips a committed binary file the build left alone byte for byte', () => {
    const png = base64.decode(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    );
    const driver = sim({
      files: { 'buildspec.yml': buildspec({ build: ['ls'] }, "artifacts:\n  files:\n    - '**/*'\n") },
      project: { artifacts: { type: 'S3', location: 'app-artifacts', packaging: 'ZIP', name: 'site.zip' } },
    });
    driver.ok('codecommit', 'PutFile', {
      repositoryName: 'app',
      branchName: 'main',
      parentCommitId: driver.ok<{ branch: { commitId: string } }>('codecommit', 'GetBranch', {
        repositoryName: 'app',
        branchName: 'main',
      }).branch.commitId,
      filePath: 'logo.png',
      fileContent: base64.encode(png),
    });
    const { build } = runBuild(driver);
    expect(build.buildStatus).toBe('SUCCEEDED');
    const entries = unzipSync(getObjectBytes(driver.sim.world, 'app-artifacts', 'site.zip') as Uint8Array);
    expect(entries['logo.png']).toEqual(png);
  });

  it('flattens with discard-paths and uploads secondary artifacts', () => {
    const spec = buildspec(
      { build: ['echo ok'] },
      "artifacts:\n  files:\n    - 'src/**/*.js'\n  discard-paths: yes\n  secondary-artifacts:\n    docs:\n      files:\n        - 'docs/*'\n",
    );
    const driver = sim({
      files: { ...files, 'buildspec.yml': spec },
      project: {
        artifacts: { type: 'S3', location: 'app-artifacts', packaging: 'ZIP', name: 'main.zip' },
        secondaryArtifacts: [
          { type: 'S3', location: 'app-artifacts', packaging: 'ZIP', name: 'docs.zip', artifactIdentifier: 'docs' },
        ],
      },
    });
    const { build } = runBuild(driver);
    const main = unzipSync(getObjectBytes(driver.sim.world, 'app-artifacts', 'main.zip') as Uint8Array);
    expect(Object.keys(main).sort()).toEqual(['helpers.js', 'index.js', 'index.test.js']);
    const docs = unzipSync(getObjectBytes(driver.sim.world, 'app-artifacts', 'docs.zip') as Uint8Array);
    expect(Object.keys(docs)).toEqual(['docs/readme.md']);
    expect(build.buildStatus).toBe('SUCCEEDED');
  });

  it('fails UPLOAD_ARTIFACTS with "no matching artifact paths found" when nothing matches', () => {
    const spec = buildspec({ build: ['echo forgot to build'] }, 'artifacts:\n  files:\n    - imagedefinitions.json\n');
    const { build, log } = runBuild(
      sim({ files: { 'buildspec.yml': spec }, project: { artifacts: { type: 'S3', location: 'app-artifacts' } } }),
    );
    expect(build.phases.find((p) => p.phaseType === 'UPLOAD_ARTIFACTS')?.contexts).toEqual([
      { statusCode: 'CLIENT_ERROR', message: 'no matching artifact paths found' },
    ]);
    expect(log).toContain('Skipping invalid file path imagedefinitions.json\n');
    expect(log).toContain('Phase context status code: CLIENT_ERROR Message: no matching artifact paths found\n');
    expect(build.buildStatus).toBe('FAILED');
  });
});

describe('the build cache', () => {
  it('restores node_modules on the next build, which installs faster and says so', () => {
    const pkg = JSON.stringify({
      name: 'app',
      version: '1.0.0',
      dependencies: { express: '^4.21.0', lodash: '^4.17.21', pino: '^9.5.0' },
    });
    const spec = buildspec({ install: ['npm install'] }, "cache:\n  paths:\n    - 'node_modules/**/*'\n");
    const driver = sim({
      files: { 'package.json': pkg, 'buildspec.yml': spec },
      project: { cache: { type: 'S3', location: 'app-artifacts/cache' } },
    });
    const first = runBuild(driver);
    const second = runBuild(driver);
    const seconds = (log: string) => Number(/audited \d+ packages in ([\d.]+)s/.exec(log)?.[1]);
    expect(first.log).toContain('Cache miss');
    expect(second.log).toMatch(/Cache hit: restored \d+ file\(s\) for node_modules\/\*\*\/\*/);
    expect(seconds(second.log)).toBeLessThan(seconds(first.log) / 2);
    const install = (b: typeof first.build) => b.phases.find((p) => p.phaseType === 'INSTALL')?.durationInSeconds ?? 0;
    expect(install(second.build)).toBeLessThan(install(first.build));
  });

  it('keeps a LOCAL custom cache with the project', () => {
    const pkg = JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { react: '^18.3.1' } });
    const spec = buildspec({ install: ['npm install'] }, "cache:\n  paths:\n    - 'node_modules/**/*'\n");
    const driver = sim({
      files: { 'package.json': pkg, 'buildspec.yml': spec },
      project: { cache: { type: 'LOCAL', modes: ['LOCAL_CUSTOM_CACHE'] } },
    });
    runBuild(driver);
    expect(runBuild(driver).log).toContain('Restored local cache');
  });
});
