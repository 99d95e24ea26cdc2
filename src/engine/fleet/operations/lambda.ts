import { optionalString } from '../../core/input';
import { getOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { isoAt } from '../../core/time';
import { lambdaAliasNotFound, lambdaInvalidParameter, lambdaNotFound } from '../errors';
import type { LambdaAlias, LambdaFunction } from '../state';

/** A function name, partial ARN (`name:qualifier`) or full ARN, as Lambda's FunctionName accepts. */
function resolve(ctx: SimContext, input: Record<string, unknown>): { fn: LambdaFunction; qualifier?: string } {
  const raw = optionalString(input, 'FunctionName');
  if (!raw) throw lambdaInvalidParameter('FunctionName is required');
  const rest = raw.startsWith('arn:') ? raw.slice(raw.indexOf(':function:') + ':function:'.length) : raw;
  const [name = '', inline] = rest.split(':');
  const fn = getOwn(ctx.world.account.fleet.lambdaFunctions, name);
  if (!fn) throw lambdaNotFound(ctx.arn('lambda', `function:${name}`));
  const qualifier = optionalString(input, 'Qualifier') ?? inline;
  return { fn, ...(qualifier !== undefined && { qualifier }) };
}

/** Lambda writes LastModified as `2026-01-05T09:00:00.000+0000`. */
const lastModified = (ctx: SimContext, t: number) => isoAt(ctx.world.startEpochMs, t).replace(/Z$/, '+0000');

function latestVersion(fn: LambdaFunction): string {
  return String(Math.max(0, ...Object.keys(fn.versions).map(Number)));
}

function configuration(ctx: SimContext, fn: LambdaFunction, version: string) {
  const v = getOwn(fn.versions, version === '$LATEST' ? latestVersion(fn) : version);
  return {
    FunctionName: fn.functionName,
    FunctionArn: version === '$LATEST' ? fn.functionArn : `${fn.functionArn}:${version}`,
    Runtime: fn.runtime,
    Role: `arn:aws:iam::${ctx.world.account.accountId}:role/${fn.functionName}-role`,
    Handler: fn.handler,
    CodeSize: 1024,
    Description: v?.description ?? '',
    Timeout: 3,
    MemorySize: 128,
    LastModified: lastModified(ctx, v?.lastModified ?? 0),
    CodeSha256: v?.codeSha256 ?? '',
    Version: version,
    State: 'Active',
    LastUpdateStatus: 'Successful',
    PackageType: 'Zip',
    Architectures: ['x86_64'],
  };
}

function aliasView(alias: LambdaAlias) {
  const weights = alias.additionalVersionWeights;
  return {
    AliasArn: alias.aliasArn,
    Name: alias.name,
    FunctionVersion: alias.functionVersion,
    Description: '',
    ...(Object.keys(weights).length > 0 && { RoutingConfig: { AdditionalVersionWeights: weights } }),
  };
}

export const GetFunction: Operation = (ctx, input) => {
  const { fn, qualifier } = resolve(ctx, input);
  let version = qualifier ?? '$LATEST';
  if (version !== '$LATEST' && !getOwn(fn.versions, version)) {
    const alias = getOwn(fn.aliases, version);
    if (!alias) throw lambdaNotFound(`${fn.functionArn}:${version}`);
    version = alias.functionVersion;
  }
  return {
    Configuration: configuration(ctx, fn, version),
    Code: {
      RepositoryType: 'S3',
      Location: `https://awslambda-${ctx.world.account.region}-tasks.s3.${ctx.world.account.region}.amazonaws.com/snapshots/${ctx.world.account.accountId}/${fn.functionName}`,
    },
  };
};

export const ListVersionsByFunction: Operation = (ctx, input) => {
  const { fn } = resolve(ctx, input);
  const versions = Object.keys(fn.versions).sort((a, b) => Number(a) - Number(b));
  return { Versions: ['$LATEST', ...versions].map((v) => configuration(ctx, fn, v)) };
};

export const ListAliases: Operation = (ctx, input) => {
  const { fn } = resolve(ctx, input);
  const version = optionalString(input, 'FunctionVersion');
  return {
    Aliases: Object.values(fn.aliases)
      .filter((a) => version === undefined || a.functionVersion === version)
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map(aliasView),
  };
};

export const GetAlias: Operation = (ctx, input) => {
  const { fn } = resolve(ctx, input);
  const name = optionalString(input, 'Name') ?? '';
  const alias = getOwn(fn.aliases, name);
  if (!alias) throw lambdaAliasNotFound(`${fn.functionArn}:${name}`);
  return aliasView(alias);
};

export const lambdaOperations = { GetFunction, ListVersionsByFunction, ListAliases, GetAlias };
