import type { Report, TestCase } from '../../../api/codebuild/types';

export interface TestSummary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  /** ERROR and UNKNOWN cases. */
  other: number;
  durationMs: number;
  /** Passed out of those that ran (skipped left out), as a whole percentage; undefined when none ran. */
  passRate?: number;
}

/** The counts a test report's header shows, from its `testSummary.statusCounts`. */
export function testSummary(report: Report): TestSummary {
  const counts = report.testSummary?.statusCounts ?? {};
  const n = (s: string) => counts[s] ?? 0;
  const passed = n('SUCCEEDED');
  const failed = n('FAILED');
  const skipped = n('SKIPPED');
  const other = n('ERROR') + n('UNKNOWN');
  const ran = passed + failed + other;
  return {
    total: report.testSummary?.total ?? passed + failed + skipped + other,
    passed,
    failed,
    skipped,
    other,
    durationMs: Math.round((report.testSummary?.durationInNanoSeconds ?? 0) / 1e6),
    ...(ran > 0 && { passRate: Math.round((passed / ran) * 100) }),
  };
}

/** Failed and errored cases first, then by suite and name, as the report's table lists them. */
export function sortTestCases(cases: readonly TestCase[]): TestCase[] {
  const rank = (c: TestCase) => (c.status === 'FAILED' || c.status === 'ERROR' ? 0 : c.status === 'SKIPPED' ? 2 : 1);
  return [...cases].sort(
    (a, b) => rank(a) - rank(b) || (a.prefix ?? '').localeCompare(b.prefix ?? '') || a.name.localeCompare(b.name),
  );
}

/** The report group's short name: `demo-webapp-build-unit-tests` from its ARN. */
export const reportGroupName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
