import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';
import type { Report } from './types';

export async function batchGetReports(arns: readonly string[]): Promise<Report[]> {
  if (arns.length === 0) return [];
  const out = await awsCall<{ reports?: Report[] }>(codebuild, 'BatchGetReports', { reportArns: arns.slice(0, 100) });
  return out.reports ?? [];
}

export const batchGetReportsQueryOptions = (arns: readonly string[]) =>
  queryOptions({ queryKey: codebuildKeys.reports(arns), queryFn: () => batchGetReports(arns) });

export const useReports = (arns: readonly string[]) => useQuery(batchGetReportsQueryOptions(arns));
