import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { Difference } from './pull-request-types';
import { codecommit } from './service';

interface GetDifferencesOutput {
  differences: Difference[];
  NextToken?: string;
}

/** Every difference between two commits (branch names or IDs), following `NextToken` through all pages. */
export async function getDifferences(repositoryName: string, before: string, after: string): Promise<Difference[]> {
  const all: Difference[] = [];
  let NextToken: string | undefined;
  do {
    const page: GetDifferencesOutput = await awsCall(codecommit, 'GetDifferences', {
      repositoryName,
      beforeCommitSpecifier: before,
      afterCommitSpecifier: after,
      ...(NextToken && { NextToken }),
    });
    all.push(...page.differences);
    NextToken = page.NextToken;
  } while (NextToken);
  return all;
}

export const getDifferencesQueryOptions = (repositoryName: string, before: string, after: string) =>
  queryOptions({
    queryKey: codecommitKeys.differences(repositoryName, before, after),
    queryFn: () => getDifferences(repositoryName, before, after),
  });

export const useDifferences = (repositoryName: string, before: string, after: string) =>
  useQuery(getDifferencesQueryOptions(repositoryName, before, after));
