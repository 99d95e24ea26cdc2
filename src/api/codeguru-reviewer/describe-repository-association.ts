import { queryOptions, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeguruReviewerKeys } from './keys';
import { codeguruReviewer } from './service';
import type { RepositoryAssociation } from './wire-types';

export const describeRepositoryAssociation = (associationArn: string) =>
  restJsonCall<{ RepositoryAssociation: RepositoryAssociation }>(codeguruReviewer, 'DescribeRepositoryAssociation', {
    AssociationArn: associationArn,
  }).then((o) => o.RepositoryAssociation);

export const describeRepositoryAssociationQueryOptions = (associationArn: string) =>
  queryOptions({
    queryKey: codeguruReviewerKeys.association(associationArn),
    queryFn: () => describeRepositoryAssociation(associationArn),
  });

/** The full association, with the StateReason the list's summaries leave out. */
export const useRepositoryAssociation = (associationArn: string) =>
  useQuery(describeRepositoryAssociationQueryOptions(associationArn));
