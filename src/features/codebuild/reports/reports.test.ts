import { describe, expect, it } from 'vitest';
import type { Report, TestCase } from '../../../api/codebuild/types';
import { reportGroupName, sortTestCases, testSummary } from './report-summary';
import { buildIdOfArn, trendSeries } from './trend-series';

const GROUP = 'arn:aws:codebuild:us-east-1:123456789012:report-group/demo-webapp-build-unit-tests';
const report = (id: string, created: number, counts: Record<string, number>): Report => ({
  arn: `arn:aws:codebuild:us-east-1:123456789012:report/demo-webapp-build-unit-tests:${id}`,
  type: 'TEST',
  name: 'demo-webapp-build-unit-tests',
  reportGroupArn: GROUP,
  executionId: `arn:aws:codebuild:us-east-1:123456789012:build/demo-webapp-build:${id}`,
  status: 'SUCCEEDED',
  created,
  testSummary: {
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    statusCounts: counts,
    durationInNanoSeconds: 1_500_000_000,
  },
});

describe('testSummary', () => {
  it('counts passed, failed, skipped and the rest, with a pass rate over what ran', () => {
    expect(testSummary(report('a', 1, { SUCCEEDED: 3, FAILED: 1, SKIPPED: 2, ERROR: 0, UNKNOWN: 0 }))).toEqual({
      total: 6,
      passed: 3,
      failed: 1,
      skipped: 2,
      other: 0,
      durationMs: 1500,
      passRate: 75,
    });
  });

  it('has no pass rate when nothing ran', () => {
    expect(testSummary(report('a', 1, { SKIPPED: 1 })).passRate).toBeUndefined();
  });
});

describe('sortTestCases and names', () => {
  it('puts failures first, then passes, then skips', () => {
    const c = (name: string, status: TestCase['status']): TestCase => ({ reportArn: 'r', name, status });
    expect(
      sortTestCases([c('b', 'SUCCEEDED'), c('s', 'SKIPPED'), c('f', 'FAILED'), c('a', 'SUCCEEDED')]).map((x) => x.name),
    ).toEqual(['f', 'a', 'b', 's']);
    expect(reportGroupName(GROUP)).toBe('demo-webapp-build-unit-tests');
  });
});

describe('trendSeries', () => {
  it('orders reports oldest first and labels them by build number', () => {
    const points = trendSeries(
      [report('2', 200, { SUCCEEDED: 1, FAILED: 1 }), report('1', 100, { SUCCEEDED: 2 })],
      new Map([
        ['demo-webapp-build:1', 1],
        ['demo-webapp-build:2', 2],
      ]),
    );
    expect(points.map((p) => [p.label, p.passed, p.failed, p.passRate])).toEqual([
      ['#1', 2, 0, 100],
      ['#2', 1, 1, 50],
    ]);
    expect(buildIdOfArn(report('9', 0, {}).executionId)).toBe('demo-webapp-build:9');
  });

  it('keeps the newest points only', () => {
    const many = Array.from({ length: 30 }, (_, i) => report(String(i), i, { SUCCEEDED: 1 }));
    expect(trendSeries(many, new Map(), 20)).toHaveLength(20);
  });
});
