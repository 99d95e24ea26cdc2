import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useDeleteDeploymentGroup } from '../../../api/codedeploy/delete-deployment-group';
import { useDeploymentGroup } from '../../../api/codedeploy/get-deployment-group';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { ErrorPanel } from '../../../components/error-panel';
import { KeyValueList } from '../../../components/key-value-list';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { CODEDEPLOY_ERROR_EXPLANATIONS } from '../../../engine/codedeploy/errors';
import { DeploymentsTable } from '../shared/deployments-table';
import { applicationPath, createDeploymentPath, deploymentPath, editGroupPath, fleetPath } from '../shared/paths';
import { revisionLabel } from '../shared/revision-label';
import { StatusPill } from '../shared/status-pill';
import { loadBalancerLines, styleLines, targetLines } from './group-summary';

function Lines({ lines, none = '–' }: { lines: string[]; none?: string }) {
  if (lines.length === 0) return <span className="text-zinc-500">{none}</span>;
  return (
    <ul>
      {lines.map((l) => (
        <li key={l} className="break-all">
          {l}
        </li>
      ))}
    </ul>
  );
}

function DeleteGroupDialog({
  application,
  group,
  onClose,
}: {
  application: string;
  group: string;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const remove = useDeleteDeploymentGroup();
  return (
    <ConfirmDeleteDialog
      title={`Delete ${group}?`}
      confirmLabel="Delete deployment group"
      error={remove.error}
      explanations={CODEDEPLOY_ERROR_EXPLANATIONS}
      onConfirm={() =>
        remove.mutate(
          { applicationName: application, deploymentGroupName: group },
          { onSuccess: () => void navigate(applicationPath(application)) },
        )
      }
      onClose={onClose}
    >
      <p>DeleteDeploymentGroup removes the group; instances keep what was installed on them.</p>
    </ConfirmDeleteDialog>
  );
}

/** A deployment group: where it deploys, how, what it watches, and its deployments. */
export function GroupPage() {
  const { name = '', group = '' } = useParams();
  const [deleting, setDeleting] = useState(false);
  const info = useDeploymentGroup(name, group);
  if (info.error)
    return (
      <ErrorPanel
        error={info.error}
        subject={`Deployment group ${group}`}
        back={{ to: applicationPath(name), label: name }}
      />
    );
  if (info.isPending) return <Loading label="Reading the deployment group…" />;
  const g = info.data;
  const alarms = g.alarmConfiguration;
  const rollback = g.autoRollbackConfiguration;
  const last = g.lastAttemptedDeployment;
  return (
    <>
      <PageHeader
        title={group}
        description={
          <>
            Deployment group of{' '}
            <Link to={applicationPath(name)} className={linkClass}>
              {name}
            </Link>{' '}
            · ID {g.deploymentGroupId}
          </>
        }
        actions={
          <>
            <Link to={fleetPath('faults')} className={buttonClass('normal')}>
              Inject a fault
            </Link>
            <button type="button" className={buttonClass('normal')} onClick={() => setDeleting(true)}>
              Delete
            </button>
            <Link to={editGroupPath(name, group)} className={buttonClass('normal')}>
              Edit
            </Link>
            <Link to={createDeploymentPath(name, group)} className={buttonClass('primary')}>
              Create deployment
            </Link>
          </>
        }
      />
      <div className="space-y-4">
        <Panel title="Details">
          <KeyValueList
            items={[
              { label: 'Deployment configuration', value: <span className="font-mono">{g.deploymentConfigName}</span> },
              { label: 'Service role', value: <span className="font-mono text-xs">{g.serviceRoleArn}</span> },
              { label: 'Deployment type', value: <Lines lines={styleLines(g)} /> },
              { label: 'Targets', value: <Lines lines={targetLines(g)} none="Named by each revision's AppSpec" /> },
              { label: 'Load balancer', value: <Lines lines={loadBalancerLines(g)} none="None" /> },
              {
                label: 'Alarms',
                value:
                  alarms?.enabled && alarms.alarms.length > 0
                    ? `${alarms.alarms.map((a) => a.name).join(', ')}${alarms.ignorePollAlarmFailure ? ' (alarm configuration failures ignored)' : ''}`
                    : 'Not watched',
              },
              {
                label: 'Automatic rollback',
                value: rollback?.enabled ? rollback.events.join(', ') : 'Off',
              },
              {
                label: 'Last attempted deployment',
                value: last ? (
                  <Link to={deploymentPath(last.deploymentId)} className="inline-flex items-center gap-2">
                    <StatusPill status={last.status} />
                    <span className={`${linkClass} font-mono text-xs`}>{last.deploymentId}</span>
                  </Link>
                ) : (
                  'Never deployed'
                ),
              },
              {
                label: 'Target revision',
                value: <span className="font-mono text-xs">{revisionLabel(g.targetRevision)}</span>,
              },
            ]}
          />
        </Panel>
        <Panel title="Deployments" flush>
          <DeploymentsTable filter={{ applicationName: name, deploymentGroupName: group }} limit={25} />
        </Panel>
      </div>
      {deleting && <DeleteGroupDialog application={name} group={group} onClose={() => setDeleting(false)} />}
    </>
  );
}
