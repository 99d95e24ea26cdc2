import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64 } from '@scure/base';
import type { Operation, SimContext } from '../../core/simulation';
import { SECOND, simMillis } from '../../core/time';
import { codeartifactErrors as errors } from '../errors';
import { authorizeByPolicy, policyProblems } from '../policies';
import type { ResourcePolicy } from '../state';
import { epochSeconds, optionalText, requiredText, requireDomain, requireRepository } from './common';

const revisionOf = (document: string, at: number) =>
  base64.encode(sha256(utf8ToBytes(`${at}\n${document}`))).slice(0, 43);

/** A new policy document for a resource whose current policy is `current`; `policyRevision` must match it when given. */
function nextPolicy(
  ctx: SimContext,
  input: Record<string, unknown>,
  current: ResourcePolicy | undefined,
): ResourcePolicy {
  const document = requiredText(input, 'policyDocument');
  if (document.length > 7168) throw errors.length('policyDocument', `${document.slice(0, 20)}...`, 1, 7168);
  const problem = policyProblems(document);
  if (problem) throw errors.invalidPolicy(problem);
  const revision = optionalText(input, 'policyRevision');
  if (revision !== undefined && revision !== current?.revision)
    throw errors.policyRevisionMismatch(revision, current?.revision);
  return { document, revision: revisionOf(document, ctx.now) };
}

function checkRevisionForDelete(input: Record<string, unknown>, current: ResourcePolicy) {
  const revision = optionalText(input, 'policyRevision');
  if (revision !== undefined && revision !== current.revision)
    throw errors.policyRevisionMismatch(revision, current.revision);
}

const policyOutput = (resourceArn: string, p: ResourcePolicy) => ({
  policy: { resourceArn, revision: p.revision, document: p.document },
});

export const PutRepositoryPermissionsPolicy: Operation = (ctx, input) => {
  const { repository } = requireRepository(ctx, input);
  repository.policy = nextPolicy(ctx, input, repository.policy);
  return policyOutput(repository.arn, repository.policy);
};

export const GetRepositoryPermissionsPolicy: Operation = (ctx, input) => {
  const { repository } = requireRepository(ctx, input);
  if (!repository.policy) throw errors.policyNotFound(`repository '${repository.name}'`);
  return policyOutput(repository.arn, repository.policy);
};

export const DeleteRepositoryPermissionsPolicy: Operation = (ctx, input) => {
  const { repository } = requireRepository(ctx, input);
  const current = repository.policy;
  if (!current) throw errors.policyNotFound(`repository '${repository.name}'`);
  checkRevisionForDelete(input, current);
  delete repository.policy;
  return policyOutput(repository.arn, current);
};

export const PutDomainPermissionsPolicy: Operation = (ctx, input) => {
  const domain = requireDomain(ctx, input);
  domain.policy = nextPolicy(ctx, input, domain.policy);
  return policyOutput(domain.arn, domain.policy);
};

export const GetDomainPermissionsPolicy: Operation = (ctx, input) => {
  const domain = requireDomain(ctx, input);
  if (!domain.policy) throw errors.policyNotFound(`domain '${domain.name}'`);
  return policyOutput(domain.arn, domain.policy);
};

export const DeleteDomainPermissionsPolicy: Operation = (ctx, input) => {
  const domain = requireDomain(ctx, input);
  const current = domain.policy;
  if (!current) throw errors.policyNotFound(`domain '${domain.name}'`);
  checkRevisionForDelete(input, current);
  delete domain.policy;
  return policyOutput(domain.arn, current);
};

/** Tokens last 12 hours by default; `durationSeconds` is 0 (the caller's session, 12 h for users) or 900-43200. */
export const DEFAULT_TOKEN_SECONDS = 43_200;

/**
 * A token package managers send as their password. The domain's permissions policy, when it has one, must allow
 * the caller `codeartifact:GetAuthorizationToken`. Tokens are kept (until they expire) so endpoints can check them.
 */
export const GetAuthorizationToken: Operation = (ctx, input) => {
  const domain = requireDomain(ctx, input);
  const duration = input.durationSeconds;
  if (duration !== undefined && duration !== null) {
    if (
      typeof duration !== 'number' ||
      !Number.isInteger(duration) ||
      (duration !== 0 && (duration < 900 || duration > 43200))
    )
      throw errors.validation(
        `1 validation error detected: Value '${String(duration)}' at 'durationSeconds' failed to satisfy constraint: Member must be 0 or between 900 and 43200, inclusive`,
      );
  }
  authorizeByPolicy(ctx.world, domain.policy, ctx.caller, 'codeartifact:GetAuthorizationToken', domain.arn);
  const seconds = typeof duration === 'number' && duration > 0 ? duration : DEFAULT_TOKEN_SECONDS;
  const expiration = simMillis(ctx.now + seconds * SECOND);
  const tokens = ctx.world.account.codeartifact.authorizationTokens;
  for (const [token, t] of Object.entries(tokens)) if (t.expiration <= ctx.now) delete tokens[token];
  const header = base64
    .encode(
      utf8ToBytes(
        JSON.stringify({
          ver: 1,
          isu: Math.floor(epochSeconds(ctx.world, ctx.now)),
          enc: 'A128GCM',
          tag: ctx.uuid(),
          exp: Math.floor(epochSeconds(ctx.world, expiration)),
          alg: 'A128GCMKW',
        }),
      ),
    )
    .replace(/=+$/, '');
  const token = `${header}.${bytesToHex(sha256(utf8ToBytes(`${header}/${domain.arn}`))).slice(0, 40)}`;
  Object.defineProperty(tokens, token, {
    value: { domainName: domain.name, domainOwner: domain.owner, expiration },
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return { authorizationToken: token, expiration: epochSeconds(ctx.world, expiration) };
};
