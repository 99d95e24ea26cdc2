import { describe, expect, it } from 'vitest';
import { fetchPackageVersion, resolvePackageVersion } from './public';
import { codeartifactDriver, contextOf, ok, publishTool, refused, setUp, versionsIn } from '../testing/codeartifact';

const LODASH = { domain: 'my-domain', format: 'npm', package: 'lodash' } as const;

describe('search order (aws-facts §5.2)', () => {
  it('is depth first in priority order: my_repo→[A,B], A→[C,D], D→[E] searches my_repo, A, C, D, E, B', () => {
    const driver = codeartifactDriver();
    setUp(driver, 'my-domain', [
      { name: 'repo-E' },
      { name: 'repo-D', upstreams: ['repo-E'] },
      { name: 'repo-C' },
      { name: 'repo-B' },
      { name: 'repo-A', upstreams: ['repo-C', 'repo-D'] },
      { name: 'my_repo', upstreams: ['repo-A', 'repo-B'] },
    ]);
    const resolution = resolvePackageVersion(driver.sim.world, {
      ...LODASH,
      repository: 'my_repo',
      version: '4.17.21',
    });
    expect(resolution.steps.map((s) => s.repository)).toEqual([
      'my_repo',
      'repo-A',
      'repo-C',
      'repo-D',
      'repo-E',
      'repo-B',
    ]);
    expect(resolution.steps.map((s) => s.depth)).toEqual([0, 1, 2, 2, 3, 1]);
    expect(resolution.error).toMatchObject({ status: 404, type: 'ResourceNotFoundException' });
  });

  it('stops at the first hit and marks the rest not searched', () => {
    const driver = codeartifactDriver();
    setUp(driver, 'my-domain', [
      { name: 'repo-C' },
      { name: 'repo-B', connection: 'public:npmjs' },
      { name: 'repo-A', upstreams: ['repo-B', 'repo-C'] },
    ]);
    const resolution = resolvePackageVersion(driver.sim.world, { ...LODASH, repository: 'repo-A', version: '4.17.20' });
    expect(resolution.steps).toEqual([
      { repository: 'repo-A', outcome: 'not-found', depth: 0 },
      { repository: 'repo-B', outcome: 'not-found', depth: 1 },
      {
        repository: 'repo-B',
        outcome: 'fetched-from-external-connection',
        externalConnection: 'public:npmjs',
        depth: 1,
      },
      { repository: 'repo-C', outcome: 'not-searched', depth: 1 },
    ]);
    expect(resolution.found).toEqual({
      repository: 'repo-B',
      version: '4.17.20',
      via: 'external-connection',
      externalConnection: 'public:npmjs',
    });
  });

  it('searches at most 25 repositories', () => {
    const driver = codeartifactDriver();
    const chain = Array.from({ length: 30 }, (_, i) => `r${String(29 - i).padStart(2, '0')}`);
    setUp(
      driver,
      'my-domain',
      chain.map((name, i) => ({ name, ...(i > 0 ? { upstreams: [chain[i - 1]!] } : {}) })),
    );
    const resolution = resolvePackageVersion(driver.sim.world, { ...LODASH, repository: 'r00', version: '1.0.0' });
    expect(resolution.steps).toHaveLength(25);
    expect(resolution.steps.at(-1)?.repository).toBe('r24');
  });

  it('answers a package the public registry does not hold with the 404 the client sees', () => {
    const driver = codeartifactDriver();
    setUp(driver, 'my-domain', [{ name: 'store', connection: 'public:npmjs' }]);
    const resolution = resolvePackageVersion(driver.sim.world, {
      ...LODASH,
      package: 'no-such-package',
      repository: 'store',
    });
    expect(resolution.error?.status).toBe(404);
    expect(resolution.error?.message).toContain('no-such-package was not found in repository store');
  });

  it('without a version picks the newest Published version reachable', () => {
    const driver = codeartifactDriver();
    setUp(driver, 'my-domain', [
      { name: 'store', connection: 'public:npmjs' },
      { name: 'app', upstreams: ['store'] },
    ]);
    const resolution = resolvePackageVersion(driver.sim.world, { ...LODASH, repository: 'app' });
    expect(resolution.found?.version).toBe('4.17.21');
  });
});

describe('retention (aws-facts §5.2, the worked example)', () => {
  it('A → B → C with C connected to npmjs: lodash 4.17.20 fetched through A is kept in A and C, not B', () => {
    const driver = codeartifactDriver();
    setUp(driver, 'my-domain', [
      { name: 'repo-C', connection: 'public:npmjs' },
      { name: 'repo-B', upstreams: ['repo-C'] },
      { name: 'repo-A', upstreams: ['repo-B'] },
    ]);
    const resolution = fetchPackageVersion(contextOf(driver), {
      ...LODASH,
      repository: 'repo-A',
      version: '4.17.20',
    });
    expect(resolution.found?.via).toBe('external-connection');
    expect(resolution.retainedIn).toEqual(['repo-A', 'repo-C']);
    expect(versionsIn(driver, 'my-domain', 'repo-A', 'npm', 'lodash')).toEqual(['4.17.20:Published']);
    expect(versionsIn(driver, 'my-domain', 'repo-C', 'npm', 'lodash')).toEqual(['4.17.20:Published']);
    expect(
      refused(driver, 'ListPackageVersions', {
        domain: 'my-domain',
        repository: 'repo-B',
        format: 'npm',
        package: 'lodash',
      }),
    ).toMatchObject({ type: 'ResourceNotFoundException', status: 404 });

    // Later changes upstream do not affect what A retained.
    ok(driver, 'DeletePackageVersions', {
      domain: 'my-domain',
      repository: 'repo-C',
      format: 'npm',
      package: 'lodash',
      versions: ['4.17.20'],
    });
    ok(driver, 'UpdateRepository', { domain: 'my-domain', repository: 'repo-A', upstreams: [] });
    ok(driver, 'DisassociateExternalConnection', {
      domain: 'my-domain',
      repository: 'repo-C',
      externalConnection: 'public:npmjs',
    });
    ok(driver, 'DeleteRepository', { domain: 'my-domain', repository: 'repo-C' });
    const again = resolvePackageVersion(driver.sim.world, { ...LODASH, repository: 'repo-A', version: '4.17.20' });
    expect(again.found).toEqual({ repository: 'repo-A', version: '4.17.20', via: 'local' });
    expect(versionsIn(driver, 'my-domain', 'repo-A', 'npm', 'lodash')).toEqual(['4.17.20:Published']);
  });

  it('a version found in an internal upstream is kept only in the requested repository', () => {
    const driver = codeartifactDriver();
    setUp(driver, 'my-domain', [
      { name: 'repo-C' },
      { name: 'repo-B', upstreams: ['repo-C'] },
      { name: 'repo-A', upstreams: ['repo-B'] },
    ]);
    expect(publishTool(driver, 'my-domain', 'repo-C', '1.0.0').ok).toBe(true);
    const resolution = fetchPackageVersion(contextOf(driver), {
      domain: 'my-domain',
      repository: 'repo-A',
      format: 'generic',
      namespace: 'team',
      package: 'tool',
      version: '1.0.0',
    });
    expect(resolution.found).toEqual({ repository: 'repo-C', version: '1.0.0', via: 'upstream' });
    expect(resolution.retainedIn).toEqual(['repo-A']);
    const a = ok<{ versions: { origin: unknown }[] }>(driver, 'ListPackageVersions', {
      domain: 'my-domain',
      repository: 'repo-A',
      format: 'generic',
      namespace: 'team',
      package: 'tool',
    });
    expect(a.versions[0]?.origin).toEqual({ domainEntryPoint: { repositoryName: 'repo-C' }, originType: 'INTERNAL' });
  });

  it('a dry run changes nothing', () => {
    const driver = codeartifactDriver();
    setUp(driver, 'my-domain', [
      { name: 'repo-C', connection: 'public:npmjs' },
      { name: 'repo-A', upstreams: ['repo-C'] },
    ]);
    const before = JSON.stringify(driver.sim.world);
    const resolution = resolvePackageVersion(driver.sim.world, { ...LODASH, repository: 'repo-A', version: '4.17.21' });
    expect(resolution.retainedIn).toEqual(['repo-A', 'repo-C']);
    expect(JSON.stringify(driver.sim.world)).toBe(before);
  });
});
