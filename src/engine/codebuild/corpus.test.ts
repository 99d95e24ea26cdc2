import { readdirSync, readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { putObject } from '../s3/public';
import { parseBuildspec } from '../specs';
import { SimDriver } from '../testing/driver';
import { runBuild, testWorld, type TestWorld } from './test-world';

/** shared/ sits beside the repository: `../shared/corpus` from the repository root. */
const corpus = new URL('../../../../shared/corpus/buildspec/', import.meta.url);

/** What a typical application repository holds, so tools find the files they read. */
const REPOSITORY: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'app',
    version: '1.0.0',
    scripts: { test: 'jest', build: 'tsc' },
    devDependencies: { jest: '^29.7.0', typescript: '^5.7.2' },
  }),
  'package-lock.json': '{}\n',
  'src/index.ts': 'export const answer = 42;\n',
  'tests/app.test.js': "test('works', () => {});\n",
  'requirements.txt': 'boto3==1.35.0\n',
  'pom.xml': '<project><artifactId>app</artifactId><version>1.0.0</version><packaging>war</packaging></project>\n',
  'src/test/java/com/example/AppTest.java': 'package com.example;\nclass AppTest { @Test void works() {} }\n',
  Dockerfile: 'FROM public.ecr.aws/docker/library/node:20\nCOPY . /app\nRUN npm ci\n',
  'template.yaml': 'AWSTemplateFormatVersion: 2010-09-09\nTransform: AWS::Serverless-2016-10-31\nResources: {}\n',
};

const script = (body: string) => `#!/bin/bash\nset -e\n${body}\n`;

interface Case {
  /** Files the buildspec expects in its repository (scripts it runs, inputs it reads). */
  files?: Record<string, string>;
  project?: Record<string, unknown>;
  parameters?: TestWorld['parameters'];
  secrets?: TestWorld['secrets'];
  /** SUCCEEDED, or how and why the file itself fails. */
  expect: 'SUCCEEDED' | { phase: string; message: RegExp | string; why: string };
  startBuild?: Record<string, unknown>;
  setup?: (sim: SimDriver, buildspec: string) => void;
}

const env = (variables: Record<string, string>) => ({
  environmentVariables: Object.entries(variables).map(([name, value]) => ({ name, value })),
});
const CLI_V2 = {
  why: '`aws ecr get-login` was removed in AWS CLI v2, which current images have',
  message: /^Error while executing command: \$\(aws ecr get-login.*\. Reason: exit status 252$/,
};

const CASES: Record<string, Case> = {
  'amplify-cli-base-build-graph.yml': { expect: 'SUCCEEDED' },
  'amplify-cli-e2e-linux-reports-junit-clover.yml': {
    files: {
      'shared-scripts.sh': 'function _runE2ETestsLinux {\n  echo running\n}\n',
      'packages/amplify-e2e-tests/amplify-e2e-reports/summary.json': '{}\n',
    },
    expect: 'SUCCEEDED',
  },
  'amplify-cli-e2e-windows-powershell.yml': {
    files: {
      'codebuild_specs/scripts-windows/load-e2e-cache.sh': script('echo cache loaded'),
      'codebuild_specs/scripts-windows/rename-packaged-cli.sh': script('echo renamed'),
      'codebuild_specs/scripts-windows/run-e2e-windows.sh': script(
        'mkdir -p packages/amplify-e2e-tests/amplify-e2e-reports\necho ok > packages/amplify-e2e-tests/amplify-e2e-reports/report.txt',
      ),
      'codebuild_specs/upload-reports-windows.sh': script('echo uploaded'),
    },
    project: {
      environment: {
        type: 'WINDOWS_SERVER_2019_CONTAINER',
        image: 'aws/codebuild/windows-base:2019-3.0',
        computeType: 'BUILD_GENERAL1_MEDIUM',
      },
    },
    expect: 'SUCCEEDED',
  },
  'aws-lc-artifact-name-param-expansion.yml': {
    files: {
      'tests/ci/run_x509_limbo.sh': script('mkdir -p x509-limbo-reports\necho "{}" > x509-limbo-reports/results.json'),
    },
    project: {
      environment: env({ AWS_LC_CI_TARGET: 'tests/ci/run_x509_limbo.sh', AWS_LC_CI_COMPILER_ENV: 'clang' }),
      artifacts: { type: 'S3', location: 'app-artifacts', overrideArtifactName: true, packaging: 'ZIP' },
    },
    expect: 'SUCCEEDED',
  },
  'aws-lc-omnibus-build-list-banners.yaml': { expect: 'SUCCEEDED' },
  'aws-lc-phase-run-as-nonroot.yml': {
    files: { 'tests/ci/run_postgres_integration.sh': script('echo integration tests passed') },
    project: { environment: env({ AWS_LC_CI_TARGET: 'tests/ci/run_postgres_integration.sh' }) },
    expect: 'SUCCEEDED',
  },
  'cfn-templates-dotnet-app-build.yml': {
    // `git clone` is simulated, so the repository already holds what the clone would bring.
    files: {
      'serverless-test-samples/dotnet-test-samples/apigw-lambda-ddb/src/GetProduct/GetProduct.csproj':
        '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
      'serverless-test-samples/dotnet-test-samples/apigw-lambda-ddb/tests/ApiTests.UnitTest/ApiTests.UnitTest.csproj':
        '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
      'serverless-test-samples/dotnet-test-samples/apigw-lambda-ddb/tests/ApiTests.UnitTest/ProductTests.cs':
        'public class ProductTests {\n  [Fact]\n  public void GetsProduct() {}\n  [Fact]\n  public void ListsProducts() {}\n}\n',
    },
    project: { artifacts: { type: 'S3', location: 'app-artifacts', overrideArtifactName: true } },
    expect: 'SUCCEEDED',
  },
  'cfn-templates-minimal-deploy.yml': { expect: 'SUCCEEDED' },
  'codebuild-samples-build-with-cache.yml': {
    project: { cache: { type: 'S3', location: 'app-artifacts/cache' } },
    expect: 'SUCCEEDED',
  },
  'codebuild-samples-docker-ecr-legacy-login.yml': {
    project: {
      environment: {
        privilegedMode: true,
        ...env({ AWS_ACCOUNT_ID: '123456789012', IMAGE_REPO_NAME: 'app', IMAGE_TAG: 'latest' }),
      },
    },
    expect: { phase: 'PRE_BUILD', ...CLI_V2 },
  },
  'codebuild-samples-sonarqube-parameter-store.yml': {
    parameters: [
      { name: 'SonarQubeToken', type: 'SecureString', value: 'squ_0123456789' },
      { name: 'SonarQubeEndpoint', value: 'https://sonarqube.example.com' },
    ],
    expect: 'SUCCEEDED',
  },
  'copilot-cli-pipeline-buildspec-go-template.yml': {
    // The `for` loops that run `copilot svc package` are simulated, so the repository holds their output.
    files: { 'infrastructure/api-test.stack.yml': 'Resources: {}\n' },
    expect: 'SUCCEEDED',
  },
  'ecs-agent-merge-build-git-credential-exported.yml': {
    files: { GO_VERSION: '1.22.10\n', VERSION: '1.89.0\n', 'scripts/changelog/CHANGELOG_MASTER': '1.89.0-1\n' },
    expect: {
      phase: 'BUILD',
      message: /^Error while executing command: cd src\/github\.com\/aws\/amazon-ecs-agent\. Reason: exit status 1$/,
      why: 'it expects the GitHub source layout (src/github.com/<owner>/<repo>); a CodeCommit source is checked out in src/',
    },
  },
  'ecs-agent-signing-heredoc-on-failure.yml': {
    expect: {
      phase: 'BUILD',
      message: /^Error while executing command: cp "\$CODEBUILD_SRC_DIR_AmdBuildArtifact\/\$ECS_AGENT_AMD_TAR"/,
      why: 'it signs files from secondary sources (CODEBUILD_SRC_DIR_AmdBuildArtifact) the project does not have',
    },
  },
  'ecs-bg-app-maven-phase-order.yml': { expect: 'SUCCEEDED' },
  'ecs-bg-container-exported-variables.yml': {
    // A pipeline's S3 source: CODEBUILD_SOURCE_VERSION is the object ARN the image tag is cut from.
    project: {
      source: { type: 'S3', location: 'app-artifacts/source/app-v1.zip' },
      environment: {
        privilegedMode: true,
        ...env({ REPOSITORY_URI: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app' }),
      },
      artifacts: { type: 'S3', location: 'app-artifacts', packaging: 'ZIP', name: 'image.zip' },
    },
    startBuild: { sourceVersion: 'arn:aws:s3:::app-artifacts/app-pipeline/SourceArti/app-v1.zip' },
    setup: (sim, buildspec) => {
      const files = Object.fromEntries(
        Object.entries({ ...REPOSITORY, 'buildspec.yml': buildspec }).map(([p, c]) => [p, strToU8(c)]),
      );
      putObject(sim.sim.world, 'app-artifacts', 'source/app-v1.zip', zipSync(files), sim.sim.now);
    },
    expect: 'SUCCEEDED',
  },
  'esdk-python-prod-release-secrets-build-graph.yml': {
    files: { 'src/aws_encryption_sdk/identifiers.py': '__version__ = "4.0.1"\n' },
    project: { environment: env({ COMMIT_ID: 'main', VERSION: '4.0.1' }) },
    secrets: [{ name: 'PyPiAPIToken', secretString: '{"username":"__token__","password":"pypi-AgEIcHlwaS5vcmc"}' }],
    expect: 'SUCCEEDED',
  },
  'esdk-python-secrets-key-with-space-folded-env.yml': {
    files: {
      'test_vector_handlers/scripts/install_mpl_test_vector_runner.sh': 'echo installed\n',
      'net41.zip': 'cicdlab simulated zip archive\nmanifest.json\n',
    },
    secrets: [{ name: 'Github/lucasmcdonald3-fgpat', secretString: '{"actions read":"github_pat_11ABC"}' }],
    expect: 'SUCCEEDED',
  },
  'fargate-workshop-docker-secondary-artifacts.yml': {
    project: { environment: { privilegedMode: true } },
    expect: { phase: 'PRE_BUILD', ...CLI_V2 },
  },
  'jfrog-node-example-odd-indent.yml': { expect: 'SUCCEEDED' },
  'modern-app-workshop-ecs-imagedefinitions.yml': {
    project: { environment: { privilegedMode: true } },
    expect: { phase: 'PRE_BUILD', ...CLI_V2 },
  },
  'multi-branch-ciaction-oddly-named.yaml': {
    // Python 3.7 is only on the older images.
    project: { environment: { image: 'aws/codebuild/standard:5.0', ...env({ BranchName: 'main' }) } },
    expect: 'SUCCEEDED',
  },
  'multiple-buildspec-deb.yml': {
    // `make` is simulated (recipes echoed, not run), so the repository holds what it would build.
    files: {
      'cbsample.control': 'Package: cbsample\nVersion: 0.1\n',
      Makefile: 'all:\n\tgcc -o cbsampleutil util.c\n',
      'libcbsamplelib.so': 'ELF',
      'cbsamplelib.h': '#pragma once\n',
      cbsampleutil: 'ELF',
    },
    project: { artifacts: { type: 'S3', location: 'app-artifacts' } },
    expect: 'SUCCEEDED',
  },
  'multiple-buildspec-rpm-libs.yml': {
    files: {
      'cbsamplelib.c': 'int f() { return 1; }\n',
      'cbsamplelib.h': 'int f();\n',
      Makefile: 'all:\n\tgcc -c cbsamplelib.c\n',
      'cbsample-libs.rpmspec': 'Name: cbsample-libs\nVersion: 0.1\nRelease: 1\n',
    },
    project: { artifacts: { type: 'S3', location: 'app-artifacts' } },
    expect: 'SUCCEEDED',
  },
  'nested-cfn-validate-resources-v0.1.yml': {
    files: { 'env-details.yml': 'env: dev\n', 'validate-env.py': 'print("valid")\n' },
    expect: 'SUCCEEDED',
  },
  'quickstart-bluegreen-test-commented-items.yml': {
    files: { 'testwebsitecodebuild.sh': script('curl --fail http://blue.example.com/health') },
    expect: 'SUCCEEDED',
  },
  's2n-tls-amazonlinux-runtime-versions.yml': {
    files: {
      'codebuild/bin/install_al_dependencies.sh': script('yum install -y cmake3'),
      'codebuild/bin/s2n_codebuild_al.sh': script('echo built'),
    },
    expect: 'SUCCEEDED',
  },
  's2n-tls-fuzz-batch-debug-session.yml': { expect: 'SUCCEEDED' },
  's2n-tls-generalbatch-build-list.yml': { expect: 'SUCCEEDED' },
  's2n-tls-integ-rust-build-graph-fleet.yml': { expect: 'SUCCEEDED' },
  's2n-tls-integv2-build-matrix.yml': {
    files: {
      'tests/integrationv2/bin/SSLSocketClient.java': 'class SSLSocketClient {}\n',
      'codebuild/bin/s2n_codebuild.sh': script('echo "running $TESTS"'),
    },
    project: { environment: env({ CB_BIN_DIR: './codebuild/bin', INTEGV2_TEST: 'test_happy_path' }) },
    expect: 'SUCCEEDED',
  },
  's2n-tls-sanitizer-batch-on-failure.yml': {
    project: { environment: env({ COMPILER: 'gcc', S2N_LIBCRYPTO: 'openssl-3.0' }) },
    expect: 'SUCCEEDED',
  },
  's2n-tls-unit-coverage-artifacts.yml': {
    files: {
      'codebuild/bin/coverage_report.sh': script(
        'mkdir -p coverage_report\necho "<html></html>" > coverage_report/index.html',
      ),
    },
    project: {
      environment: env({ CB_BIN_DIR: './codebuild/bin', LIBCRYPTO_ROOT: '/usr/local/openssl-3.0' }),
      artifacts: { type: 'S3', location: 'app-artifacts' },
    },
    expect: 'SUCCEEDED',
  },
  'sam-pipeline-build-package-multiline-plain.yml': {
    files: { 'assume-role.sh': 'echo "assuming $1"\n', 'pipeline/stack.yml': 'Resources: {}\n' },
    project: {
      environment: {
        image: 'aws/codebuild/standard:5.0',
        privilegedMode: true,
        ...env({
          SAM_TEMPLATE: 'template.yaml',
          TESTING_ARTIFACT_BUCKET: 'app-artifacts',
          PROD_ARTIFACT_BUCKET: 'app-artifacts',
          TESTING_REGION: 'us-east-1',
          PROD_REGION: 'us-east-1',
        }),
      },
      artifacts: { type: 'S3', location: 'app-artifacts' },
    },
    expect: 'SUCCEEDED',
  },
  'sam-pipeline-feature-branch-deploy.yml': {
    files: { 'assume-role.sh': 'echo "assuming $1"\n' },
    project: {
      environment: {
        image: 'aws/codebuild/standard:5.0',
        privilegedMode: true,
        ...env({
          SAM_TEMPLATE: 'template.yaml',
          TESTING_ARTIFACT_BUCKET: 'app-artifacts',
          TESTING_REGION: 'us-east-1',
          FEATURE_BRANCH_NAME: 'feature/x',
        }),
      },
    },
    expect: 'SUCCEEDED',
  },
  'terraform-cicd-validate-checkov-tfsec-reports.yml': {
    files: {
      'templates/scripts/tf_ssp_validation.sh': script(
        'echo "<testsuites/>" > checkov.xml\necho "<testsuites/>" > tfsec-junit.xml',
      ),
    },
    // Go 1.14 and Python 3.9 together are only on the older images.
    project: { environment: { image: 'aws/codebuild/standard:5.0' } },
    expect: 'SUCCEEDED',
  },
  'toolkit-jetbrains-secondary-artifacts-reports.yml': {
    expect: {
      phase: 'INSTALL',
      message: /^Error while executing command: >\/home\/codebuild-user\/\.gradle\/gradle\.properties echo/,
      why: 'it writes into ~codebuild-user/.gradle, which its own image has and the standard image does not',
    },
  },
  'toolkit-vscode-e2e-run-as-finally.yml': {
    files: {
      'package.json': JSON.stringify({
        name: 'toolkit',
        version: '1.0.0',
        scripts: { testE2E: 'node --test', mergeReports: 'echo merged' },
      }),
      codecov: '\u007fELF codecov uploader\n',
      'buildspec/shared/linux-install.sh': script('echo install'),
      'buildspec/shared/setup-github-token.sh': script('echo token'),
      'buildspec/shared/linux-pre_build.sh': script('echo pre-build'),
    },
    // Node.js 16 is only on the older images; the upload step needs its token and the codecov binary.
    project: {
      environment: {
        image: 'aws/codebuild/standard:6.0',
        ...env({ CODECOV_TOKEN: 'codecov-token', TARGET_BRANCH: 'master' }),
      },
    },
    expect: 'SUCCEEDED',
  },
  'toolkit-vscode-linux-tests-shell-bash.yml': {
    files: {
      'buildspec/shared/linux-install.sh': script('echo install'),
      'buildspec/shared/linux-pre_build.sh': script('echo pre-build'),
      'buildspec/shared/common.sh': 'run_and_report() { cat; }\n',
    },
    expect: 'SUCCEEDED',
  },
};

const files = readdirSync(corpus)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

describe('every corpus buildspec that parses runs to completion in a simulated build', () => {
  it('has an expectation for each file', () => {
    const runnable = files.filter((f) => parseBuildspec(readFileSync(new URL(f, corpus), 'utf8')).buildspec);
    expect(runnable.sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(files.filter((f) => CASES[f]))('%s', (file) => {
    const c = CASES[file] as Case;
    const text = readFileSync(new URL(file, corpus), 'utf8');
    const { environment, ...project } = c.project ?? {};
    const sim = SimDriver.from(
      testWorld({
        files: { ...REPOSITORY, ...c.files, 'buildspec.yml': text },
        project: { ...project, ...(environment !== undefined && { environment }) },
        parameters: c.parameters ?? [],
        secrets: c.secrets ?? [],
      }),
    );
    c.setup?.(sim, text);
    const { build, log } = runBuild(sim, c.startBuild ?? {});
    expect(build.buildComplete).toBe(true);
    expect(log).toContain('Phase complete: DOWNLOAD_SOURCE State: SUCCEEDED');
    if (c.expect === 'SUCCEEDED') {
      const failed = build.phases.find((p) => p.phaseStatus && p.phaseStatus !== 'SUCCEEDED');
      expect(failed?.contexts?.[0]?.message ?? 'no failed phase').toBe('no failed phase');
      expect(build.buildStatus).toBe('SUCCEEDED');
    } else {
      const phase = build.phases.find((p) => p.phaseType === (c.expect as { phase: string }).phase);
      expect(build.buildStatus).toBe('FAILED');
      expect(phase?.phaseStatus).toBe('FAILED');
      expect(phase?.contexts?.[0]?.message).toMatch(c.expect.message);
    }
  });
});
