import { Link } from 'react-router';
import { usePendingApprovals } from '../../api/codepipeline/pending-approvals';
import { linkClass } from '../../components/button-styles';
import { errorText } from '../../components/error-text';
import { formatCountdown } from '../../components/format/time';
import { useSimNow } from '../../components/simulation/use-sim-now';
import { DashboardTile } from './dashboard-tile';

const e = encodeURIComponent;

/** "Waiting on you": every manual approval holding an execution, with the time it has left and a link to review it. */
export function ApprovalsTile() {
  const { approvals, error } = usePendingApprovals();
  const now = useSimNow(1000);
  return (
    <DashboardTile title="Waiting on you" to="/codepipeline" count={approvals.length}>
      {error ? <p role="alert">Approvals could not be read: {errorText(error)}</p> : null}
      {approvals.length === 0 && !error && (
        <p className="text-zinc-600 dark:text-zinc-400">
          Nothing is waiting for approval. A manual approval action holds a pipeline execution until someone approves or
          rejects it.
        </p>
      )}
      {approvals.length > 0 && (
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800" data-testid="pending-approvals">
          {approvals.map((a) => (
            <li
              key={`${a.pipelineName}/${a.stageName}/${a.actionName}`}
              className="flex items-baseline justify-between gap-3 py-1.5"
            >
              <Link
                to={`/codepipeline/pipelines/${e(a.pipelineName)}?review=${e(a.stageName)}&action=${e(a.actionName)}`}
                className={`${linkClass} truncate font-semibold`}
              >
                Review {a.pipelineName} · {a.actionName}
              </Link>
              {a.expiresAt !== undefined && now !== undefined && (
                <span className="shrink-0 text-xs tabular-nums text-amber-900 dark:text-amber-300">
                  {formatCountdown(a.expiresAt - now)} left
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </DashboardTile>
  );
}
