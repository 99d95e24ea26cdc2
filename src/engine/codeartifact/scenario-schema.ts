import { z } from 'zod';
import { PUBLIC_REGISTRIES } from './public-registries';
import { PACKAGE_FORMATS } from './state';

/**
 * The `codeartifact` part of a scenario: domains with their repositories (upstreams in priority order, at most one
 * external connection) and the package versions published to them. Everything is created through the API's own
 * rules, so a scenario can hold only what the service accepts (a version that exists upstream cannot be published).
 */

const domainName = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/,
    'Domain names are 2-50 lower-case letters, digits and hyphens, starting with a letter',
  );
const repositoryName = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/,
    'Repository names are 2-100 letters, digits, . _ and -, starting with a letter or digit',
  );
const connectionNames = PUBLIC_REGISTRIES.map((r) => r.externalConnectionName) as [string, ...string[]];

const version = z.strictObject({
  version: z.string().min(1).max(255),
  status: z
    .enum(['Published', 'Unlisted', 'Archived'])
    .default('Published')
    .describe('Status after publishing (UpdatePackageVersionsStatus).'),
  assets: z
    .array(z.strictObject({ name: z.string().min(1), size: z.number().int().nonnegative() }))
    .min(1)
    .max(150)
    .optional()
    .describe("The version's files; by default one named after the package and version."),
});

const pkg = z.strictObject({
  format: z.enum(PACKAGE_FORMATS as [string, ...string[]]),
  namespace: z.string().optional().describe('npm scope without @, Maven group ID, generic namespace.'),
  name: z.string().min(1).max(255),
  versions: z.array(z.union([z.string().min(1), version])).min(1),
});

const repository = z.strictObject({
  name: repositoryName,
  description: z.string().max(1000).optional(),
  upstreams: z.array(repositoryName).max(10).default([]).describe('Upstream repositories in priority order.'),
  externalConnection: z.enum(connectionNames).optional().describe('At most one per repository.'),
  packages: z.array(pkg).default([]),
});

export const CodeArtifactScenarioSchema = z.strictObject({
  domains: z
    .array(
      z.strictObject({
        name: domainName,
        encryptionKey: z.string().optional(),
        repositories: z.array(repository).default([]),
      }),
    )
    .max(10)
    .default([]),
});

export type CodeArtifactScenario = z.output<typeof CodeArtifactScenarioSchema>;
export const EMPTY_CODEARTIFACT_SCENARIO: CodeArtifactScenario = { domains: [] };
