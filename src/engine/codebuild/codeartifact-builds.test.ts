import { describe, expect, it } from 'vitest';
import { SimDriver } from '../testing/driver';
import { buildspec, phaseSummary, runBuild, testWorld } from './test-world';

const ENDPOINT = 'https://acme-123456789012.d.codeartifact.us-east-1.amazonaws.com';

/** The user guide's worked example: A → B → C, C connected to npmjs (and a pypi store beside them). */
function retentionWorld(files: Record<string, string>) {
  const sim = SimDriver.from(testWorld({ files }));
  sim.ok('codeartifact', 'CreateDomain', { domain: 'acme' });
  for (const repository of ['repo-c', 'repo-b', 'pypi-store', 'repo-a'])
    sim.ok('codeartifact', 'CreateRepository', { domain: 'acme', repository });
  sim.ok('codeartifact', 'AssociateExternalConnection', {
    domain: 'acme',
    repository: 'repo-c',
    externalConnection: 'public:npmjs',
  });
  sim.ok('codeartifact', 'AssociateExternalConnection', {
    domain: 'acme',
    repository: 'pypi-store',
    externalConnection: 'public:pypi',
  });
  sim.ok('codeartifact', 'UpdateRepository', {
    domain: 'acme',
    repository: 'repo-b',
    upstreams: [{ repositoryName: 'repo-c' }],
  });
  sim.ok('codeartifact', 'UpdateRepository', {
    domain: 'acme',
    repository: 'repo-a',
    upstreams: [{ repositoryName: 'repo-b' }, { repositoryName: 'pypi-store' }],
  });
  return sim;
}

const versionsIn = (sim: SimDriver, repository: string, format: string, pkg: string) => {
  const out = sim.call('codeartifact', 'ListPackageVersions', {
    domain: 'acme',
    repository,
    format,
    package: pkg,
  });
  return out.ok ? (out.output as { versions: { version: string }[] }).versions.map((v) => v.version) : [];
};

const LOGIN_NPM = 'aws codeartifact login --tool npm --domain acme --domain-owner 123456789012 --repository repo-a';
const LODASH = JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { lodash: '4.17.20' } });

describe('aws codeartifact login and npm install in a build', () => {
  it('resolves lodash 4.17.20 through A: fetched from npmjs through C, kept in A and C and not in B', () => {
    const sim = retentionWorld({
      'package.json': LODASH,
      'buildspec.yml': buildspec({ pre_build: [LOGIN_NPM], build: ['npm install', 'cat ~/.npmrc'] }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(log).toContain(`Successfully configured npm to use AWS CodeArtifact repository ${ENDPOINT}/npm/repo-a/ \n`);
    expect(log).toMatch(/Login expires in 12 hours at 2026-01-05 2\d:\d\d:\d\d(\.\d{6})?\+00:00\n/);
    expect(log).toContain(
      'codeartifact: lodash@4.17.20 fetched from public:npmjs through repo-c (now retained in repo-a and repo-c)\n',
    );
    expect(log).toContain(`registry=${ENDPOINT}/npm/repo-a/\n`);
    expect(log).toMatch(
      new RegExp(`//acme-123456789012\\.d\\.codeartifact\\.us-east-1\\.amazonaws\\.com/npm/repo-a/:_authToken=\\S+\\n`),
    );
    expect(versionsIn(sim, 'repo-a', 'npm', 'lodash')).toEqual(['4.17.20']);
    expect(versionsIn(sim, 'repo-c', 'npm', 'lodash')).toEqual(['4.17.20']);
    expect(versionsIn(sim, 'repo-b', 'npm', 'lodash')).toEqual([]);
  });

  it('installs a named version, a caret range and a scoped package, and writes the lockfile npm ci reads', () => {
    const sim = retentionWorld({
      'package.json': JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { express: '^4.18.0' } }),
      'buildspec.yml': buildspec({
        pre_build: [LOGIN_NPM],
        build: [
          'npm install',
          'npm install lodash@4.17.19 @types/node',
          'npm ci',
          'cat node_modules/express/package.json',
        ],
      }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(log).toContain(
      'codeartifact: express@4.21.2 fetched from public:npmjs through repo-c (now retained in repo-a and repo-c)\n',
    );
    expect(log).toContain('codeartifact: lodash@4.17.19 fetched from public:npmjs through repo-c');
    expect(log).toContain('codeartifact: @types/node@22.12.0 fetched from public:npmjs through repo-c');
    // npm ci installs what package-lock.json pins, now kept in repo-a itself.
    expect(log).toContain('Running command npm ci\ncodeartifact: express@4.21.2 retained in repo-a\n');
    expect(log).toContain('{"name":"express","version":"4.21.2"}');
    expect(versionsIn(sim, 'repo-b', 'npm', 'express')).toEqual([]);
  });

  it('fails the phase it runs in with npm E404 for a package the repository cannot reach', () => {
    const sim = retentionWorld({
      'package.json': JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { 'left-padx': '^1.0.0' } }),
      'buildspec.yml': buildspec({ pre_build: [LOGIN_NPM], build: ['npm install'], post_build: ['echo after'] }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('FAILED');
    expect(phaseSummary(build)).toContain('BUILD:FAILED');
    expect(log).toContain('npm error code E404\n');
    expect(log).toContain(
      `npm error 404 Not Found - GET ${ENDPOINT}/npm/repo-a/left-padx - left-padx was not found in repository repo-a, its upstream repositories or their external connections (npm).\n`,
    );
    expect(log).toContain("npm error 404  'left-padx@^1.0.0' is not in this registry.\n");
    expect(log).toContain('Command did not exit successfully npm install exit status 1');
  });

  it('answers E401 when the token has expired', () => {
    const sim = retentionWorld({
      'package.json': LODASH,
      'buildspec.yml': buildspec({
        pre_build: [`${LOGIN_NPM} --duration-seconds 900`],
        build: ['sleep 901', 'npm install'],
      }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('FAILED');
    expect(log).toContain('Login expires in 15 minutes at ');
    expect(log).toContain(
      'npm error code E401\nnpm error Unable to authenticate, your authentication token seems to be invalid.\n',
    );
    expect(versionsIn(sim, 'repo-a', 'npm', 'lodash')).toEqual([]);
  });

  it("is refused with npm E403 when repo-a's policy does not let the build's role read it", () => {
    const sim = retentionWorld({
      'package.json': LODASH,
      'buildspec.yml': buildspec({ pre_build: [LOGIN_NPM], build: ['npm install'] }),
    });
    sim.ok('codeartifact', 'PutRepositoryPermissionsPolicy', {
      domain: 'acme',
      repository: 'repo-a',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::123456789012:user/alice' },
            Action: 'codeartifact:ReadFromRepository',
            Resource: '*',
          },
        ],
      }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('FAILED');
    expect(log).toContain(`npm error code E403\nnpm error 403 Forbidden - GET ${ENDPOINT}/npm/repo-a/lodash - `);
    expect(log).toMatch(/assumed-role\/[\w-]+\/cicdlab is not authorized to perform: codeartifact:ReadFromRepository/);
    expect(versionsIn(sim, 'repo-c', 'npm', 'lodash')).toEqual([]);
  });

  it('keeps npm as it was without a CodeArtifact registry', () => {
    const sim = retentionWorld({ 'package.json': LODASH, 'buildspec.yml': buildspec({ build: ['npm install'] }) });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(log).not.toContain('codeartifact:');
    expect(log).toMatch(/added \d+ packages, and audited \d+ packages in/);
    expect(versionsIn(sim, 'repo-a', 'npm', 'lodash')).toEqual([]);
  });

  it('reads a project .npmrc whose token comes from get-authorization-token', () => {
    const registry = `${ENDPOINT}/npm/repo-a/`;
    const sim = retentionWorld({
      'package.json': LODASH,
      '.npmrc': `registry=${registry}\n//acme-123456789012.d.codeartifact.us-east-1.amazonaws.com/npm/repo-a/:_authToken=\${CODEARTIFACT_AUTH_TOKEN}\n`,
      'buildspec.yml': buildspec({
        pre_build: [
          'export CODEARTIFACT_AUTH_TOKEN=$(aws codeartifact get-authorization-token --domain acme --query authorizationToken --output text)',
          'aws codeartifact get-repository-endpoint --domain acme --repository repo-a --format npm',
        ],
        build: ['npm ci || npm install'],
      }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(log).toContain(`"repositoryEndpoint": "${registry}"`);
    expect(log).toContain('codeartifact: lodash@4.17.20 fetched from public:npmjs through repo-c');
  });

  it('refuses an .npmrc naming an unset variable for CodeArtifact, as npm does, and leaves other registries alone', () => {
    const npmrc = (registry: string) =>
      `registry=${registry}\n//${registry.replace(/^https:\/\//, '')}:_authToken=\${CODEARTIFACT_AUTH_TOKEN}\n`;
    const codeartifact = retentionWorld({
      'package.json': LODASH,
      '.npmrc': npmrc(`${ENDPOINT}/npm/repo-a/`),
      'buildspec.yml': buildspec({ build: ['npm install'] }),
    });
    const refused = runBuild(codeartifact);
    expect(refused.build.buildStatus).toBe('FAILED');
    expect(refused.log).toContain('npm error Failed to replace env in config: ${CODEARTIFACT_AUTH_TOKEN}\n');
    const npmjs = retentionWorld({
      'package.json': LODASH,
      '.npmrc': npmrc('https://registry.npmjs.org/'),
      'buildspec.yml': buildspec({ build: ['npm install'] }),
    });
    expect(runBuild(npmjs).build.buildStatus).toBe('SUCCEEDED');
  });
});

describe("aws codeartifact in a build: the CLI's errors", () => {
  it('prints the service error for an unknown domain and fails the command', () => {
    const sim = retentionWorld({
      'buildspec.yml': buildspec({ build: ['aws codeartifact login --tool npm --domain nope --repository repo-a'] }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('FAILED');
    expect(log).toMatch(
      /\nAn error occurred \(ResourceNotFoundException\) when calling the GetAuthorizationToken operation: .*nope/,
    );
  });

  it("refuses --tool maven with the CLI's list of tools", () => {
    const sim = retentionWorld({
      'buildspec.yml': buildspec({ build: ['aws codeartifact login --tool maven --domain acme --repository repo-a'] }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('FAILED');
    expect(log).toContain('aws: error: argument --tool: Invalid choice, valid choices are:\n\nswift');
    expect(log).toContain(`${'dotnet'.padEnd(40)} | ${'npm'.padEnd(40)}\n`);
    expect(log).toContain('exit status 252');
  });

  it('--dry-run prints the npm commands login would run and changes no configuration', () => {
    const sim = retentionWorld({
      'buildspec.yml': buildspec({ build: [`${LOGIN_NPM} --dry-run`, 'test -f ~/.npmrc || echo "no .npmrc"'] }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(log).toContain(`npm config set registry ${ENDPOINT}/npm/repo-a/\n\n`);
    expect(log).toContain(
      'npm config set //acme-123456789012.d.codeartifact.us-east-1.amazonaws.com/npm/repo-a/:always-auth true\n',
    );
    expect(log).toMatch(/npm config set \/\/acme-123456789012\S+\/npm\/repo-a\/:_authToken \S+\n/);
    expect(log).toContain('no .npmrc\n');
    expect(log).not.toContain('Successfully configured');
  });
});

describe('pip and twine through CodeArtifact in a build', () => {
  it('pip install resolves requirements through pip.conf: requests from PyPI through pypi-store', () => {
    const sim = retentionWorld({
      'requirements.txt': 'requests>=2.31,<3  # http\npyyaml==6.0.2\n',
      'buildspec.yml': buildspec({
        pre_build: ['aws codeartifact login --tool pip --domain acme --repository repo-a'],
        build: ['pip install -r requirements.txt', 'cat ~/.config/pip/pip.conf'],
      }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(log).toContain(`Successfully configured pip to use AWS CodeArtifact repository ${ENDPOINT}/pypi/repo-a/ \n`);
    expect(log).toContain(
      `Looking in indexes: https://aws:****@acme-123456789012.d.codeartifact.us-east-1.amazonaws.com/pypi/repo-a/simple/\n`,
    );
    expect(log).toContain('Collecting requests>=2.31,<3\n');
    expect(log).toContain(
      'codeartifact: requests==2.32.3 fetched from public:pypi through pypi-store (now retained in repo-a and pypi-store)\n',
    );
    expect(log).toContain('Successfully installed requests-2.32.3 pyyaml-6.0.2\n');
    expect(log).toMatch(
      /\[global\]\nindex-url = https:\/\/aws:\S+@acme-123456789012\.d\.codeartifact\.us-east-1\.amazonaws\.com\/pypi\/repo-a\/simple\/\n/,
    );
    expect(versionsIn(sim, 'repo-a', 'pypi', 'requests')).toEqual(['2.32.3']);
    expect(versionsIn(sim, 'pypi-store', 'pypi', 'requests')).toEqual(['2.32.3']);
  });

  it('pip says which versions exist when none satisfies the requirement', () => {
    const sim = retentionWorld({
      'buildspec.yml': buildspec({
        pre_build: ['aws codeartifact login --tool pip --domain acme --repository repo-a'],
        build: ['pip install requests==9.9'],
      }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('FAILED');
    expect(log).toContain(
      'ERROR: Could not find a version that satisfies the requirement requests==9.9 (from versions: 2.31.0, 2.32.3)\nERROR: No matching distribution found for requests==9.9\n',
    );
  });

  it('twine upload publishes the built version; uploading it again is a 409 conflict', () => {
    const sim = retentionWorld({
      'pyproject.toml': '[project]\nname = "acme-utils"\nversion = "0.3.0"\n',
      'buildspec.yml': buildspec({
        pre_build: ['aws codeartifact login --tool twine --domain acme --repository repo-a'],
        build: [
          'python -m build',
          'twine upload --repository codeartifact dist/*',
          'twine upload -r codeartifact dist/*',
        ],
      }),
    });
    const { build, log } = runBuild(sim);
    expect(log).toContain('Successfully built acme_utils-0.3.0.tar.gz and acme_utils-0.3.0-py3-none-any.whl\n');
    expect(log).toContain(
      `Uploading distributions to ${ENDPOINT}/pypi/repo-a/\nUploading acme_utils-0.3.0-py3-none-any.whl\nUploading acme_utils-0.3.0.tar.gz\n`,
    );
    expect(log).toContain(`ERROR    HTTPError: 409 Conflict from ${ENDPOINT}/pypi/repo-a/\n`);
    expect(build.buildStatus).toBe('FAILED');
    expect(versionsIn(sim, 'repo-a', 'pypi', 'acme-utils')).toEqual(['0.3.0']);
  });

  it('python -m twine uploads to TWINE_REPOSITORY_URL with TWINE_PASSWORD; --skip-existing skips the conflict', () => {
    const sim = retentionWorld({
      'setup.py': 'from setuptools import setup\nsetup(name="acme-tools", version="1.0.1")\n',
      'buildspec.yml': buildspec({
        build: [
          'export TWINE_USERNAME=aws',
          'export TWINE_PASSWORD=$(aws codeartifact get-authorization-token --domain acme --domain-owner 123456789012 --query authorizationToken --output text)',
          'export TWINE_REPOSITORY_URL=$(aws codeartifact get-repository-endpoint --domain acme --repository repo-a --format pypi --query repositoryEndpoint --output text)',
          'python -m build',
          'python -m twine upload dist/*',
          'python -m twine upload --skip-existing dist/*',
        ],
      }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('SUCCEEDED');
    expect(log).toContain('codeartifact: acme_tools 1.0.1 published to repo-a\n');
    expect(log).toContain('WARNING  Skipping acme_tools-1.0.1-py3-none-any.whl because it appears to already exist\n');
    expect(versionsIn(sim, 'repo-a', 'pypi', 'acme-tools')).toEqual(['1.0.1']);
  });
});

describe('npm publish to CodeArtifact in a build', () => {
  it('creates the package version; publishing it again is npm E409', () => {
    const sim = retentionWorld({
      'package.json': JSON.stringify({ name: '@acme/widgets', version: '1.2.0' }),
      'index.js': 'module.exports = {};\n',
      'buildspec.yml': buildspec({
        pre_build: [`${LOGIN_NPM} --namespace acme`],
        build: ['npm publish', 'npm publish'],
      }),
    });
    const { build, log } = runBuild(sim);
    expect(log).toContain(`npm notice Publishing to ${ENDPOINT}/npm/repo-a/ with tag latest and default access\n`);
    expect(log).toContain('+ @acme/widgets@1.2.0\n');
    expect(log).toContain(
      `npm error code E409\nnpm error 409 Conflict - PUT ${ENDPOINT}/npm/repo-a/@acme%2fwidgets - `,
    );
    expect(build.buildStatus).toBe('FAILED');
    const out = sim.ok<{ versions: { version: string; status: string }[] }>('codeartifact', 'ListPackageVersions', {
      domain: 'acme',
      repository: 'repo-a',
      format: 'npm',
      namespace: 'acme',
      package: 'widgets',
    });
    expect(out.versions.map((v) => [v.version, v.status])).toEqual([['1.2.0', 'Published']]);
  });

  it('refuses to publish a version npmjs already has through the upstreams (409, as CodeArtifact does)', () => {
    const sim = retentionWorld({
      'package.json': JSON.stringify({ name: 'lodash', version: '4.17.21' }),
      'buildspec.yml': buildspec({ pre_build: [LOGIN_NPM], build: ['npm publish'] }),
    });
    const { build, log } = runBuild(sim);
    expect(build.buildStatus).toBe('FAILED');
    expect(log).toContain(
      `npm error 409 Conflict - PUT ${ENDPOINT}/npm/repo-a/lodash - Package version lodash 4.17.21 already exists in the public repository behind public:npmjs`,
    );
  });
});
