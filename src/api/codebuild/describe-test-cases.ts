import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';
import type { TestCase, TestCaseStatus } from './types';

/** Every test case of a report (following `nextToken`), optionally only those with one status. */
export async function describeTestCases(reportArn: string, status?: TestCaseStatus): Promise<TestCase[]> {
  const cases: TestCase[] = [];
  let nextToken: string | undefined;
  do {
    const page: { testCases?: TestCase[]; nextToken?: string } = await awsCall(codebuild, 'DescribeTestCases', {
      reportArn,
      maxResults: 100,
      ...(status && { filter: { status } }),
      ...(nextToken && { nextToken }),
    });
    cases.push(...(page.testCases ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return cases;
}

export const describeTestCasesQueryOptions = (reportArn: string, status?: TestCaseStatus) =>
  queryOptions({
    queryKey: codebuildKeys.testCases(reportArn, status),
    queryFn: () => describeTestCases(reportArn, status),
  });

export const useTestCases = (reportArn: string, status?: TestCaseStatus) =>
  useQuery(describeTestCasesQueryOptions(reportArn, status));
