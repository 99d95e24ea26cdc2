import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { nextUuid } from '../core/rng';
import type { SimContext } from '../core/simulation';
import { accessKeyIdFor, userPrincipal } from '../iam/principals';
import { scenario, SimDriver } from './driver';

/** Helpers for the CodeArtifact engine tests: a driver whose account has the users `alice` and `bob`. */
export const ACCOUNT = '123456789012';

export function codeartifactDriver(): SimDriver {
  return SimDriver.from(
    scenario({
      account: {
        accountId: ACCOUNT,
        region: 'us-east-1',
        codecommit: { repositories: [] },
        iam: { users: [{ userName: 'alice' }, { userName: 'bob' }] },
      },
    }),
  );
}

export const ok = <T = Record<string, unknown>>(
  driver: SimDriver,
  operation: string,
  input: Record<string, unknown> = {},
) => driver.ok<T>('codeartifact', operation, input);

/** A call that must fail; returns the error. */
export function refused(driver: SimDriver, operation: string, input: Record<string, unknown>, as?: string) {
  const result = driver.sim.execute({
    service: 'codeartifact',
    operation,
    input,
    ...(as ? { accessKeyId: accessKeyIdFor('user', as) } : {}),
  });
  if (result.ok) throw new Error(`${operation} succeeded`);
  return result.error;
}

/** A call made as one of the account's users. */
export function as<T = Record<string, unknown>>(
  driver: SimDriver,
  user: string,
  operation: string,
  input: Record<string, unknown>,
) {
  const result = driver.sim.execute({
    service: 'codeartifact',
    operation,
    input,
    accessKeyId: accessKeyIdFor('user', user),
  });
  if (!result.ok) throw new Error(`${operation} failed: ${result.error.type}: ${result.error.message}`);
  return result.output as T;
}

/** Creates the domain and repositories, `upstreams` by name, `connections` as external connections. */
export function setUp(
  driver: SimDriver,
  domain: string,
  repositories: { name: string; upstreams?: string[]; connection?: string }[],
) {
  ok(driver, 'CreateDomain', { domain });
  for (const r of repositories) {
    ok(driver, 'CreateRepository', {
      domain,
      repository: r.name,
      ...(r.upstreams ? { upstreams: r.upstreams.map((repositoryName) => ({ repositoryName })) } : {}),
    });
    if (r.connection)
      ok(driver, 'AssociateExternalConnection', { domain, repository: r.name, externalConnection: r.connection });
  }
}

export const versionsIn = (
  driver: SimDriver,
  domain: string,
  repository: string,
  format: string,
  pkg: string,
  namespace?: string,
) =>
  ok<{ versions: { version: string; status: string }[] }>(driver, 'ListPackageVersions', {
    domain,
    repository,
    format,
    package: pkg,
    ...(namespace ? { namespace } : {}),
  }).versions.map((v) => `${v.version}:${v.status}`);

/** A context for calling the public functions directly, as another service's code would; events go to `events`. */
export function contextOf(driver: SimDriver, events: unknown[] = []): SimContext {
  const world = driver.sim.world;
  return {
    world,
    now: world.now,
    caller: userPrincipal(world, world.account.iam.defaultUser),
    emit: (e) => events.push(e),
    schedule: () => undefined,
    uuid: () => nextUuid(world.rng),
    arn: (service, resource) => `arn:aws:${service}:${world.account.region}:${world.account.accountId}:${resource}`,
  };
}

export const sha256Hex = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

/** Publishes generic package `team/tool` at `version` (one asset whose content names the version). */
export function publishTool(
  driver: SimDriver,
  domain: string,
  repository: string,
  version: string,
  extra: Record<string, unknown> = {},
) {
  const content = `tool ${version}`;
  return driver.call('codeartifact', 'PublishPackageVersion', {
    domain,
    repository,
    format: 'generic',
    namespace: 'team',
    package: 'tool',
    packageVersion: version,
    assetName: 'tool.tar.gz',
    assetContent: content,
    assetSHA256: sha256Hex(content),
    ...extra,
  });
}
