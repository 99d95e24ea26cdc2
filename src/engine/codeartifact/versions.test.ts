import { describe, expect, it } from 'vitest';
import { simMillis } from '../core/time';
import { authorizationTokenValid, parseRepositoryEndpoint, publishPackageVersion, repositoryEndpoint } from './public';
import {
  codeartifactDriver,
  contextOf,
  ok,
  publishTool,
  refused,
  setUp,
  sha256Hex,
  versionsIn,
} from '../testing/codeartifact';

const DOMAIN = 'my-domain';
const TOOL = { domain: DOMAIN, format: 'generic', namespace: 'team', package: 'tool' } as const;

type Batch = {
  successfulVersions: Record<string, { revision: string; status: string }>;
  failedVersions: Record<string, { errorCode: string; errorMessage: string }>;
};

describe('package version statuses (aws-facts §5.3)', () => {
  it('moves between Published, Unlisted and Archived, guarded by expected status and revision', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [{ name: 'repo' }]);
    publishTool(driver, DOMAIN, 'repo', '1.0.0');
    publishTool(driver, DOMAIN, 'repo', '1.1.0');
    const input = { ...TOOL, repository: 'repo' };
    const [v100] = ok<{ versions: { version: string; revision: string }[] }>(
      driver,
      'ListPackageVersions',
      input,
    ).versions;
    const result = ok<Batch>(driver, 'UpdatePackageVersionsStatus', {
      ...input,
      versions: ['1.0.0', '1.1.0'],
      versionRevisions: { '1.0.0': v100?.revision, '1.1.0': 'stale-revision' },
      targetStatus: 'Unlisted',
    });
    expect(result.successfulVersions['1.0.0']?.status).toBe('Unlisted');
    expect(result.successfulVersions['1.0.0']?.revision).not.toBe(v100?.revision);
    expect(result.failedVersions['1.1.0']?.errorCode).toBe('MISMATCHED_REVISION');

    const archived = ok<Batch>(driver, 'UpdatePackageVersionsStatus', {
      ...input,
      versions: ['1.0.0', '1.1.0'],
      expectedStatus: 'Unlisted',
      targetStatus: 'Archived',
    });
    expect(Object.keys(archived.successfulVersions)).toEqual(['1.0.0']);
    expect(archived.failedVersions['1.1.0']).toEqual({
      errorCode: 'MISMATCHED_STATUS',
      errorMessage: 'current status: Published, expected status: Unlisted',
    });
    expect(versionsIn(driver, DOMAIN, 'repo', 'generic', 'tool', 'team')).toEqual([
      '1.0.0:Archived',
      '1.1.0:Published',
    ]);
    ok(driver, 'UpdatePackageVersionsStatus', { ...input, versions: ['1.0.0'], targetStatus: 'Published' });
    expect(versionsIn(driver, DOMAIN, 'repo', 'generic', 'tool', 'team')).toEqual([
      '1.0.0:Published',
      '1.1.0:Published',
    ]);
  });

  it('refuses Disposed, Unfinished or Deleted as a target of UpdatePackageVersionsStatus', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [{ name: 'repo' }]);
    publishTool(driver, DOMAIN, 'repo', '1.0.0');
    for (const targetStatus of ['Disposed', 'Unfinished', 'Deleted'])
      expect(
        refused(driver, 'UpdatePackageVersionsStatus', {
          ...TOOL,
          repository: 'repo',
          versions: ['1.0.0'],
          targetStatus,
        }).message,
      ).toContain('sets only Published, Unlisted or Archived');
  });

  it('disposes for good: the assets go, storage shrinks, and the version cannot come back', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [{ name: 'repo' }]);
    publishTool(driver, DOMAIN, 'repo', '1.0.0');
    const size = () =>
      ok<{ domain: { assetSizeBytes: number } }>(driver, 'DescribeDomain', { domain: DOMAIN }).domain.assetSizeBytes;
    expect(size()).toBe('tool 1.0.0'.length);
    const input = { ...TOOL, repository: 'repo', versions: ['1.0.0'] };
    expect(ok<Batch>(driver, 'DisposePackageVersions', input).successfulVersions['1.0.0']?.status).toBe('Disposed');
    expect(size()).toBe(0);
    expect(ok<Batch>(driver, 'DisposePackageVersions', input).failedVersions['1.0.0']?.errorCode).toBe('SKIPPED');
    expect(
      ok<Batch>(driver, 'UpdatePackageVersionsStatus', { ...input, targetStatus: 'Published' }).failedVersions['1.0.0']
        ?.errorCode,
    ).toBe('NOT_ALLOWED');
    expect(
      refused(driver, 'ListPackageVersionAssets', { ...TOOL, repository: 'repo', packageVersion: '1.0.0' }).type,
    ).toBe('ResourceNotFoundException');
  });

  it('deletes a version entirely, after which it can be published again', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [{ name: 'repo' }]);
    publishTool(driver, DOMAIN, 'repo', '1.0.0');
    expect(publishTool(driver, DOMAIN, 'repo', '1.0.0')).toMatchObject({
      ok: false,
      error: { type: 'ConflictException', status: 409 },
    });
    const deleted = ok<Batch>(driver, 'DeletePackageVersions', {
      ...TOOL,
      repository: 'repo',
      versions: ['1.0.0', '2.0.0'],
    });
    expect(deleted.successfulVersions['1.0.0']?.status).toBe('Deleted');
    expect(deleted.failedVersions['2.0.0']?.errorCode).toBe('NOT_FOUND');
    expect(publishTool(driver, DOMAIN, 'repo', '1.0.0').ok).toBe(true);
  });

  it('keeps an Unfinished generic version open for more assets until the last one publishes it', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [{ name: 'repo' }]);
    expect(publishTool(driver, DOMAIN, 'repo', '1.0.0', { unfinished: true })).toMatchObject({
      ok: true,
      output: { status: 'Unfinished' },
    });
    const wrongHash = publishTool(driver, DOMAIN, 'repo', '1.0.0', {
      assetName: 'tool.sig',
      assetContent: 'sig',
      assetSHA256: sha256Hex('other'),
    });
    expect(wrongHash).toMatchObject({ ok: false, error: { type: 'ValidationException' } });
    const last = publishTool(driver, DOMAIN, 'repo', '1.0.0', {
      assetName: 'tool.sig',
      assetContent: 'sig',
      assetSHA256: sha256Hex('sig'),
    });
    expect(last).toMatchObject({ ok: true, output: { status: 'Published', asset: { name: 'tool.sig', size: 3 } } });
    const assets = ok<{ assets: { name: string }[] }>(driver, 'ListPackageVersionAssets', {
      ...TOOL,
      repository: 'repo',
      packageVersion: '1.0.0',
    });
    expect(assets.assets.map((a) => a.name)).toEqual(['tool.tar.gz', 'tool.sig']);
  });

  it('counts an asset once however many repositories hold it', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [
      { name: 'store', connection: 'public:npmjs' },
      { name: 'one', upstreams: ['store'] },
      { name: 'two', upstreams: ['store'] },
    ]);
    const fetch = (repository: string) =>
      ok(driver, 'FetchPackageVersion', {
        domain: DOMAIN,
        repository,
        format: 'npm',
        package: 'left-pad',
        version: '1.3.0',
      });
    fetch('one');
    fetch('two');
    const out = ok<{ domain: { assetSizeBytes: number } }>(driver, 'DescribeDomain', { domain: DOMAIN });
    expect(out.domain.assetSizeBytes).toBe(4_019);
  });
});

describe('publishing conflicts and origin controls (aws-facts §5.2, §5.4)', () => {
  const publishNpm = (
    driver: ReturnType<typeof codeartifactDriver>,
    repository: string,
    pkg: string,
    version: string,
  ) =>
    publishPackageVersion(contextOf(driver), {
      domain: DOMAIN,
      repository,
      format: 'npm',
      package: pkg,
      version,
      assets: [{ name: `${pkg}-${version}.tgz`, size: 100 }],
    });

  it('refuses with 409 a version that a reachable public repository holds, unless upstream is BLOCKed', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [
      { name: 'store', connection: 'public:npmjs' },
      { name: 'app', upstreams: ['store'] },
    ]);
    const refusedPublish = publishNpm(driver, 'app', 'lodash', '4.17.21');
    expect(refusedPublish).toMatchObject({ ok: false, status: 409, type: 'ConflictException' });
    expect(refusedPublish.ok ? '' : refusedPublish.message).toContain('public:npmjs');
    ok(driver, 'PutPackageOriginConfiguration', {
      domain: DOMAIN,
      repository: 'app',
      format: 'npm',
      package: 'lodash',
      restrictions: { publish: 'ALLOW', upstream: 'BLOCK' },
    });
    expect(publishNpm(driver, 'app', 'lodash', '4.17.21')).toEqual({ ok: true });
  });

  it('sets the defaults by how the first version arrived: publish ALLOW/upstream BLOCK, or ingest BLOCK/ALLOW', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [
      { name: 'store', connection: 'public:npmjs' },
      { name: 'app', upstreams: ['store'] },
    ]);
    expect(publishNpm(driver, 'app', 'my-lib', '1.0.0')).toEqual({ ok: true });
    ok(driver, 'FetchPackageVersion', {
      domain: DOMAIN,
      repository: 'app',
      format: 'npm',
      package: 'react',
      version: '19.0.0',
    });
    const restrictions = (repository: string, pkg: string) =>
      ok<{ package: { originConfiguration: { restrictions: unknown } } }>(driver, 'DescribePackage', {
        domain: DOMAIN,
        repository,
        format: 'npm',
        package: pkg,
      }).package.originConfiguration.restrictions;
    expect(restrictions('app', 'my-lib')).toEqual({ publish: 'ALLOW', upstream: 'BLOCK' });
    expect(restrictions('app', 'react')).toEqual({ publish: 'BLOCK', upstream: 'ALLOW' });
    expect(restrictions('store', 'react')).toEqual({ publish: 'BLOCK', upstream: 'ALLOW' });
    expect(publishNpm(driver, 'app', 'react', '99.0.0')).toMatchObject({ ok: false, status: 409 });
  });

  it('upstream=BLOCK stops both upstream retention and external ingestion for the package', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [
      { name: 'store', connection: 'public:npmjs' },
      { name: 'app', upstreams: ['store'] },
    ]);
    ok(driver, 'PutPackageOriginConfiguration', {
      domain: DOMAIN,
      repository: 'store',
      format: 'npm',
      package: 'express',
      restrictions: { publish: 'BLOCK', upstream: 'BLOCK' },
    });
    const out = ok<{ steps: { repository: string; outcome: string }[]; error?: { status: number } }>(
      driver,
      'FetchPackageVersion',
      {
        domain: DOMAIN,
        repository: 'app',
        format: 'npm',
        package: 'express',
        version: '4.21.2',
      },
    );
    expect(out.steps.map((s) => s.outcome)).toEqual(['not-found', 'not-found', 'blocked-by-origin-controls']);
    expect(out.error?.status).toBe(404);
  });
});

describe('events (aws-facts §5.5)', () => {
  it('sends a Package Version State Change per repository that keeps a version, numbered per package', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [
      { name: 'store', connection: 'public:npmjs' },
      { name: 'app', upstreams: ['store'] },
    ]);
    ok(driver, 'FetchPackageVersion', {
      domain: DOMAIN,
      repository: 'app',
      format: 'npm',
      package: 'react',
      namespace: undefined,
      version: '19.0.0',
    });
    ok(driver, 'UpdatePackageVersionsStatus', {
      domain: DOMAIN,
      repository: 'app',
      format: 'npm',
      package: 'react',
      versions: ['19.0.0'],
      targetStatus: 'Unlisted',
    });
    const events = driver.log.filter((e) => e.source === 'aws.codeartifact');
    expect(
      events.map((e) => [
        e.detail.repositoryName,
        e.detail.operationType,
        e.detail.packageVersionState,
        e.detail.sequenceNumber,
      ]),
    ).toEqual([
      ['app', 'Created', 'Published', 1],
      ['store', 'Created', 'Published', 1],
      ['app', 'Updated', 'Unlisted', 2],
    ]);
    expect(events[0]).toMatchObject({
      'detail-type': 'CodeArtifact Package Version State Change',
      resources: ['arn:aws:codeartifact:us-east-1:123456789012:package/my-domain/app/npm//react'],
      detail: {
        domainName: DOMAIN,
        packageFormat: 'npm',
        packageNamespace: null,
        packageName: 'react',
        packageVersion: '19.0.0',
        changes: { assetsAdded: 1, statusChanged: false },
      },
    });
    expect(events[2]?.detail.changes).toMatchObject({ statusChanged: true });
  });
});

describe('endpoints and tokens', () => {
  it('builds and parses the repository endpoint URL', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [{ name: 'repo' }]);
    const url = repositoryEndpoint(driver.sim.world, DOMAIN, 'repo', 'pypi');
    expect(url).toBe('https://my-domain-123456789012.d.codeartifact.us-east-1.amazonaws.com/pypi/repo/');
    expect(parseRepositoryEndpoint(`${url}simple/`)).toEqual({
      domain: DOMAIN,
      domainOwner: '123456789012',
      region: 'us-east-1',
      format: 'pypi',
      repository: 'repo',
    });
    expect(parseRepositoryEndpoint('https://registry.npmjs.org/')).toBeUndefined();
    expect(repositoryEndpoint(driver.sim.world, DOMAIN, 'nope', 'npm')).toBeUndefined();
  });

  it('accepts a token until it expires (900 s here)', () => {
    const driver = codeartifactDriver();
    ok(driver, 'CreateDomain', { domain: DOMAIN });
    const { authorizationToken } = ok<{ authorizationToken: string }>(driver, 'GetAuthorizationToken', {
      domain: DOMAIN,
      durationSeconds: 900,
    });
    expect(authorizationTokenValid(driver.sim.world, authorizationToken, simMillis(899_999))).toBe(true);
    expect(authorizationTokenValid(driver.sim.world, authorizationToken, simMillis(900_000))).toBe(false);
    expect(authorizationTokenValid(driver.sim.world, 'made-up', simMillis(0))).toBe(false);
  });
});
