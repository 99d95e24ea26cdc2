import { Link } from 'react-router';
import { useDeployments } from '../../../api/codedeploy/batch-get-deployments';
import { useDeploymentIds, type DeploymentFilter } from '../../../api/codedeploy/list-deployments';
import { linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { errorText } from '../../../components/error-text';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { TableHead } from '../../../components/table-head';
import { applicationPath, deploymentPath, groupPath } from './paths';
import { revisionLabel } from './revision-label';
import { StatusPill } from './status-pill';

const COLUMNS = ['Deployment ID', 'Status', 'Application', 'Deployment group', 'Revision', 'Initiated by', 'Created'];

/** Deployments matching a filter, newest first, each linking to its page. */
export function DeploymentsTable({ filter, limit = 10 }: { filter: DeploymentFilter; limit?: number }) {
  const ids = useDeploymentIds(filter);
  const shown = ids.data?.slice(0, limit);
  const deployments = useDeployments(shown);
  const error = ids.error ?? deployments.error;
  if (error)
    return (
      <p role="alert" className="px-4 py-3">
        Deployments could not be listed: {errorText(error)}
      </p>
    );
  if (ids.isPending || (shown && shown.length > 0 && deployments.isPending))
    return (
      <div className="px-4">
        <Loading label="Reading deployments…" />
      </div>
    );
  if (!deployments.data || deployments.data.length === 0)
    return (
      <EmptyState title="No deployments yet">
        <p>Create a deployment to roll a revision out to the deployment group&apos;s instances, function or service.</p>
      </EmptyState>
    );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Deployments</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {deployments.data.map((d) => (
            <tr key={d.deploymentId} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
              <td className="px-4 py-2.5">
                <Link
                  to={deploymentPath(d.deploymentId)}
                  className={`${linkClass} font-mono font-semibold whitespace-nowrap`}
                >
                  {d.deploymentId}
                </Link>
              </td>
              <td className="px-4 py-2.5">
                <StatusPill status={d.status} />
              </td>
              <td className="px-4 py-2.5">
                <Link to={applicationPath(d.applicationName)} className={linkClass}>
                  {d.applicationName}
                </Link>
              </td>
              <td className="px-4 py-2.5">
                <Link to={groupPath(d.applicationName, d.deploymentGroupName)} className={linkClass}>
                  {d.deploymentGroupName}
                </Link>
              </td>
              <td className="max-w-xs truncate px-4 py-2.5 font-mono text-xs" title={revisionLabel(d.revision)}>
                {revisionLabel(d.revision)}
              </td>
              <td className="px-4 py-2.5">{d.creator ?? '–'}</td>
              <td className="px-4 py-2.5 whitespace-nowrap">
                {d.createTime ? formatDateTime(d.createTime * 1000) : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
