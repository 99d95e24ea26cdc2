import { useState } from 'react';
import { Link } from 'react-router';
import { useCodeReviews } from '../../../api/codeguru-reviewer/list-code-reviews';
import { useRepositoryAssociations } from '../../../api/codeguru-reviewer/list-repository-associations';
import { REVIEWER_ERROR_EXPLANATIONS } from '../../../api/codeguru-reviewer/service';
import { fromEpochSeconds } from '../../../api/codecommit/service';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { ErrorCallout } from '../../../components/error-callout';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { TableHead } from '../../../components/table-head';
import { CreateAnalysisDialog } from './create-analysis-dialog';
import { codeReviewPath, pullRequestPath } from './paths';
import { StatePill } from './state-pill';

const COLUMNS = ['Name', 'Repository', 'Type', 'Source', 'State', 'Findings', 'Created'] as const;

/** ListCodeReviews of both types, newest first, with Create repository analysis. */
export function CodeReviewsPanel() {
  const pullRequests = useCodeReviews('PullRequest');
  const analyses = useCodeReviews('RepositoryAnalysis');
  const associations = useRepositoryAssociations();
  const [creating, setCreating] = useState(false);
  const reviews = [...(pullRequests.data ?? []), ...(analyses.data ?? [])].sort(
    (a, b) => b.CreatedTimeStamp - a.CreatedTimeStamp,
  );
  const error = pullRequests.error ?? analyses.error;
  return (
    <Panel
      title="Code reviews"
      flush
      actions={
        <button type="button" className={buttonClass('normal')} onClick={() => setCreating(true)}>
          Create repository analysis
        </button>
      }
    >
      {(pullRequests.isPending || analyses.isPending) && <Loading label="Reading code reviews…" />}
      {error && (
        <div className="p-4">
          <ErrorCallout error={error} explanations={REVIEWER_ERROR_EXPLANATIONS} />
        </div>
      )}
      {pullRequests.isSuccess && analyses.isSuccess && reviews.length === 0 && (
        <EmptyState title="No code reviews yet">
          <p>
            Open a pull request in an associated repository (or push to the source branch of an open one), or create a
            repository analysis of a branch. The review takes about two minutes of simulated time.
          </p>
        </EmptyState>
      )}
      {reviews.length > 0 && (
        <table className="w-full text-left text-sm">
          <TableHead columns={COLUMNS} />
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {reviews.map((r) => (
              <tr key={r.CodeReviewArn}>
                <td className="max-w-72 px-4 py-2 font-semibold break-all">
                  <Link className={linkClass} to={codeReviewPath(r.CodeReviewArn)}>
                    {r.Name}
                  </Link>
                </td>
                <td className="px-4 py-2 whitespace-nowrap">{r.RepositoryName}</td>
                <td className="px-4 py-2">{r.Type === 'PullRequest' ? 'Pull request' : 'Repository analysis'}</td>
                <td className="px-4 py-2 whitespace-nowrap">
                  {r.PullRequestId !== undefined ? (
                    <Link className={linkClass} to={pullRequestPath(r.RepositoryName, r.PullRequestId)}>
                      Pull request #{r.PullRequestId}
                    </Link>
                  ) : (
                    <span>
                      Branch <code className="font-mono">{r.SourceCodeType?.RepositoryHead?.BranchName}</code>
                    </span>
                  )}
                </td>
                <td className="px-4 py-2">
                  <StatePill state={r.State} />
                </td>
                <td className="px-4 py-2 tabular-nums">{r.MetricsSummary?.FindingsCount ?? '–'}</td>
                <td className="px-4 py-2 whitespace-nowrap">
                  {formatDateTime(fromEpochSeconds(r.CreatedTimeStamp).getTime())}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && <CreateAnalysisDialog associations={associations.data ?? []} onClose={() => setCreating(false)} />}
    </Panel>
  );
}
