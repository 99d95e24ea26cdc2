import { queryOptions, useQuery } from '@tanstack/react-query';
import { restJsonCall } from '../rest-json-call';
import { codeguruReviewerKeys } from './keys';
import { codeguruReviewer } from './service';
import type { RepositoryAssociation } from './wire-types';

/** Every repository association of the account, following `NextToken`. */
export async function listRepositoryAssociations(): Promise<RepositoryAssociation[]> {
  const all: RepositoryAssociation[] = [];
  let NextToken: string | undefined;
  do {
    const page = await restJsonCall<{ RepositoryAssociationSummaries?: RepositoryAssociation[]; NextToken?: string }>(
      codeguruReviewer,
      'ListRepositoryAssociations',
      { NextToken },
    );
    all.push(...(page.RepositoryAssociationSummaries ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return all;
}

export const listRepositoryAssociationsQueryOptions = () =>
  queryOptions({ queryKey: codeguruReviewerKeys.associations(), queryFn: listRepositoryAssociations });

export const useRepositoryAssociations = () => useQuery(listRepositoryAssociationsQueryOptions());
