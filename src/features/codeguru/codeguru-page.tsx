import { Link } from 'react-router';
import { useCodeReviews } from '../../api/codeguru-reviewer/list-code-reviews';
import { useRepositoryAssociations } from '../../api/codeguru-reviewer/list-repository-associations';
import { buttonClass, linkClass } from '../../components/button-styles';
import { PageHeader } from '../../components/page-header';
import { Panel } from '../../components/panel';
import { MaintenanceNote } from './reviewer/maintenance-note';
import { codeReviewPath, profilerPath, reviewerPath } from './reviewer/paths';
import { StatePill } from './reviewer/state-pill';

/** Amazon CodeGuru: Reviewer checks changes before they merge; Profiler watches what was deployed. */
export function CodeGuruPage() {
  const associations = useRepositoryAssociations();
  const pullRequestReviews = useCodeReviews('PullRequest');
  const analyses = useCodeReviews('RepositoryAnalysis');
  const associated = (associations.data ?? []).filter((a) => a.State === 'Associated').length;
  const reviewCount = (pullRequestReviews.data?.length ?? 0) + (analyses.data?.length ?? 0);
  const recent = [...(pullRequestReviews.data ?? []), ...(analyses.data ?? [])]
    .sort((a, b) => b.CreatedTimeStamp - a.CreatedTimeStamp)
    .slice(0, 5);
  return (
    <div className="space-y-5">
      <PageHeader
        title="Amazon CodeGuru"
        description="Machine-learning code review before a change is merged, and profiling of the application once it runs: one at the start of the flow, one at its end."
      />
      <MaintenanceNote />
      <div className="grid gap-5 lg:grid-cols-2">
        <Panel
          title="CodeGuru Reviewer"
          actions={
            <Link className={buttonClass('primary')} to={reviewerPath}>
              Open Reviewer
            </Link>
          }
        >
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Reviews the Java and Python code of each pull request in an associated CodeCommit repository and comments on
            the changed lines: hard-coded credentials, injection, resource leaks, concurrency, AWS SDK misuse.
          </p>
          <p className="mt-3 text-sm">
            <span className="font-semibold tabular-nums">{associated}</span> associated{' '}
            {associated === 1 ? 'repository' : 'repositories'} ·{' '}
            <span className="font-semibold tabular-nums">{reviewCount}</span> code{' '}
            {reviewCount === 1 ? 'review' : 'reviews'}
          </p>
          {recent.length > 0 && (
            <ul className="mt-3 divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
              {recent.map((r) => (
                <li key={r.CodeReviewArn} className="flex items-center justify-between gap-3 py-1.5">
                  <Link className={`${linkClass} truncate`} to={codeReviewPath(r.CodeReviewArn)}>
                    {r.Name}
                  </Link>
                  <span className="flex shrink-0 items-center gap-2">
                    <span className="tabular-nums text-zinc-600 dark:text-zinc-400">
                      {r.MetricsSummary?.FindingsCount !== undefined &&
                        `${r.MetricsSummary.FindingsCount} recommendation${r.MetricsSummary.FindingsCount === 1 ? '' : 's'}`}
                    </span>
                    <StatePill state={r.State} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel
          title="CodeGuru Profiler"
          actions={
            <Link className={buttonClass('primary')} to={profilerPath}>
              Open Profiler
            </Link>
          }
        >
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Profiling groups collect stack samples from the agents of a running application. The flame graph shows where
            CPU time goes; recommendations name the expensive code (for example “CPU spent in logging”) so the next
            change through the pipeline can fix it.
          </p>
        </Panel>
      </div>
    </div>
  );
}
