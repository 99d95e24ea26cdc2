import {
  AssociateExternalConnectionCommand,
  CodeartifactClient,
  CopyPackageVersionsCommand,
  CreateDomainCommand,
  CreateRepositoryCommand,
  DeleteDomainCommand,
  DeleteDomainPermissionsPolicyCommand,
  DeletePackageVersionsCommand,
  DeleteRepositoryCommand,
  DeleteRepositoryPermissionsPolicyCommand,
  DescribeDomainCommand,
  DescribePackageCommand,
  DescribePackageVersionCommand,
  DescribeRepositoryCommand,
  DisassociateExternalConnectionCommand,
  DisposePackageVersionsCommand,
  GetAuthorizationTokenCommand,
  GetDomainPermissionsPolicyCommand,
  GetRepositoryEndpointCommand,
  GetRepositoryPermissionsPolicyCommand,
  ListDomainsCommand,
  ListPackagesCommand,
  ListPackageVersionAssetsCommand,
  ListPackageVersionsCommand,
  ListRepositoriesCommand,
  ListRepositoriesInDomainCommand,
  ListTagsForResourceCommand,
  PublishPackageVersionCommand,
  PutDomainPermissionsPolicyCommand,
  PutPackageOriginConfigurationCommand,
  PutRepositoryPermissionsPolicyCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdatePackageVersionsStatusCommand,
  UpdateRepositoryCommand,
} from '@aws-sdk/client-codeartifact';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';
import { codeartifactApi } from '../../src/engine/codeartifact/http-bindings';
import { restJsonRequest } from '../../src/engine/core/rest-json';

serveMockAws();
const client = () => new CodeartifactClient(sdkConfig('codeartifact'));
const ACCOUNT = '123456789012';
const DOMAIN = 'demo-domain';

/** The simulator-only operations have no SDK command: they are called the way the console calls them. */
async function simulatorCall(operation: string, input: Record<string, unknown>) {
  const request = restJsonRequest(codeartifactApi, operation, input);
  const response = await fetch(`${sdkConfig('codeartifact').endpoint}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const npmLodash = { domain: DOMAIN, format: 'npm', package: 'lodash' } as const;

describe('CodeArtifact over REST-JSON (SDK v3)', () => {
  it('lists and describes the demo domain with its repositories, counting each asset once', async () => {
    const domains = await client().send(new ListDomainsCommand({}));
    expect(domains.domains?.map((d) => d.name)).toEqual([DOMAIN]);
    expect(domains.domains?.[0]?.createdTime).toBeInstanceOf(Date);
    const { domain } = await client().send(new DescribeDomainCommand({ domain: DOMAIN }));
    expect(domain).toMatchObject({ name: DOMAIN, owner: ACCOUNT, status: 'Active', repositoryCount: 3 });
    expect(domain?.encryptionKey).toMatch(/^arn:aws:kms:us-east-1:123456789012:key\//);
    const before = domain?.assetSizeBytes ?? 0;
    expect(before).toBeGreaterThan(0);

    await client().send(
      new CopyPackageVersionsCommand({
        domain: DOMAIN,
        sourceRepository: 'demo-repo',
        destinationRepository: 'npm-store',
        format: 'npm',
        namespace: 'demo',
        package: 'ui-kit',
        versions: ['1.0.0'],
      }),
    );
    const after = await client().send(new DescribeDomainCommand({ domain: DOMAIN }));
    expect(after.domain?.assetSizeBytes).toBe(before);

    const inDomain = await client().send(new ListRepositoriesInDomainCommand({ domain: DOMAIN }));
    expect(inDomain.repositories?.map((r) => r.name)).toEqual(['demo-repo', 'npm-store', 'pypi-store']);
    const all = await client().send(new ListRepositoriesCommand({ repositoryPrefix: 'npm' }));
    expect(all.repositories?.map((r) => r.name)).toEqual(['npm-store']);
    const { repository } = await client().send(
      new DescribeRepositoryCommand({ domain: DOMAIN, repository: 'demo-repo' }),
    );
    expect(repository?.upstreams).toEqual([{ repositoryName: 'npm-store' }, { repositoryName: 'pypi-store' }]);
    const store = await client().send(new DescribeRepositoryCommand({ domain: DOMAIN, repository: 'npm-store' }));
    expect(store.repository?.externalConnections).toEqual([
      { externalConnectionName: 'public:npmjs', packageFormat: 'npm', status: 'Available' },
    ]);
  });

  it('creates, updates and deletes domains and repositories with the real errors', async () => {
    const bad = await rejection(client().send(new CreateDomainCommand({ domain: 'Bad_Name' })));
    expect(bad.name).toBe('ValidationException');
    expect(bad.message).toContain("at 'domain' failed to satisfy constraint");
    const created = await client().send(
      new CreateDomainCommand({ domain: 'team', tags: [{ key: 'team', value: 'web' }] }),
    );
    expect(created.domain).toMatchObject({ name: 'team', repositoryCount: 0, assetSizeBytes: 0 });
    const dup = await rejection(client().send(new CreateDomainCommand({ domain: 'team' })));
    expect(dup.name).toBe('ConflictException');
    expect(dup.$metadata.httpStatusCode).toBe(409);

    await client().send(new CreateRepositoryCommand({ domain: 'team', repository: 'base', description: 'base' }));
    await client().send(
      new CreateRepositoryCommand({ domain: 'team', repository: 'app', upstreams: [{ repositoryName: 'base' }] }),
    );
    const cycle = await rejection(
      client().send(
        new UpdateRepositoryCommand({ domain: 'team', repository: 'base', upstreams: [{ repositoryName: 'app' }] }),
      ),
    );
    expect(cycle.name).toBe('ValidationException');
    expect(cycle.message).toContain('base -> app -> base');
    const updated = await client().send(
      new UpdateRepositoryCommand({ domain: 'team', repository: 'app', description: 'the app', upstreams: [] }),
    );
    expect(updated.repository).toMatchObject({ description: 'the app', upstreams: [] });

    const notEmpty = await rejection(client().send(new DeleteDomainCommand({ domain: 'team' })));
    expect(notEmpty).toMatchObject({
      name: 'ConflictException',
      message: 'Domain must contain 0 repositories before deletion',
    });
    await client().send(new DeleteRepositoryCommand({ domain: 'team', repository: 'app' }));
    await client().send(new DeleteRepositoryCommand({ domain: 'team', repository: 'base' }));
    const deleted = await client().send(new DeleteDomainCommand({ domain: 'team' }));
    expect(deleted.domain?.status).toBe('Deleted');
    const gone = await rejection(client().send(new DescribeDomainCommand({ domain: 'team' })));
    expect(gone).toMatchObject({
      name: 'ResourceNotFoundException',
      message: "Domain not found. Domain 'team' owned by account '123456789012' does not exist",
    });
  });

  it('associates one external connection per repository and disassociates it', async () => {
    await client().send(new CreateRepositoryCommand({ domain: DOMAIN, repository: 'maven-store' }));
    const { repository } = await client().send(
      new AssociateExternalConnectionCommand({
        domain: DOMAIN,
        repository: 'maven-store',
        externalConnection: 'public:maven-central',
      }),
    );
    expect(repository?.externalConnections?.[0]).toMatchObject({
      externalConnectionName: 'public:maven-central',
      packageFormat: 'maven',
    });
    const second = await rejection(
      client().send(
        new AssociateExternalConnectionCommand({
          domain: DOMAIN,
          repository: 'maven-store',
          externalConnection: 'public:npmjs',
        }),
      ),
    );
    expect(second.name).toBe('ServiceQuotaExceededException');
    const unknown = await rejection(
      client().send(
        new AssociateExternalConnectionCommand({
          domain: DOMAIN,
          repository: 'maven-store',
          externalConnection: 'public:github',
        }),
      ),
    );
    expect(unknown.message).toContain("Invalid external connection name 'public:github'");
    const after = await client().send(
      new DisassociateExternalConnectionCommand({
        domain: DOMAIN,
        repository: 'maven-store',
        externalConnection: 'public:maven-central',
      }),
    );
    expect(after.repository?.externalConnections).toEqual([]);
  });

  it('issues authorization tokens and the repository endpoint', async () => {
    const token = await client().send(new GetAuthorizationTokenCommand({ domain: DOMAIN, durationSeconds: 900 }));
    expect(token.authorizationToken).toMatch(/^eyJ/);
    expect(token.expiration).toBeInstanceOf(Date);
    const tooShort = await rejection(
      client().send(new GetAuthorizationTokenCommand({ domain: DOMAIN, durationSeconds: 60 })),
    );
    expect(tooShort.name).toBe('ValidationException');
    const { repositoryEndpoint } = await client().send(
      new GetRepositoryEndpointCommand({ domain: DOMAIN, repository: 'demo-repo', format: 'npm' }),
    );
    expect(repositoryEndpoint).toBe(
      'https://demo-domain-123456789012.d.codeartifact.us-east-1.amazonaws.com/npm/demo-repo/',
    );
  });

  it('resolves through upstreams (simulator operations) and lists only what a repository holds', async () => {
    const explained = await simulatorCall('ExplainPackageVersionResolution', {
      ...npmLodash,
      repository: 'demo-repo',
      version: '4.17.20',
    });
    expect(explained.status).toBe(200);
    expect(explained.body.retainedIn).toEqual(['demo-repo', 'npm-store']);
    const fetched = await simulatorCall('FetchPackageVersion', {
      ...npmLodash,
      repository: 'demo-repo',
      version: '4.17.20',
    });
    expect(fetched.body.found).toEqual({
      repository: 'npm-store',
      version: '4.17.20',
      via: 'external-connection',
      externalConnection: 'public:npmjs',
    });

    const packages = await client().send(new ListPackagesCommand({ domain: DOMAIN, repository: 'demo-repo' }));
    expect(packages.packages?.map((p) => `${p.namespace ?? ''}/${p.package}`)).toEqual(['/lodash', 'demo/ui-kit']);
    const described = await client().send(new DescribePackageCommand({ ...npmLodash, repository: 'demo-repo' }));
    expect(described.package?.originConfiguration?.restrictions).toEqual({ publish: 'BLOCK', upstream: 'ALLOW' });
    const versions = await client().send(new ListPackageVersionsCommand({ ...npmLodash, repository: 'npm-store' }));
    expect(versions.versions?.map((v) => [v.version, v.status, v.origin?.originType])).toEqual([
      ['4.17.20', 'Published', 'EXTERNAL'],
    ]);
    const version = await client().send(
      new DescribePackageVersionCommand({ ...npmLodash, repository: 'demo-repo', packageVersion: '4.17.20' }),
    );
    expect(version.packageVersion).toMatchObject({ displayName: 'lodash', status: 'Published' });
    expect(version.packageVersion?.publishedTime).toBeInstanceOf(Date);
    const assets = await client().send(
      new ListPackageVersionAssetsCommand({ ...npmLodash, repository: 'demo-repo', packageVersion: '4.17.20' }),
    );
    expect(assets.assets?.map((a) => a.name)).toEqual(['lodash-4.17.20.tgz']);
    expect(assets.assets?.[0]?.hashes?.['SHA-256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes version statuses with guards, then disposes and deletes', async () => {
    await simulatorCall('FetchPackageVersion', { ...npmLodash, repository: 'npm-store', version: '4.17.21' });
    await simulatorCall('FetchPackageVersion', { ...npmLodash, repository: 'npm-store', version: '4.17.20' });
    const base = { ...npmLodash, repository: 'npm-store' };
    const updated = await client().send(
      new UpdatePackageVersionsStatusCommand({
        ...base,
        versions: ['4.17.21', '9.9.9'],
        expectedStatus: 'Published',
        targetStatus: 'Unlisted',
      }),
    );
    expect(updated.successfulVersions?.['4.17.21']?.status).toBe('Unlisted');
    expect(updated.failedVersions?.['9.9.9']?.errorCode).toBe('NOT_FOUND');
    const mismatch = await client().send(
      new UpdatePackageVersionsStatusCommand({
        ...base,
        versions: ['4.17.21'],
        expectedStatus: 'Published',
        targetStatus: 'Archived',
      }),
    );
    expect(mismatch.failedVersions?.['4.17.21']).toEqual({
      errorCode: 'MISMATCHED_STATUS',
      errorMessage: 'current status: Unlisted, expected status: Published',
    });
    const disposed = await client().send(new DisposePackageVersionsCommand({ ...base, versions: ['4.17.21'] }));
    expect(disposed.successfulVersions?.['4.17.21']?.status).toBe('Disposed');
    const back = await client().send(
      new UpdatePackageVersionsStatusCommand({ ...base, versions: ['4.17.21'], targetStatus: 'Published' }),
    );
    expect(back.failedVersions?.['4.17.21']?.errorCode).toBe('NOT_ALLOWED');
    const deleted = await client().send(new DeletePackageVersionsCommand({ ...base, versions: ['4.17.20'] }));
    expect(deleted.successfulVersions?.['4.17.20']?.status).toBe('Deleted');
    const left = await client().send(new ListPackageVersionsCommand(base));
    expect(left.versions?.map((v) => `${v.version}:${v.status}`)).toEqual(['4.17.21:Disposed']);
  });

  it('publishes generic versions, refuses a version that exists, and copies between repositories', async () => {
    const content = 'release notes';
    const input = {
      domain: DOMAIN,
      repository: 'demo-repo',
      format: 'generic' as const,
      namespace: 'tools',
      package: 'notes',
      packageVersion: '1.0.0',
      assetName: 'notes.txt',
      assetContent: new TextEncoder().encode(content),
      assetSHA256: bytesToHex(sha256(utf8ToBytes(content))),
    };
    const published = await client().send(new PublishPackageVersionCommand(input));
    expect(published).toMatchObject({ status: 'Published', version: '1.0.0', asset: { name: 'notes.txt', size: 13 } });
    const again = await rejection(client().send(new PublishPackageVersionCommand(input)));
    expect(again.name).toBe('ConflictException');
    expect(again.$metadata.httpStatusCode).toBe(409);

    const copied = await client().send(
      new CopyPackageVersionsCommand({
        domain: DOMAIN,
        sourceRepository: 'demo-repo',
        destinationRepository: 'pypi-store',
        format: 'generic',
        namespace: 'tools',
        package: 'notes',
        versions: ['1.0.0', '2.0.0'],
      }),
    );
    expect(Object.keys(copied.successfulVersions ?? {})).toEqual(['1.0.0']);
    expect(copied.failedVersions?.['2.0.0']?.errorCode).toBe('NOT_FOUND');
  });

  it('sets package origin controls', async () => {
    const { originConfiguration } = await client().send(
      new PutPackageOriginConfigurationCommand({
        domain: DOMAIN,
        repository: 'demo-repo',
        format: 'npm',
        package: 'express',
        restrictions: { publish: 'ALLOW', upstream: 'BLOCK' },
      }),
    );
    expect(originConfiguration?.restrictions).toEqual({ publish: 'ALLOW', upstream: 'BLOCK' });
    const blocked = await simulatorCall('ExplainPackageVersionResolution', {
      domain: DOMAIN,
      repository: 'demo-repo',
      format: 'npm',
      package: 'express',
      version: '4.21.2',
    });
    expect(blocked.body.error).toMatchObject({ status: 404 });
    expect(
      (blocked.body.steps as { outcome: string }[]).slice(1).every((s) => s.outcome === 'blocked-by-origin-controls'),
    ).toBe(true);
  });

  it('keeps repository and domain permissions policies, with revisions', async () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: ['codeartifact:ReadFromRepository'],
          Resource: '*',
        },
      ],
    });
    const put = await client().send(
      new PutRepositoryPermissionsPolicyCommand({ domain: DOMAIN, repository: 'demo-repo', policyDocument: document }),
    );
    expect(put.policy).toMatchObject({
      resourceArn: `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/${DOMAIN}/demo-repo`,
      document,
    });
    const got = await client().send(
      new GetRepositoryPermissionsPolicyCommand({ domain: DOMAIN, repository: 'demo-repo' }),
    );
    expect(got.policy?.revision).toBe(put.policy?.revision);
    const denied = await rejection(client().send(new ListPackagesCommand({ domain: DOMAIN, repository: 'demo-repo' })));
    expect(denied.name).toBe('AccessDeniedException');
    expect(denied.$metadata.httpStatusCode).toBe(403);
    const stale = await rejection(
      client().send(
        new DeleteRepositoryPermissionsPolicyCommand({
          domain: DOMAIN,
          repository: 'demo-repo',
          policyRevision: 'old',
        }),
      ),
    );
    expect(stale.name).toBe('ConflictException');
    await client().send(new DeleteRepositoryPermissionsPolicyCommand({ domain: DOMAIN, repository: 'demo-repo' }));
    const none = await rejection(
      client().send(new GetRepositoryPermissionsPolicyCommand({ domain: DOMAIN, repository: 'demo-repo' })),
    );
    expect(none.name).toBe('ResourceNotFoundException');

    const invalid = await rejection(
      client().send(new PutDomainPermissionsPolicyCommand({ domain: DOMAIN, policyDocument: '{"Statement": [' })),
    );
    expect(invalid.name).toBe('ValidationException');
    const domainPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'codeartifact:GetAuthorizationToken', Resource: '*' }],
    });
    await client().send(new PutDomainPermissionsPolicyCommand({ domain: DOMAIN, policyDocument: domainPolicy }));
    const domainGot = await client().send(new GetDomainPermissionsPolicyCommand({ domain: DOMAIN }));
    expect(domainGot.policy?.document).toBe(domainPolicy);
    await client().send(new DeleteDomainPermissionsPolicyCommand({ domain: DOMAIN }));
  });

  it('tags domains and repositories by ARN', async () => {
    const resourceArn = `arn:aws:codeartifact:us-east-1:${ACCOUNT}:repository/${DOMAIN}/demo-repo`;
    await client().send(
      new TagResourceCommand({
        resourceArn,
        tags: [
          { key: 'team', value: 'shop' },
          { key: 'tier', value: 'dev' },
        ],
      }),
    );
    await client().send(new UntagResourceCommand({ resourceArn, tagKeys: ['tier'] }));
    const { tags } = await client().send(new ListTagsForResourceCommand({ resourceArn }));
    expect(tags).toEqual([{ key: 'team', value: 'shop' }]);
    const missing = await rejection(client().send(new ListTagsForResourceCommand({ resourceArn: `${resourceArn}-x` })));
    expect(missing.name).toBe('ResourceNotFoundException');
  });
});
