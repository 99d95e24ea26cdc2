import { optionalInteger, optionalString } from '../../core/input';
import { deleteOwn, getOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { epochSecondsAt } from '../../core/time';
import { reportGroupArn } from '../build/upload';
import { codebuildErrors as errors } from '../errors';
import type { Report, ReportGroup } from '../state';
import { page, sortOrder, stringList } from './common';

const REPORT_GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9\-_]{1,127}$/;
const REPORT_GROUP_LIMIT = 1000;
const STATUSES = ['SUCCEEDED', 'FAILED', 'ERROR', 'SKIPPED', 'UNKNOWN'] as const;

const at = (ctx: SimContext, t: number) => epochSecondsAt(ctx.world.startEpochMs, t);

function groupView(ctx: SimContext, g: ReportGroup) {
  return {
    arn: g.arn,
    name: g.name,
    type: g.type,
    exportConfig: { exportConfigType: 'NO_EXPORT' },
    created: at(ctx, g.created),
    lastModified: at(ctx, g.lastModified),
    tags: g.tags,
    status: 'ACTIVE',
  };
}

function reportView(ctx: SimContext, r: Report) {
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, r.testCases.filter((c) => c.status === s).length]));
  const lines = r.coverage.reduce((n, c) => n + c.linesCovered, 0);
  const missed = r.coverage.reduce((n, c) => n + c.linesMissed, 0);
  const branches = r.coverage.reduce((n, c) => n + (c.branchesCovered ?? 0), 0);
  const branchesMissed = r.coverage.reduce((n, c) => n + (c.branchesMissed ?? 0), 0);
  const pct = (a: number, b: number) => (a + b === 0 ? 0 : Math.round((a / (a + b)) * 10000) / 100);
  return {
    arn: r.arn,
    type: r.type,
    name: r.name,
    reportGroupArn: r.reportGroupArn,
    executionId: r.executionId,
    status: r.status,
    created: at(ctx, r.created),
    expired: at(ctx, r.expired),
    exportConfig: { exportConfigType: 'NO_EXPORT' },
    truncated: false,
    ...(r.type === 'TEST' && {
      testSummary: {
        total: r.testCases.length,
        statusCounts,
        durationInNanoSeconds: r.testCases.reduce((n, c) => n + c.durationInNanoSeconds, 0),
      },
    }),
    ...(r.type === 'CODE_COVERAGE' && {
      codeCoverageSummary: {
        lineCoveragePercentage: pct(lines, missed),
        linesCovered: lines,
        linesMissed: missed,
        branchCoveragePercentage: pct(branches, branchesMissed),
        branchesCovered: branches,
        branchesMissed,
      },
    }),
  };
}

function requireGroup(ctx: SimContext, arn: string | undefined): ReportGroup {
  if (!arn) throw errors.required('reportGroupArn');
  const group = getOwn(ctx.world.account.codebuild.reportGroups, arn);
  if (!group) throw errors.reportGroupNotFound(arn);
  return group;
}

function requireReport(ctx: SimContext, arn: string | undefined): Report {
  if (!arn) throw errors.required('reportArn');
  const report = getOwn(ctx.world.account.codebuild.reports, arn);
  if (!report) throw errors.reportNotFound(arn);
  return report;
}

function maxResults(input: Record<string, unknown>, fallback: number): number {
  const value = optionalInteger(input, 'maxResults') ?? fallback;
  if (value < 1 || value > 100)
    throw errors.constraint(value, 'maxResults', 'Member must have value between 1 and 100');
  return value;
}

export const CreateReportGroup: Operation = (ctx, input) => {
  const name = optionalString(input, 'name');
  if (!name) throw errors.required('name');
  if (!REPORT_GROUP_NAME.test(name))
    throw errors.constraint(
      name,
      'name',
      'Member must satisfy regular expression pattern: [A-Za-z0-9][A-Za-z0-9\\-_]{1,127}',
    );
  const type = optionalString(input, 'type');
  if (type !== 'TEST' && type !== 'CODE_COVERAGE')
    throw errors.constraint(type ?? 'null', 'type', 'Member must satisfy enum value set: [TEST, CODE_COVERAGE]');
  const groups = ctx.world.account.codebuild.reportGroups;
  const arn = reportGroupArn(ctx, name);
  if (getOwn(groups, arn)) throw errors.reportGroupExists(arn);
  if (Object.keys(groups).length >= REPORT_GROUP_LIMIT) throw errors.reportGroupLimit(REPORT_GROUP_LIMIT);
  const tags = Array.isArray(input.tags) ? (input.tags as { key: string; value: string }[]) : [];
  const group: ReportGroup = { arn, name, type, created: ctx.now, lastModified: ctx.now, tags };
  setOwn(groups, arn, group);
  return { reportGroup: groupView(ctx, group) };
};

export const UpdateReportGroup: Operation = (ctx, input) => {
  const group = requireGroup(ctx, optionalString(input, 'arn'));
  if (Array.isArray(input.tags)) group.tags = input.tags as { key: string; value: string }[];
  group.lastModified = ctx.now;
  return { reportGroup: groupView(ctx, group) };
};

export const DeleteReportGroup: Operation = (ctx, input) => {
  const group = requireGroup(ctx, optionalString(input, 'arn'));
  const state = ctx.world.account.codebuild;
  const reports = Object.values(state.reports).filter((r) => r.reportGroupArn === group.arn);
  if (reports.length > 0 && input.deleteReports !== true) {
    throw errors.invalidInput(`Report group ${group.arn} has reports; delete them first or set deleteReports`);
  }
  for (const r of reports) deleteOwn(state.reports, r.arn);
  deleteOwn(state.reportGroups, group.arn);
  return {};
};

export const BatchGetReportGroups: Operation = (ctx, input) => {
  const arns = stringList(input, 'reportGroupArns', 100);
  const found = [];
  const missing = [];
  for (const arn of arns) {
    const group = getOwn(ctx.world.account.codebuild.reportGroups, arn);
    if (group) found.push(groupView(ctx, group));
    else missing.push(arn);
  }
  return { reportGroups: found, reportGroupsNotFound: missing };
};

export const ListReportGroups: Operation = (ctx, input) => {
  const sortBy = input.sortBy ?? 'CREATED_TIME';
  if (sortBy !== 'NAME' && sortBy !== 'CREATED_TIME' && sortBy !== 'LAST_MODIFIED_TIME') {
    throw errors.constraint(
      sortBy,
      'sortBy',
      'Member must satisfy enum value set: [NAME, CREATED_TIME, LAST_MODIFIED_TIME]',
    );
  }
  const order = sortOrder(input, sortBy === 'NAME' ? 'ASCENDING' : 'DESCENDING');
  const groups = Object.values(ctx.world.account.codebuild.reportGroups).sort((a, b) =>
    sortBy === 'NAME'
      ? a.name < b.name
        ? -1
        : 1
      : sortBy === 'CREATED_TIME'
        ? a.created - b.created || (a.name < b.name ? -1 : 1)
        : a.lastModified - b.lastModified || (a.name < b.name ? -1 : 1),
  );
  if (order === 'DESCENDING') groups.reverse();
  const { items, nextToken } = page(
    groups.map((g) => g.arn),
    input.nextToken,
    maxResults(input, 100),
  );
  return { reportGroups: items, ...(nextToken && { nextToken }) };
};

function reportFilter(input: Record<string, unknown>): (r: Report) => boolean {
  const filter = input.filter as { status?: string } | undefined;
  return (r) => filter?.status === undefined || r.status === filter.status;
}

export const ListReportsForReportGroup: Operation = (ctx, input) => {
  const group = requireGroup(ctx, optionalString(input, 'reportGroupArn'));
  const order = sortOrder(input, 'DESCENDING');
  const matches = reportFilter(input);
  const reports = Object.values(ctx.world.account.codebuild.reports).filter(
    (r) => r.reportGroupArn === group.arn && matches(r),
  );
  if (order === 'DESCENDING') reports.reverse();
  const { items, nextToken } = page(
    reports.map((r) => r.arn),
    input.nextToken,
    maxResults(input, 100),
  );
  return { reports: items, ...(nextToken && { nextToken }) };
};

export const ListReports: Operation = (ctx, input) => {
  const order = sortOrder(input, 'DESCENDING');
  const matches = reportFilter(input);
  const reports = Object.values(ctx.world.account.codebuild.reports).filter(matches);
  if (order === 'DESCENDING') reports.reverse();
  const { items, nextToken } = page(
    reports.map((r) => r.arn),
    input.nextToken,
    maxResults(input, 100),
  );
  return { reports: items, ...(nextToken && { nextToken }) };
};

export const BatchGetReports: Operation = (ctx, input) => {
  const arns = stringList(input, 'reportArns', 100);
  const found = [];
  const missing = [];
  for (const arn of arns) {
    const report = getOwn(ctx.world.account.codebuild.reports, arn);
    if (report) found.push(reportView(ctx, report));
    else missing.push(arn);
  }
  return { reports: found, reportsNotFound: missing };
};

export const DeleteReport: Operation = (ctx, input) => {
  const report = requireReport(ctx, optionalString(input, 'arn'));
  deleteOwn(ctx.world.account.codebuild.reports, report.arn);
  return {};
};

/** Test cases of a report; `filter.status` and `filter.keyword` (name or prefix contains) narrow them. */
export const DescribeTestCases: Operation = (ctx, input) => {
  const report = requireReport(ctx, optionalString(input, 'reportArn'));
  const filter = (input.filter ?? {}) as { status?: string; keyword?: string };
  const cases = report.testCases.filter(
    (c) =>
      (filter.status === undefined || c.status === filter.status) &&
      (filter.keyword === undefined || c.name.includes(filter.keyword) || c.prefix.includes(filter.keyword)),
  );
  const { items, nextToken } = page(cases, input.nextToken, maxResults(input, 50));
  return {
    testCases: items.map((c) => ({
      reportArn: report.arn,
      testRawDataPath: c.testRawDataPath,
      prefix: c.prefix,
      name: c.name,
      status: c.status,
      durationInNanoSeconds: c.durationInNanoSeconds,
      ...(c.message !== undefined && { message: c.message }),
      expired: at(ctx, report.expired),
      ...(c.testSuiteName !== undefined && { testSuiteName: c.testSuiteName }),
    })),
    ...(nextToken && { nextToken }),
  };
};

export const DescribeCodeCoverages: Operation = (ctx, input) => {
  const report = requireReport(ctx, optionalString(input, 'reportArn'));
  const sortBy = optionalString(input, 'sortBy') ?? 'FILE_PATH';
  const min = typeof input.minLineCoveragePercentage === 'number' ? input.minLineCoveragePercentage : 0;
  const max = typeof input.maxLineCoveragePercentage === 'number' ? input.maxLineCoveragePercentage : 100;
  const rows = report.coverage
    .filter((c) => c.lineCoveragePercentage >= min && c.lineCoveragePercentage <= max)
    .sort((a, b) =>
      sortBy === 'LINE_COVERAGE_PERCENTAGE'
        ? a.lineCoveragePercentage - b.lineCoveragePercentage
        : a.filePath < b.filePath
          ? -1
          : 1,
    );
  if (sortOrder(input, 'ASCENDING') === 'DESCENDING') rows.reverse();
  const { items, nextToken } = page(rows, input.nextToken, maxResults(input, 100));
  return {
    codeCoverages: items.map((c) => ({ ...c, reportARN: report.arn, expired: at(ctx, report.expired) })),
    ...(nextToken && { nextToken }),
  };
};
