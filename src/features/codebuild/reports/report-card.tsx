import { useMemo } from 'react';
import { useBuilds } from '../../../api/codebuild/batch-get-builds';
import { useReports } from '../../../api/codebuild/batch-get-reports';
import { useCodeCoverages } from '../../../api/codebuild/describe-code-coverages';
import { useGroupReportArns } from '../../../api/codebuild/list-reports-for-report-group';
import type { Report } from '../../../api/codebuild/types';
import { StatusPill } from '../shared/status-badge';
import { reportGroupName, testSummary } from './report-summary';
import { TestCasesTable } from './test-cases-table';
import { TrendChart } from './trend-chart';
import { buildIdOfArn, trendSeries } from './trend-series';

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <dt className="text-xs font-semibold text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="text-lg tabular-nums">{value}</dd>
    </div>
  );
}

function GroupTrend({ report }: { report: Report }) {
  const arns = useGroupReportArns(report.reportGroupArn);
  const reports = useReports(arns.data ?? []);
  const buildIds = useMemo(
    () => [...new Set((reports.data ?? []).map((r) => buildIdOfArn(r.executionId)))],
    [reports.data],
  );
  const builds = useBuilds(buildIds.length > 0 ? buildIds : undefined);
  const numbers = useMemo(() => new Map((builds.data ?? []).map((b) => [b.id, b.buildNumber])), [builds.data]);
  const points = trendSeries(reports.data ?? [], numbers);
  if (points.length === 0) return null;
  return (
    <div>
      <h4 className="mb-1 text-sm font-bold">Trend across builds</h4>
      <TrendChart points={points} currentReportArn={report.arn} />
    </div>
  );
}

function CoverageSummary({ report }: { report: Report }) {
  const files = useCodeCoverages(report.arn);
  const s = report.codeCoverageSummary;
  return (
    <div className="space-y-3">
      <dl className="flex flex-wrap gap-8">
        <Stat label="Line coverage" value={`${s?.lineCoveragePercentage ?? 0}%`} />
        <Stat label="Lines covered" value={s?.linesCovered ?? 0} />
        <Stat label="Lines missed" value={s?.linesMissed ?? 0} />
        <Stat label="Branch coverage" value={`${s?.branchCoveragePercentage ?? 0}%`} />
      </dl>
      {files.data && files.data.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Coverage by file</caption>
          <thead className="text-xs text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1 pr-4 font-semibold">
                File
              </th>
              <th scope="col" className="py-1 pr-4 font-semibold">
                Line coverage
              </th>
              <th scope="col" className="py-1 font-semibold">
                Lines missed
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {files.data.map((f) => (
              <tr key={f.id}>
                <td className="py-1 pr-4 font-mono text-xs">{f.filePath}</td>
                <td className="py-1 pr-4 tabular-nums">{f.lineCoveragePercentage}%</td>
                <td className="py-1 tabular-nums">{f.linesMissed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** One report of the build: its summary, its trend across the group's builds and its test cases or coverage. */
export function ReportCard({ report }: { report: Report }) {
  const name = reportGroupName(report.reportGroupArn);
  const s = report.type === 'TEST' ? testSummary(report) : undefined;
  return (
    <section aria-label={`Report ${name}`} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <header className="mb-3 flex flex-wrap items-center gap-3">
        <h3 className="font-bold">{name}</h3>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">
          {report.type === 'TEST' ? 'Test report' : 'Code coverage'}
        </span>
        <StatusPill status={report.status} />
      </header>
      {s && (
        <div className="space-y-4">
          <div className="flex flex-wrap items-start justify-between gap-6">
            <dl className="flex flex-wrap gap-8" data-testid="test-summary">
              <Stat label="Pass rate" value={s.passRate === undefined ? '–' : `${s.passRate}%`} />
              <Stat label="Total" value={s.total} />
              <Stat label="Passed" value={s.passed} />
              <Stat label="Failed" value={s.failed + s.other} />
              <Stat label="Skipped" value={s.skipped} />
              <Stat label="Duration" value={`${s.durationMs} ms`} />
            </dl>
            <GroupTrend report={report} />
          </div>
          <TestCasesTable reportArn={report.arn} />
        </div>
      )}
      {report.type === 'CODE_COVERAGE' && <CoverageSummary report={report} />}
    </section>
  );
}
