import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';

/** The newest report ARNs of a report group (one page of up to 100), newest first. */
export const listReportsForReportGroup = (reportGroupArn: string) =>
  awsCall<{ reports?: string[] }>(codebuild, 'ListReportsForReportGroup', {
    reportGroupArn,
    sortOrder: 'DESCENDING',
    maxResults: 100,
  }).then((o) => o.reports ?? []);

export const listReportsForReportGroupQueryOptions = (reportGroupArn: string) =>
  queryOptions({
    queryKey: codebuildKeys.groupReports(reportGroupArn),
    queryFn: () => listReportsForReportGroup(reportGroupArn),
  });

export const useGroupReportArns = (reportGroupArn: string) =>
  useQuery(listReportsForReportGroupQueryOptions(reportGroupArn));
