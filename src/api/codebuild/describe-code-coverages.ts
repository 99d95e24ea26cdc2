import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';
import type { CodeCoverage } from './types';

export const describeCodeCoverages = (reportArn: string) =>
  awsCall<{ codeCoverages?: CodeCoverage[] }>(codebuild, 'DescribeCodeCoverages', { reportArn, maxResults: 100 }).then(
    (o) => o.codeCoverages ?? [],
  );

export const describeCodeCoveragesQueryOptions = (reportArn: string) =>
  queryOptions({ queryKey: codebuildKeys.coverages(reportArn), queryFn: () => describeCodeCoverages(reportArn) });

export const useCodeCoverages = (reportArn: string) => useQuery(describeCodeCoveragesQueryOptions(reportArn));
