import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { ssmKeys } from './keys';
import { ssm } from './service';
import type { ParameterMetadata } from './types';

/** Every parameter's metadata (no values), following `NextToken`, sorted by name. */
export async function describeParameters(): Promise<ParameterMetadata[]> {
  const all: ParameterMetadata[] = [];
  let NextToken: string | undefined;
  do {
    const page: { Parameters?: ParameterMetadata[]; NextToken?: string } = await awsCall(ssm, 'DescribeParameters', {
      MaxResults: 50,
      ...(NextToken && { NextToken }),
    });
    all.push(...(page.Parameters ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return all.sort((a, b) => a.Name.localeCompare(b.Name));
}

export const describeParametersQueryOptions = () =>
  queryOptions({ queryKey: ssmKeys.parameters(), queryFn: describeParameters });

export const useParameters = () => useQuery(describeParametersQueryOptions());
