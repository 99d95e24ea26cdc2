import { useReports } from '../../../api/codebuild/batch-get-reports';
import type { Build } from '../../../api/codebuild/types';
import { errorText } from '../../../components/error-text';
import { Loading } from '../../../components/loading';
import { ReportCard } from './report-card';

/** The Reports tab: one card per report the build produced (buildspec `reports:` groups). */
export function ReportsPanel({ build }: { build: Build }) {
  const arns = build.reportArns ?? [];
  const reports = useReports(arns);
  if (arns.length === 0) {
    return (
      <p className="text-zinc-600 dark:text-zinc-400">
        {build.buildComplete
          ? 'This build produced no reports. A buildspec `reports:` section names the files (JUnit XML, coverage) to collect.'
          : 'Reports are collected after the BUILD phase; none yet.'}
      </p>
    );
  }
  if (reports.isPending) return <Loading label="Reading reports…" />;
  if (reports.error)
    return (
      <p role="alert" className="font-mono text-xs text-red-700 dark:text-red-300">
        {errorText(reports.error)}
      </p>
    );
  return (
    <div className="space-y-4">
      {reports.data.map((r) => (
        <ReportCard key={r.arn} report={r} />
      ))}
    </div>
  );
}
