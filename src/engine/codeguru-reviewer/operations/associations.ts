import { repositoryExists } from '../../codecommit/public';
import { getOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { SECOND } from '../../core/time';
import { reviewerErrors as errors } from '../errors';
import {
  associationSummaryWire,
  associationWire,
  listFilter,
  page,
  requireAssociation,
  reviewerState,
  SOURCE,
} from '../model';
import type { AssociationState, RepositoryAssociation } from '../state';

/** How long the service takes to set up (or remove) pull request notifications and source access. */
export const ASSOCIATION_DELAY = 30 * SECOND;
export const ASSOCIATION_SETTLED = 'codeguru-reviewer.association-settled';

const NAME = /^\S[\w.-]*$/;
const PROVIDERS = ['CodeCommit', 'GitHub', 'Bitbucket', 'GitHubEnterpriseServer', 'S3Bucket'] as const;
const STATES = ['Associated', 'Associating', 'Failed', 'Disassociating', 'Disassociated'] as const;

/** The StateReason the service gives in each state. */
export const STATE_REASONS = {
  associating: 'Pending Repository Association',
  associated: 'Pull Request Notification configuration successful',
  disassociating: 'Pending Repository Disassociation',
  disassociated: 'Repository disassociated successfully',
  missing: (name: string) =>
    `Failed to associate repository: CodeCommit repository ${name} does not exist or CodeGuru Reviewer cannot access it.`,
};

export function setAssociationState(
  ctx: SimContext,
  association: RepositoryAssociation,
  state: AssociationState,
  reason: string,
): void {
  association.State = state;
  association.StateReason = reason;
  association.LastUpdatedTimeStamp = ctx.now;
  ctx.emit({
    source: SOURCE,
    detailType: 'CodeGuru Reviewer Repository Association State Change',
    resources: [association.AssociationArn],
    detail: {
      associationArn: association.AssociationArn,
      associationId: association.AssociationId,
      repositoryName: association.Name,
      providerType: association.ProviderType,
      state,
      stateReason: reason,
    },
  });
}

function readTags(input: Record<string, unknown>): Record<string, string> {
  const tags = input.Tags ?? {};
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags))
    throw errors.constraint(tags, 'tags', 'Member must be a map of strings');
  for (const [k, v] of Object.entries(tags)) {
    if (typeof v !== 'string' || k.length < 1 || k.length > 128 || v.length > 256)
      throw errors.constraint(k, 'tags', 'Tag keys must be 1-128 characters and values at most 256 characters');
  }
  return { ...(tags as Record<string, string>) };
}

export const AssociateRepository: Operation = (ctx, input) => {
  const repository = input.Repository as Record<string, unknown> | undefined;
  if (repository === undefined || repository === null || typeof repository !== 'object')
    throw errors.constraint(undefined, 'repository', 'Member must not be null');
  const other = ['Bitbucket', 'GitHubEnterpriseServer', 'S3Bucket'].find((p) => repository[p] !== undefined);
  if (other !== undefined)
    throw errors.validation(
      `The simulator associates CodeCommit repositories only; ${other} repositories need a connection outside this account.`,
    );
  const codeCommit = repository.CodeCommit as Record<string, unknown> | undefined;
  const name = codeCommit?.Name;
  if (typeof name !== 'string' || name.length < 1 || name.length > 100 || !NAME.test(name))
    throw errors.constraint(
      name,
      'repository.codeCommit.name',
      'Member must have length between 1 and 100 and satisfy regular expression pattern: ^\\S[\\w.-]*$',
    );
  const tags = readTags(input);
  const state = reviewerState(ctx);
  const token = input.ClientRequestToken;
  const existing = Object.values(state.associations).find(
    (a) => a.Name === name && a.State !== 'Disassociated' && a.State !== 'Failed',
  );
  if (existing) {
    // Retrying the same request with its token answers with the association it made.
    if (token !== undefined && existing.ClientRequestToken === token)
      return { RepositoryAssociation: associationWire(ctx, existing), Tags: existing.Tags };
    throw errors.alreadyAssociated(name, existing.AssociationArn);
  }
  const id = ctx.uuid();
  const association: RepositoryAssociation = {
    AssociationId: id,
    AssociationArn: ctx.arn('codeguru-reviewer', `association:${id}`),
    Name: name,
    Owner: ctx.world.account.accountId,
    ProviderType: 'CodeCommit',
    State: 'Associating',
    StateReason: STATE_REASONS.associating,
    CreatedTimeStamp: ctx.now,
    LastUpdatedTimeStamp: ctx.now,
    Tags: tags,
    ...(typeof token === 'string' && { ClientRequestToken: token }),
  };
  setOwn(state.associations, id, association);
  setAssociationState(ctx, association, 'Associating', STATE_REASONS.associating);
  ctx.schedule(ASSOCIATION_DELAY, ASSOCIATION_SETTLED, { AssociationId: id });
  return { RepositoryAssociation: associationWire(ctx, association), Tags: tags };
};

/** Associating → Associated (or Failed when the repository is not there); Disassociating → Disassociated. */
export function associationSettled(ctx: SimContext, payload: { AssociationId: string }): void {
  const association = getOwn(reviewerState(ctx).associations, payload.AssociationId);
  if (!association) return;
  if (association.State === 'Associating') {
    if (repositoryExists(ctx.world, association.Name))
      setAssociationState(ctx, association, 'Associated', STATE_REASONS.associated);
    else setAssociationState(ctx, association, 'Failed', STATE_REASONS.missing(association.Name));
  } else if (association.State === 'Disassociating') {
    setAssociationState(ctx, association, 'Disassociated', STATE_REASONS.disassociated);
  }
}

const requiredArn = (input: Record<string, unknown>) => {
  const arn = input.AssociationArn;
  if (typeof arn !== 'string' || arn === '') throw errors.constraint(arn, 'associationArn', 'Member must not be null');
  return arn;
};

export const DescribeRepositoryAssociation: Operation = (ctx, input) => {
  const association = requireAssociation(ctx, requiredArn(input));
  return { RepositoryAssociation: associationWire(ctx, association), Tags: association.Tags };
};

export const DisassociateRepository: Operation = (ctx, input) => {
  const arn = requiredArn(input);
  const association = requireAssociation(ctx, arn);
  if (association.State !== 'Associated') throw errors.notDisassociable(arn, association.State);
  setAssociationState(ctx, association, 'Disassociating', STATE_REASONS.disassociating);
  ctx.schedule(ASSOCIATION_DELAY, ASSOCIATION_SETTLED, { AssociationId: association.AssociationId });
  return { RepositoryAssociation: associationWire(ctx, association), Tags: association.Tags };
};

export const ListRepositoryAssociations: Operation = (ctx, input) => {
  const providers = listFilter(input, 'ProviderTypes', 'providerTypes', PROVIDERS);
  const states = listFilter(input, 'States', 'states', STATES);
  const names = listFilter(input, 'Names', 'names');
  const owners = listFilter(input, 'Owners', 'owners');
  const matching = Object.values(reviewerState(ctx).associations).filter(
    (a) =>
      (!providers || providers(a.ProviderType)) &&
      (!states || states(a.State)) &&
      (!names || names(a.Name)) &&
      (!owners || owners(a.Owner)),
  );
  const { items, NextToken } = page(matching, input, 100);
  return {
    RepositoryAssociationSummaries: items.map((a) => associationSummaryWire(ctx, a)),
    ...(NextToken !== undefined && { NextToken }),
  };
};
