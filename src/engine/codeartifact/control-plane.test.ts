import { describe, expect, it } from 'vitest';
import { WorldSchema } from '../scenario/world-schema';
import { as, codeartifactDriver, ok, refused, setUp } from '../testing/codeartifact';

const DOMAIN = 'my-domain';

describe('domains', () => {
  it('refuses names that break the rules, and an eleventh domain', () => {
    const driver = codeartifactDriver();
    for (const bad of ['a', 'Upper', '1starts-with-digit', 'ends-with-', 'x'.repeat(51)])
      expect(refused(driver, 'CreateDomain', { domain: bad }).type).toBe('ValidationException');
    for (let i = 0; i < 10; i++) ok(driver, 'CreateDomain', { domain: `domain-${i}` });
    expect(refused(driver, 'CreateDomain', { domain: 'domain-10' })).toMatchObject({
      type: 'ServiceQuotaExceededException',
      status: 402,
    });
  });

  it('keeps the KMS key it was given', () => {
    const driver = codeartifactDriver();
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const out = ok<{ domain: { encryptionKey: string } }>(driver, 'CreateDomain', {
      domain: DOMAIN,
      encryptionKey: key,
    });
    expect(out.domain.encryptionKey).toBe(key);
    expect(refused(driver, 'CreateDomain', { domain: 'other', encryptionKey: 'not a key' }).type).toBe(
      'ValidationException',
    );
  });
});

describe('repositories', () => {
  it('refuses more than 10 upstreams, itself, duplicates and unknown repositories', () => {
    const driver = codeartifactDriver();
    const names = Array.from({ length: 11 }, (_, i) => `up-${i}`);
    setUp(
      driver,
      DOMAIN,
      names.map((name) => ({ name })),
    );
    const upstreams = (list: string[]) => list.map((repositoryName) => ({ repositoryName }));
    expect(
      refused(driver, 'CreateRepository', { domain: DOMAIN, repository: 'app', upstreams: upstreams(names) }).message,
    ).toContain('less than or equal to 10');
    expect(
      refused(driver, 'UpdateRepository', { domain: DOMAIN, repository: 'up-0', upstreams: upstreams(['up-0']) })
        .message,
    ).toContain('cannot be an upstream of itself');
    expect(
      refused(driver, 'CreateRepository', { domain: DOMAIN, repository: 'app', upstreams: upstreams(['up-1', 'up-1']) })
        .message,
    ).toContain('listed more than once');
    expect(
      refused(driver, 'CreateRepository', { domain: DOMAIN, repository: 'app', upstreams: upstreams(['nope']) }).type,
    ).toBe('ResourceNotFoundException');
    expect(refused(driver, 'CreateRepository', { domain: DOMAIN, repository: 'a' }).type).toBe('ValidationException');
  });

  it('refuses an upstream that would close a cycle, naming the loop', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [
      { name: 'repo-c' },
      { name: 'repo-b', upstreams: ['repo-c'] },
      { name: 'repo-a', upstreams: ['repo-b'] },
    ]);
    const error = refused(driver, 'UpdateRepository', {
      domain: DOMAIN,
      repository: 'repo-c',
      upstreams: [{ repositoryName: 'repo-a' }],
    });
    expect(error).toMatchObject({ type: 'ValidationException' });
    expect(error.message).toContain('repo-c -> repo-a -> repo-b -> repo-c');
  });

  it('counts repositories in DescribeDomain and refuses to delete a domain that has any', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [{ name: 'one' }, { name: 'two' }]);
    expect(
      ok<{ domain: { repositoryCount: number } }>(driver, 'DescribeDomain', { domain: DOMAIN }).domain.repositoryCount,
    ).toBe(2);
    expect(refused(driver, 'DeleteDomain', { domain: DOMAIN })).toMatchObject({
      type: 'ConflictException',
      status: 409,
    });
  });
});

describe('permissions policies: a principal reads all packages of a repository or none', () => {
  const readPolicy = (user: string) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::123456789012:user/${user}` },
          Action: [
            'codeartifact:ReadFromRepository',
            'codeartifact:ListPackages',
            'codeartifact:ListPackageVersions',
            'codeartifact:DescribePackageVersion',
          ],
          Resource: '*',
        },
      ],
    });

  it('lets the principal the repository policy names read, and refuses the others with AccessDeniedException', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [{ name: 'store', connection: 'public:npmjs' }]);
    ok(driver, 'FetchPackageVersion', {
      domain: DOMAIN,
      repository: 'store',
      format: 'npm',
      package: 'lodash',
      version: '4.17.21',
    });
    ok(driver, 'PutRepositoryPermissionsPolicy', {
      domain: DOMAIN,
      repository: 'store',
      policyDocument: readPolicy('alice'),
    });
    const input = { domain: DOMAIN, repository: 'store', format: 'npm', package: 'lodash' };
    expect(as<{ versions: unknown[] }>(driver, 'alice', 'ListPackageVersions', input).versions).toHaveLength(1);
    expect(
      as<{ packages: unknown[] }>(driver, 'alice', 'ListPackages', { domain: DOMAIN, repository: 'store' }).packages,
    ).toHaveLength(1);
    for (const operation of ['ListPackages', 'ListPackageVersions', 'DescribePackageVersion']) {
      const error = refused(driver, operation, { ...input, packageVersion: '4.17.21' }, 'bob');
      expect(error).toMatchObject({ type: 'AccessDeniedException', status: 403 });
      expect(error.message).toContain('user/bob is not authorized to perform: codeartifact:');
      expect(error.message).toContain('because no resource-based policy allows');
    }
    const fetched = as<{ error?: { type: string } }>(driver, 'bob', 'FetchPackageVersion', {
      ...input,
      version: '4.17.21',
    });
    expect(fetched.error?.type).toBe('AccessDeniedException');
  });

  it('refuses a principal an explicit Deny names even when another statement allows it', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [{ name: 'store' }]);
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'codeartifact:*', Resource: '*' },
        {
          Effect: 'Deny',
          Principal: { AWS: 'arn:aws:iam::123456789012:user/bob' },
          Action: 'codeartifact:ListPackages',
          Resource: '*',
        },
      ],
    });
    ok(driver, 'PutRepositoryPermissionsPolicy', { domain: DOMAIN, repository: 'store', policyDocument: policy });
    expect(as(driver, 'alice', 'ListPackages', { domain: DOMAIN, repository: 'store' })).toEqual({ packages: [] });
    expect(refused(driver, 'ListPackages', { domain: DOMAIN, repository: 'store' }, 'bob').message).toContain(
      'explicit deny',
    );
  });

  it('refuses a policy without a Principal, with its location', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [{ name: 'store' }]);
    const error = refused(driver, 'PutRepositoryPermissionsPolicy', {
      domain: DOMAIN,
      repository: 'store',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'codeartifact:*' }],
      }),
    });
    expect(error).toMatchObject({ type: 'ValidationException' });
    expect(error.message).toContain('Statement[0] has no Principal');
  });

  it('a domain policy decides who gets authorization tokens', () => {
    const driver = codeartifactDriver();
    ok(driver, 'CreateDomain', { domain: DOMAIN });
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:user/alice' },
          Action: 'codeartifact:GetAuthorizationToken',
          Resource: '*',
        },
      ],
    });
    ok(driver, 'PutDomainPermissionsPolicy', { domain: DOMAIN, policyDocument: policy });
    expect(
      as<{ authorizationToken: string }>(driver, 'alice', 'GetAuthorizationToken', { domain: DOMAIN })
        .authorizationToken,
    ).toBeTruthy();
    expect(refused(driver, 'GetAuthorizationToken', { domain: DOMAIN }, 'bob').type).toBe('AccessDeniedException');
  });
});

describe('saved worlds', () => {
  it('a world with domains, repositories, packages, policies and tokens passes the saved-world schema', () => {
    const driver = codeartifactDriver();
    setUp(driver, DOMAIN, [
      { name: 'store', connection: 'public:pypi' },
      { name: 'app', upstreams: ['store'] },
    ]);
    ok(driver, 'FetchPackageVersion', {
      domain: DOMAIN,
      repository: 'app',
      format: 'pypi',
      package: 'Requests',
      version: '2.32.3',
    });
    ok(driver, 'GetAuthorizationToken', { domain: DOMAIN });
    ok(driver, 'PutRepositoryPermissionsPolicy', {
      domain: DOMAIN,
      repository: 'app',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 'codeartifact:*' }],
      }),
    });
    const parsed = WorldSchema.safeParse(driver.sim.snapshot());
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(Object.keys(driver.sim.world.account.codeartifact.packages)).toEqual([
      'my-domain/app/pypi//requests',
      'my-domain/store/pypi//requests',
    ]);
  });
});
