import { deleteOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { codeartifactErrors as errors } from '../errors';
import { domainAssetSizeBytes } from '../packages';
import type { Domain } from '../state';
import {
  compareNames,
  DOMAIN_LIMIT,
  epochSeconds,
  optionalText,
  page,
  readDomainName,
  readTags,
  requireDomain,
} from './common';

const KMS_KEY =
  /^(arn:aws:kms:[a-z0-9-]+:\d{12}:(key\/[A-Za-z0-9-]+|alias\/[A-Za-z0-9/_-]+)|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|alias\/[A-Za-z0-9/_-]+)$/;

export const repositoriesIn = (ctx: SimContext, domain: string) =>
  Object.values(ctx.world.account.codeartifact.repositories).filter((r) => r.domainName === domain);

/** DomainDescription: what Create/Describe/DeleteDomain answer. */
export const domainDescription = (ctx: SimContext, d: Domain) => ({
  name: d.name,
  owner: d.owner,
  arn: d.arn,
  status: d.status,
  createdTime: epochSeconds(ctx.world, d.createdTime),
  encryptionKey: d.encryptionKey,
  repositoryCount: d.status === 'Deleted' ? 0 : repositoriesIn(ctx, d.name).length,
  assetSizeBytes: d.status === 'Deleted' ? 0 : domainAssetSizeBytes(ctx.world, d.name),
  s3BucketArn: d.s3BucketArn,
});

export const CreateDomain: Operation = (ctx, input) => {
  const name = readDomainName(input);
  const account = ctx.world.account.accountId;
  const domains = ctx.world.account.codeartifact.domains;
  if (Object.hasOwn(domains, name)) throw errors.domainExists(name, account);
  if (Object.keys(domains).length >= DOMAIN_LIMIT) throw errors.domainLimit(DOMAIN_LIMIT);
  const key = optionalText(input, 'encryptionKey');
  if (key !== undefined && (key.length > 1011 || !KMS_KEY.test(key)))
    throw errors.validation(
      `Invalid encryptionKey '${key}': give the ARN of a symmetric AWS KMS key (arn:aws:kms:<region>:<account>:key/<id>), a key ID or an alias.`,
    );
  const tags = readTags(input);
  const region = ctx.world.account.region;
  const domain: Domain = {
    name,
    owner: account,
    arn: ctx.arn('codeartifact', `domain/${name}`),
    // Without a key of its own the domain uses the account's AWS managed key for CodeArtifact.
    encryptionKey:
      key === undefined
        ? `arn:aws:kms:${region}:${account}:key/${ctx.uuid()}`
        : key.startsWith('arn:')
          ? key
          : `arn:aws:kms:${region}:${account}:${key.startsWith('alias/') ? key : `key/${key}`}`,
    createdTime: ctx.now,
    status: 'Active',
    s3BucketArn: `arn:aws:s3:::assets-${account}-${region}`,
    tags,
  };
  setOwn(domains, name, domain);
  return { domain: domainDescription(ctx, domain) };
};

export const DescribeDomain: Operation = (ctx, input) => ({
  domain: domainDescription(ctx, requireDomain(ctx, input)),
});

export const ListDomains: Operation = (ctx, input) => {
  const all = Object.values(ctx.world.account.codeartifact.domains).sort((a, b) => compareNames(a.name, b.name));
  const { items, nextToken } = page(all, input);
  return {
    domains: items.map((d) => ({
      name: d.name,
      owner: d.owner,
      arn: d.arn,
      status: d.status,
      createdTime: epochSeconds(ctx.world, d.createdTime),
      encryptionKey: d.encryptionKey,
    })),
    ...(nextToken ? { nextToken } : {}),
  };
};

export const DeleteDomain: Operation = (ctx, input) => {
  const domain = requireDomain(ctx, input);
  if (repositoriesIn(ctx, domain.name).length > 0) throw errors.domainNotEmpty();
  deleteOwn(ctx.world.account.codeartifact.domains, domain.name);
  return { domain: domainDescription(ctx, { ...domain, status: 'Deleted' }) };
};
