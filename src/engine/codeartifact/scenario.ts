import { AwsError } from '../core/aws-error';
import { nextUuid } from '../core/rng';
import type { Operation, SimContext } from '../core/simulation';
import { simMillis } from '../core/time';
import { resolvePrincipal } from '../iam/principals';
import type { World } from '../world';
import { CreateDomain } from './operations/domains';
import { UpdatePackageVersionsStatus } from './operations/versions';
import { AssociateExternalConnection, CreateRepository, UpdateRepository } from './operations/repositories';
import { publishPackageVersion } from './resolution';
import type { CodeArtifactScenario } from './scenario-schema';
import type { PackageFormat } from './state';

const defaultAsset = (format: string, name: string, version: string) => {
  const file = {
    npm: `${name}-${version}.tgz`,
    pypi: `${name}-${version}.tar.gz`,
    maven: `${name}-${version}.jar`,
    nuget: `${name.toLowerCase()}.${version}.nupkg`,
    ruby: `${name}-${version}.gem`,
    cargo: `${name}-${version}.crate`,
  }[format];
  return { name: file ?? `${name}-${version}.tar.gz`, size: 12_288 };
};

/**
 * Builds a scenario's CodeArtifact resources at virtual time 0 through the API operations and the publishing
 * path package managers use. Repositories are created first and given their upstreams afterwards, so upstreams
 * may be declared in any order (cycles are still refused).
 */
export function createCodeArtifactResources(world: World, spec: CodeArtifactScenario): void {
  const ctx: SimContext = {
    world,
    now: simMillis(0),
    caller: resolvePrincipal(world, undefined),
    emit: () => undefined,
    schedule: () => {
      throw new Error('CodeArtifact resources in a scenario schedule nothing');
    },
    uuid: () => nextUuid(world.rng),
    arn: (service, resource) => `arn:aws:${service}:${world.account.region}:${world.account.accountId}:${resource}`,
  };
  const run = (what: string, operation: Operation, input: Record<string, unknown>) => {
    try {
      operation(ctx, input);
    } catch (e) {
      if (e instanceof AwsError) throw new Error(`CodeArtifact ${what}: ${e.type}: ${e.message}`, { cause: e });
      throw e;
    }
  };
  for (const d of spec.domains) {
    const domain = d.name;
    run(`domain ${domain}`, CreateDomain, { domain, ...(d.encryptionKey ? { encryptionKey: d.encryptionKey } : {}) });
    for (const r of d.repositories) {
      run(`repository ${domain}/${r.name}`, CreateRepository, {
        domain,
        repository: r.name,
        description: r.description,
      });
      if (r.externalConnection)
        run(`external connection of ${domain}/${r.name}`, AssociateExternalConnection, {
          domain,
          repository: r.name,
          externalConnection: r.externalConnection,
        });
    }
    for (const r of d.repositories) {
      if (r.upstreams.length === 0) continue;
      run(`upstreams of ${domain}/${r.name}`, UpdateRepository, {
        domain,
        repository: r.name,
        upstreams: r.upstreams.map((repositoryName) => ({ repositoryName })),
      });
    }
    for (const r of d.repositories) {
      for (const p of r.packages) {
        for (const entry of p.versions) {
          const v = typeof entry === 'string' ? { version: entry, status: 'Published' as const } : entry;
          const published = publishPackageVersion(ctx, {
            domain,
            repository: r.name,
            format: p.format as PackageFormat,
            ...(p.namespace === undefined ? {} : { namespace: p.namespace }),
            package: p.name,
            version: v.version,
            assets: v.assets ?? [defaultAsset(p.format, p.name, v.version)],
          });
          const what = `package ${p.name} ${v.version} in ${domain}/${r.name}`;
          if (!published.ok) throw new Error(`CodeArtifact ${what}: ${published.type}: ${published.message}`);
          if (v.status !== 'Published')
            run(what, UpdatePackageVersionsStatus, {
              domain,
              repository: r.name,
              format: p.format,
              namespace: p.namespace,
              package: p.name,
              versions: [v.version],
              targetStatus: v.status,
            });
        }
      }
    }
  }
}
