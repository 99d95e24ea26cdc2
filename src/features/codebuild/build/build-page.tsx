import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useBuild } from '../../../api/codebuild/batch-get-builds';
import { useRetryBuild } from '../../../api/codebuild/retry-build';
import { useStopBuild } from '../../../api/codebuild/stop-build';
import type { Build } from '../../../api/codebuild/types';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { errorText } from '../../../components/error-text';
import { formatDateTime } from '../../../components/format/time';
import { KeyValueList } from '../../../components/key-value-list';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import { ReportsPanel } from '../reports/reports-panel';
import { buildPath, commitPath, projectPath, repositoryOfLocation } from '../shared/paths';
import { StatusPill } from '../shared/status-badge';
import { Tabs } from '../shared/tabs';
import { ArtifactsPanel } from './artifacts-panel';
import { BuildLogs } from './build-logs';
import { EnvironmentPanel } from './environment-panel';
import { PhaseTable } from './phase-table';
import { buildDurationSeconds, formatSeconds } from './phase-rows';

const TABS = [
  { id: 'logs', label: 'Build logs' },
  { id: 'phases', label: 'Phase details' },
  { id: 'reports', label: 'Reports' },
  { id: 'environment', label: 'Environment variables' },
  { id: 'artifacts', label: 'Artifacts' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function SourceLinks({ build }: { build: Build }) {
  const repository = build.source.type === 'CODECOMMIT' ? repositoryOfLocation(build.source.location) : undefined;
  const commit = build.resolvedSourceVersion;
  if (!commit) return <>–</>;
  return repository ? (
    <Link to={commitPath(repository, commit)} className={`${linkClass} font-mono text-xs`}>
      {commit}
    </Link>
  ) : (
    <span className="font-mono text-xs">{commit}</span>
  );
}

function BuildSummary({ build }: { build: Build }) {
  const now = useSimNow(1000);
  const duration = buildDurationSeconds(build, now);
  const repository = repositoryOfLocation(build.source.location);
  return (
    <KeyValueList
      items={[
        { label: 'Status', value: <StatusPill status={build.buildStatus} /> },
        {
          label: 'Project',
          value: (
            <Link to={projectPath(build.projectName)} className={linkClass}>
              {build.projectName}
            </Link>
          ),
        },
        { label: 'Build number', value: build.buildNumber },
        { label: 'Initiator', value: build.initiator ?? '–' },
        { label: 'Source version', value: <span className="font-mono text-xs">{build.sourceVersion ?? '–'}</span> },
        { label: 'Resolved source version', value: <SourceLinks build={build} /> },
        ...(build.pullRequestId && repository
          ? [
              {
                label: 'Pull request',
                value: (
                  <Link
                    to={`/codecommit/repositories/${encodeURIComponent(repository)}/pull-requests/${build.pullRequestId}`}
                    className={linkClass}
                  >
                    #{build.pullRequestId}
                  </Link>
                ),
              },
            ]
          : []),
        { label: 'Current phase', value: <span className="font-mono text-xs">{build.currentPhase}</span> },
        { label: 'Start time', value: formatDateTime(build.startTime * 1000) },
        { label: 'End time', value: build.endTime === undefined ? '–' : formatDateTime(build.endTime * 1000) },
        { label: 'Duration', value: duration === undefined ? '–' : formatSeconds(duration) },
      ]}
    />
  );
}

function BuildActions({ build }: { build: Build }) {
  const stop = useStopBuild();
  const retry = useRetryBuild();
  const navigate = useNavigate();
  const error = stop.error ?? retry.error;
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-2">
        {!build.buildComplete && (
          <button
            type="button"
            className={buttonClass('normal')}
            aria-disabled={stop.isPending}
            onClick={() => !stop.isPending && stop.mutate(build.id)}
          >
            Stop build
          </button>
        )}
        <button
          type="button"
          className={buttonClass('primary')}
          aria-disabled={retry.isPending}
          onClick={() =>
            !retry.isPending && retry.mutate(build.id, { onSuccess: (b) => void navigate(buildPath(b.id)) })
          }
        >
          Retry build
        </button>
      </div>
      {error && (
        <p role="alert" className="font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}

/** A build run: summary, then tabs for the live log, phases, reports, environment and artifacts. */
export function BuildPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = (TABS.find((t) => t.id === params.get('tab'))?.id ?? 'logs') satisfies TabId;
  const { data: build, error, isPending } = useBuild(id);

  if (error)
    return (
      <ErrorPanel error={error} subject={`Build ${id}`} back={{ to: '/codebuild/builds', label: 'Build history' }} />
    );
  if (isPending || !build) return <Loading label="Reading the build…" />;

  const current = TABS.find((t) => t.id === tab) ?? TABS[0];
  return (
    <>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            <span className="font-mono text-xl break-all">{build.id}</span>
            <StatusPill status={build.buildStatus} />
          </span>
        }
        description={`Build #${build.buildNumber} of ${build.projectName}`}
        actions={<BuildActions build={build} />}
      />
      <Panel title="Build status" className="mb-4">
        <BuildSummary build={build} />
      </Panel>
      <Tabs
        label="Build details"
        tabs={TABS}
        current={tab}
        onSelect={(t) => setParams({ tab: t }, { replace: true })}
      />
      <div role="tabpanel" aria-label={current.label}>
        <Panel>
          {tab === 'logs' && <BuildLogs key={build.id} build={build} />}
          {tab === 'phases' && <PhaseTable build={build} />}
          {tab === 'reports' && <ReportsPanel build={build} />}
          {tab === 'environment' && <EnvironmentPanel build={build} />}
          {tab === 'artifacts' && <ArtifactsPanel build={build} />}
        </Panel>
      </div>
    </>
  );
}
