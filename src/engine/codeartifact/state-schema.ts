import { z } from 'zod';
import { PACKAGE_FORMATS } from './state';

/** CodeArtifact's slice of a saved world; mirrors state.ts. */

const time = z.number();
const format = z.enum(PACKAGE_FORMATS as [string, ...string[]]);
const policy = z.strictObject({ document: z.string(), revision: z.string() });
const tags = z.record(z.string(), z.string());
const asset = z.strictObject({
  name: z.string(),
  size: z.number().int().nonnegative(),
  hashes: z.strictObject({ MD5: z.string(), 'SHA-1': z.string(), 'SHA-256': z.string(), 'SHA-512': z.string() }),
});
const version = z.strictObject({
  version: z.string(),
  revision: z.string(),
  status: z.enum(['Published', 'Unfinished', 'Unlisted', 'Archived', 'Disposed']),
  origin: z.strictObject({
    domainEntryPoint: z.strictObject({
      repositoryName: z.string().optional(),
      externalConnectionName: z.string().optional(),
    }),
    originType: z.enum(['INTERNAL', 'EXTERNAL', 'UNKNOWN']),
  }),
  publishedTime: time,
  assets: z.array(asset),
  summary: z.string().optional(),
});
const allow = z.enum(['ALLOW', 'BLOCK']);

export const CodeArtifactStateSchema = z.strictObject({
  domains: z.record(
    z.string(),
    z.strictObject({
      name: z.string(),
      owner: z.string(),
      arn: z.string(),
      encryptionKey: z.string(),
      createdTime: time,
      status: z.enum(['Active', 'Deleted']),
      s3BucketArn: z.string(),
      policy: policy.optional(),
      tags,
    }),
  ),
  repositories: z.record(
    z.string(),
    z.strictObject({
      name: z.string(),
      domainName: z.string(),
      domainOwner: z.string(),
      administratorAccount: z.string(),
      arn: z.string(),
      description: z.string().optional(),
      upstreams: z.array(z.string()),
      externalConnections: z.array(
        z.strictObject({ externalConnectionName: z.string(), packageFormat: format, status: z.literal('Available') }),
      ),
      createdTime: time,
      policy: policy.optional(),
      tags,
    }),
  ),
  packages: z.record(
    z.string(),
    z.strictObject({
      domainName: z.string(),
      repositoryName: z.string(),
      format,
      namespace: z.string().optional(),
      name: z.string(),
      originConfiguration: z.strictObject({ restrictions: z.strictObject({ publish: allow, upstream: allow }) }),
      versions: z.record(z.string(), version),
      sequenceNumber: z.number().int().nonnegative(),
    }),
  ),
  authorizationTokens: z.record(
    z.string(),
    z.strictObject({ domainName: z.string(), domainOwner: z.string(), expiration: time }),
  ),
});
