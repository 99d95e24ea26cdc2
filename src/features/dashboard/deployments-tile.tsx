import { Link } from 'react-router';
import { useDeployments } from '../../api/codedeploy/batch-get-deployments';
import type { DeploymentInfo } from '../../api/codedeploy/deployment-types';
import { useDeploymentIds } from '../../api/codedeploy/list-deployments';
import { linkClass } from '../../components/button-styles';
import { errorText } from '../../components/error-text';
import { formatDateTime, formatRelative } from '../../components/format/time';
import { Loading } from '../../components/loading';
import { useSimNow } from '../../components/simulation/use-sim-now';
import { DashboardTile } from './dashboard-tile';

const SHOWN = 5;

const STATUS_CLASS: Record<string, string> = {
  Succeeded: 'text-emerald-800 dark:text-emerald-300',
  InProgress: 'text-sky-800 dark:text-sky-300',
  Ready: 'text-sky-800 dark:text-sky-300',
  Baking: 'text-sky-800 dark:text-sky-300',
  Created: 'text-zinc-700 dark:text-zinc-300',
  Queued: 'text-zinc-700 dark:text-zinc-300',
  Stopped: 'text-amber-900 dark:text-amber-300',
};

const STATUS_LABEL: Record<string, string> = { InProgress: 'In progress' };

function DeploymentRow({ deployment, now }: { deployment: DeploymentInfo; now: number | undefined }) {
  const created = (deployment.createTime ?? 0) * 1000;
  return (
    <li className="py-1.5">
      <div className="flex items-baseline justify-between gap-3">
        <Link
          to={`/codedeploy/deployments/${encodeURIComponent(deployment.deploymentId)}`}
          className={`${linkClass} truncate font-semibold`}
        >
          {deployment.applicationName} · {deployment.deploymentGroupName}
        </Link>
        <span
          className={`shrink-0 text-xs font-semibold ${STATUS_CLASS[deployment.status] ?? 'text-red-800 dark:text-red-300'}`}
        >
          {STATUS_LABEL[deployment.status] ?? deployment.status}
        </span>
      </div>
      <p className="truncate text-xs text-zinc-600 dark:text-zinc-400" title={formatDateTime(created)}>
        <span className="font-mono">{deployment.deploymentId}</span> · {deployment.creator ?? 'user'} ·{' '}
        {now === undefined ? formatDateTime(created) : formatRelative(created, now)}
      </p>
    </li>
  );
}

/** The 5 most recent CodeDeploy deployments with their status, each linking to its page. */
export function DeploymentsTile() {
  const ids = useDeploymentIds({});
  const recent = ids.data?.slice(0, SHOWN);
  const deployments = useDeployments(recent);
  const now = useSimNow();
  const error = ids.error ?? deployments.error;
  return (
    <DashboardTile title="Deployments" to="/codedeploy" count={ids.data?.length}>
      {(ids.isPending || (recent && recent.length > 0 && deployments.isPending)) && (
        <Loading label="Reading deployments…" />
      )}
      {error && <p role="alert">Deployments could not be listed: {errorText(error)}</p>}
      {ids.data?.length === 0 && (
        <p className="text-zinc-600 dark:text-zinc-400">
          No deployments yet. CodeDeploy rolls a revision out to instances, Lambda aliases or ECS services, in place or
          blue/green.
        </p>
      )}
      {deployments.data && deployments.data.length > 0 && (
        <>
          <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">Most recent deployments</p>
          <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {deployments.data.map((d) => (
              <DeploymentRow key={d.deploymentId} deployment={d} now={now} />
            ))}
          </ul>
        </>
      )}
      <Link to="/codedeploy" className={`${linkClass} mt-2 inline-block text-sm`}>
        Open CodeDeploy
      </Link>
    </DashboardTile>
  );
}
