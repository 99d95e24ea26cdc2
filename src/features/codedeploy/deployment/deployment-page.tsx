import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useAllDeploymentTargets } from '../../../api/codedeploy/batch-get-deployment-targets';
import type { DeploymentInfo } from '../../../api/codedeploy/deployment-types';
import { getDeploymentGroupQueryOptions } from '../../../api/codedeploy/get-deployment-group';
import { useDeployment } from '../../../api/codedeploy/get-deployment';
import { linkClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { formatDateTime, formatSpan } from '../../../components/format/time';
import { KeyValueList } from '../../../components/key-value-list';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { useDeploymentNow } from './use-deployment-now';
import { applicationPath, deploymentPath, groupPath, simulationPath } from '../shared/paths';
import { revisionLabel } from '../shared/revision-label';
import { StatusPill } from '../shared/status-pill';
import { DeploymentControls } from './deployment-controls';
import { FailurePanel } from './failure-panel';
import { LifecycleTimeline } from './lifecycle-timeline';
import { TargetsTable } from './targets-table';
import { toTimeline } from './timeline-rows';
import { TrafficChart } from './traffic-chart';
import { useWidth } from '../../../components/use-width';

const COUNTERS = ['Pending', 'InProgress', 'Succeeded', 'Failed', 'Skipped', 'Ready'] as const;

function DeploymentLink({ id }: { id: string }) {
  return (
    <Link to={deploymentPath(id)} className={`${linkClass} font-mono`}>
      {id}
    </Link>
  );
}

function RollbackLinks({ deployment }: { deployment: DeploymentInfo }) {
  const info = deployment.rollbackInfo;
  if (!info?.rollbackDeploymentId && !info?.rollbackTriggeringDeploymentId) return null;
  return (
    <p className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
      {info.rollbackDeploymentId && (
        <>
          Rolled back by <DeploymentLink id={info.rollbackDeploymentId} />.{' '}
        </>
      )}
      {info.rollbackTriggeringDeploymentId && (
        <>
          Rollback of <DeploymentLink id={info.rollbackTriggeringDeploymentId} />.{' '}
        </>
      )}
      {info.rollbackMessage}
    </p>
  );
}

function Summary({ deployment, now }: { deployment: DeploymentInfo; now: number | undefined }) {
  const end = deployment.completeTime ?? (now === undefined ? undefined : now / 1000);
  const started = deployment.startTime ?? deployment.createTime;
  return (
    <KeyValueList
      items={[
        { label: 'Status', value: <StatusPill status={deployment.status} /> },
        {
          label: 'Application',
          value: (
            <Link to={applicationPath(deployment.applicationName)} className={linkClass}>
              {deployment.applicationName}
            </Link>
          ),
        },
        {
          label: 'Deployment group',
          value: (
            <Link to={groupPath(deployment.applicationName, deployment.deploymentGroupName)} className={linkClass}>
              {deployment.deploymentGroupName}
            </Link>
          ),
        },
        {
          label: 'Deployment configuration',
          value: <span className="font-mono text-xs">{deployment.deploymentConfigName}</span>,
        },
        {
          label: 'Revision',
          value: <span className="font-mono text-xs break-all">{revisionLabel(deployment.revision)}</span>,
        },
        {
          label: 'Deployment type',
          value: `${deployment.computePlatform ?? 'Server'} · ${deployment.deploymentStyle?.deploymentType === 'BLUE_GREEN' ? 'Blue/green' : 'In-place'}`,
        },
        { label: 'Initiated by', value: deployment.creator ?? '–' },
        { label: 'Description', value: deployment.description ?? '–' },
        { label: 'Created', value: deployment.createTime ? formatDateTime(deployment.createTime * 1000) : '–' },
        { label: 'Started', value: deployment.startTime ? formatDateTime(deployment.startTime * 1000) : '–' },
        { label: 'Completed', value: deployment.completeTime ? formatDateTime(deployment.completeTime * 1000) : '–' },
        {
          label: 'Duration',
          value: started !== undefined && end !== undefined ? formatSpan((end - started) * 1000) : '–',
        },
      ]}
    />
  );
}

function Overview({ deployment }: { deployment: DeploymentInfo }) {
  const overview = deployment.deploymentOverview ?? {};
  return (
    <dl aria-label="Deployment overview" className="grid grid-cols-3 gap-3 sm:grid-cols-6">
      {COUNTERS.map((c) => (
        <div key={c} className="rounded-lg border border-zinc-200 px-3 py-2 text-center dark:border-zinc-800">
          <dt className="text-xs text-zinc-600 dark:text-zinc-400">{c === 'InProgress' ? 'In progress' : c}</dt>
          <dd className="text-xl font-bold tabular-nums">{overview[c] ?? 0}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A deployment: what it is, why it failed, its traffic, its lifecycle timeline and its targets. */
export function DeploymentPage() {
  const { id = '' } = useParams();
  const { data: deployment, error, isPending } = useDeployment(id);
  const targets = useAllDeploymentTargets(deployment ? id : undefined);
  const rollbackId = deployment?.rollbackInfo?.rollbackDeploymentId;
  const rollback = useDeployment(rollbackId);
  const rollbackTargets = useAllDeploymentTargets(rollbackId);
  const group = useQuery({
    ...getDeploymentGroupQueryOptions(deployment?.applicationName ?? '', deployment?.deploymentGroupName ?? ''),
    enabled: deployment !== undefined,
  });
  const now = useDeploymentNow();
  const [timelineRef, timelineWidth] = useWidth<HTMLDivElement>();

  if (error)
    return <ErrorPanel error={error} subject={`Deployment ${id}`} back={{ to: '/codedeploy', label: 'Deploy' }} />;
  if (isPending) return <Loading label="Reading the deployment…" />;

  const targetList = targets.data ?? [];
  const timeline = toTimeline(
    deployment,
    targetList,
    now ?? (deployment.completeTime ?? deployment.startTime ?? deployment.createTime ?? 0) * 1000,
    rollback.data ? { deployment: rollback.data, targets: rollbackTargets.data ?? [] } : undefined,
  );
  const alarmNames = group.data?.alarmConfiguration?.enabled
    ? group.data.alarmConfiguration.alarms.map((a) => a.name)
    : undefined;

  return (
    <>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            <span className="font-mono text-xl break-all">{deployment.deploymentId}</span>
            <StatusPill status={deployment.status} />
          </span>
        }
        description={`Deployment of ${deployment.applicationName} to ${deployment.deploymentGroupName} with ${deployment.deploymentConfigName}`}
        actions={<DeploymentControls deployment={deployment} />}
      />
      <RollbackLinks deployment={deployment} />
      <FailurePanel deployment={deployment} targets={targetList} />
      <Panel
        title="Deployment status"
        className="mb-4"
        actions={
          <Link to={simulationPath()} className={`${linkClass} text-sm`}>
            How deployments are simulated
          </Link>
        }
      >
        <Overview deployment={deployment} />
        <div className="mt-4">
          <Summary deployment={deployment} now={now} />
        </div>
      </Panel>
      <Panel title="Traffic" className="mb-4">
        <TrafficChart
          deployment={deployment}
          targets={targetList}
          {...(rollback.data && { rollback: rollback.data })}
          {...(alarmNames && { alarmNames })}
          {...(group.data && { group: group.data })}
        />
      </Panel>
      <Panel
        title="Lifecycle timeline"
        className="mb-4"
        actions={
          timeline.batches > 0 && (
            <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="batch-count">
              {timeline.batches === 1 ? '1 batch' : `${timeline.batches} batches`}
            </span>
          )
        }
      >
        <div ref={timelineRef}>
          {timeline.rows.length === 0 ? (
            <p className="text-sm">No lifecycle event has started yet.</p>
          ) : (
            <LifecycleTimeline timeline={timeline} width={timelineWidth} />
          )}
        </div>
      </Panel>
      <Panel title={`Deployment targets (${targetList.length})`} flush>
        <TargetsTable targets={targetList} />
      </Panel>
    </>
  );
}
