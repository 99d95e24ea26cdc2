import type { Report } from '../../../api/codebuild/types';
import { testSummary } from './report-summary';

export interface TrendPoint {
  reportArn: string;
  /** The build that produced the report (its ID, from the report's `executionId` ARN). */
  buildId: string;
  label: string;
  passed: number;
  failed: number;
  skipped: number;
  total: number;
  passRate?: number;
}

/** `arn:aws:codebuild:…:build/<project>:<uuid>` → `<project>:<uuid>`. */
export const buildIdOfArn = (arn: string) => arn.slice(arn.indexOf(':build/') + ':build/'.length);

/**
 * The test trend of a report group across builds, oldest first, at most `limit` points: each point a report's
 * pass/fail/skip counts, labelled `#<build number>` when the build is known.
 */
export function trendSeries(
  reports: readonly Report[],
  buildNumbers: ReadonlyMap<string, number>,
  limit = 20,
): TrendPoint[] {
  return reports
    .filter((r) => r.type === 'TEST')
    .sort((a, b) => a.created - b.created || a.arn.localeCompare(b.arn))
    .slice(-limit)
    .map((r) => {
      const s = testSummary(r);
      const buildId = buildIdOfArn(r.executionId);
      const number = buildNumbers.get(buildId);
      return {
        reportArn: r.arn,
        buildId,
        label: number === undefined ? buildId.slice(-8) : `#${number}`,
        passed: s.passed,
        failed: s.failed + s.other,
        skipped: s.skipped,
        total: s.total,
        ...(s.passRate !== undefined && { passRate: s.passRate }),
      };
    });
}
