import { Link } from 'react-router';
import { useDeploymentGroups } from '../../../api/codedeploy/batch-get-deployment-groups';
import { useDeploymentGroupNames } from '../../../api/codedeploy/list-deployment-groups';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { errorText } from '../../../components/error-text';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { TableHead } from '../../../components/table-head';
import { createGroupPath, deploymentPath, groupPath } from '../shared/paths';
import { StatusPill } from '../shared/status-pill';

const STYLE_LABEL = { IN_PLACE: 'In place', BLUE_GREEN: 'Blue/green' } as const;

/** The application's deployment groups with their configuration and last deployment. */
export function GroupsPanel({ applicationName }: { applicationName: string }) {
  const names = useDeploymentGroupNames(applicationName);
  const groups = useDeploymentGroups(applicationName, names.data);
  const create = (
    <Link to={createGroupPath(applicationName)} className={buttonClass('primary')}>
      Create deployment group
    </Link>
  );
  const error = names.error ?? groups.error;
  return (
    <Panel
      title={groups.data ? `Deployment groups (${groups.data.length})` : 'Deployment groups'}
      actions={create}
      flush
    >
      {error && (
        <p role="alert" className="px-4 py-3">
          {errorText(error)}
        </p>
      )}
      {(names.isPending || (names.data && names.data.length > 0 && groups.isPending)) && (
        <div className="px-4">
          <Loading label="Reading deployment groups…" />
        </div>
      )}
      {names.data?.length === 0 && (
        <EmptyState title="No deployment groups">
          <p>
            A deployment group says where a deployment goes (instances by tag or Auto Scaling group, a Lambda alias, an
            ECS service), how fast, and what to do when alarms fire or a deployment fails.
          </p>
        </EmptyState>
      )}
      {groups.data && groups.data.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Deployment groups</caption>
            <TableHead columns={['Name', 'Deployment type', 'Deployment configuration', 'Last attempted deployment']} />
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {groups.data.map((g) => (
                <tr key={g.deploymentGroupName} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                  <td className="px-4 py-2.5">
                    <Link
                      to={groupPath(applicationName, g.deploymentGroupName)}
                      className={`${linkClass} font-semibold`}
                    >
                      {g.deploymentGroupName}
                    </Link>
                  </td>
                  <td className="px-4 py-2.5">
                    {g.deploymentStyle ? STYLE_LABEL[g.deploymentStyle.deploymentType] : '–'}
                  </td>
                  <td className="px-4 py-2.5 font-mono text-xs">{g.deploymentConfigName}</td>
                  <td className="px-4 py-2.5">
                    {g.lastAttemptedDeployment ? (
                      <Link to={deploymentPath(g.lastAttemptedDeployment.deploymentId)} className="inline-flex gap-2">
                        <StatusPill status={g.lastAttemptedDeployment.status} />
                        <span className={`${linkClass} font-mono text-xs`}>
                          {g.lastAttemptedDeployment.deploymentId}
                        </span>
                      </Link>
                    ) : (
                      <span className="text-zinc-500">Never deployed</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
