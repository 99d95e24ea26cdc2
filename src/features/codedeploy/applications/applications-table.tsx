import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ApplicationInfo } from '../../../api/codedeploy/control-types';
import type { DeploymentInfo } from '../../../api/codedeploy/deployment-types';
import { listDeploymentGroupsQueryOptions } from '../../../api/codedeploy/list-deployment-groups';
import { linkClass } from '../../../components/button-styles';
import { formatDateTime } from '../../../components/format/time';
import { TableHead } from '../../../components/table-head';
import { applicationPath, deploymentPath } from '../shared/paths';
import { PLATFORM_LABEL } from '../shared/platform';
import { StatusPill } from '../shared/status-pill';

const COLUMNS = ['Application', 'Compute platform', 'Deployment groups', 'Latest deployment', 'Created'];

/** Applications with their platform, how many groups they have and how their latest deployment went. */
export function ApplicationsTable({
  applications,
  recent,
}: {
  applications: ApplicationInfo[];
  recent: DeploymentInfo[] | undefined;
}) {
  const groupCounts = useQueries({
    queries: applications.map((a) => listDeploymentGroupsQueryOptions(a.applicationName)),
  });
  const latest = new Map<string, DeploymentInfo>();
  for (const d of recent ?? []) if (!latest.has(d.applicationName)) latest.set(d.applicationName, d);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Applications</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {applications.map((a, i) => {
            const last = latest.get(a.applicationName);
            return (
              <tr key={a.applicationName} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                <td className="px-4 py-2.5">
                  <Link to={applicationPath(a.applicationName)} className={`${linkClass} font-semibold`}>
                    {a.applicationName}
                  </Link>
                </td>
                <td className="px-4 py-2.5">{PLATFORM_LABEL[a.computePlatform]}</td>
                <td className="px-4 py-2.5">{groupCounts[i]?.data?.length ?? '…'}</td>
                <td className="px-4 py-2.5">
                  {last ? (
                    <Link to={deploymentPath(last.deploymentId)} aria-label={`${last.deploymentId}: ${last.status}`}>
                      <StatusPill status={last.status} />
                    </Link>
                  ) : (
                    <span className="text-zinc-500">No recent deployment</span>
                  )}
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap">{formatDateTime(a.createTime * 1000)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
