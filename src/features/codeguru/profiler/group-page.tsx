import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useProfile } from '../../../api/codeguru-profiler/analysis';
import {
  useDeleteProfilingGroup,
  useProfilingGroup,
  useUpdateProfilingGroup,
} from '../../../api/codeguru-profiler/profiling-groups';
import { useSimulatedAgent } from '../../../api/codeguru-profiler/simulated-agent';
import { useProfilerRefresh } from '../../../api/codeguru-profiler/use-profiler-refresh';
import { buttonClass } from '../../../components/button-styles';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { ErrorCallout } from '../../../components/error-callout';
import { formatDateTime } from '../../../components/format/time';
import { KeyValueList } from '../../../components/key-value-list';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { SelectField } from '../../../components/form-field';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import { CODEGURU_PROFILER_ERROR_EXPLANATIONS } from '../../../engine/codeguru-profiler/errors';
import { AgentPanel } from './agent-panel';
import { FindingsPanel } from './findings-panel';
import { FlameGraph } from './flame-graph';
import { HeapPanel } from './heap-panel';
import { ProfilingStatus } from './profiling-status';
import { RANGES, rangeFor, WINDOW_MS, type RangeId } from './time-range';

const at = (iso: string | undefined) => (iso ? formatDateTime(Date.parse(iso)) : '–');

/** One profiling group: status, the flame graph of a time range, findings, heap summary and the agent. */
export function GroupPage() {
  useProfilerRefresh();
  const name = useParams().name ?? '';
  const group = useProfilingGroup(name);
  const agent = useSimulatedAgent(name);
  const [rangeId, setRangeId] = useState<RangeId>('PT1H');
  const windowStart = useSimNow(WINDOW_MS) ?? 0;
  const range = rangeFor(rangeId, windowStart);
  const profile = useProfile(name, range);
  const update = useUpdateProfilingGroup();
  const remove = useDeleteProfilingGroup();
  const [deleting, setDeleting] = useState(false);
  const navigate = useNavigate();

  if (group.isPending) return <Loading />;
  if (group.isError) return <ErrorCallout error={group.error} explanations={CODEGURU_PROFILER_ERROR_EXPLANATIONS} />;
  const g = group.data;
  const enabled = g.agentOrchestrationConfig.profilingEnabled;
  const maxStackDepth = agent.data?.agentParameters.MaxStackDepth;
  // The latest 5-minute profile has no range of its own until it arrives: its document says which it is.
  const shown =
    'startTime' in range
      ? range
      : profile.data && {
          startTime: new Date(profile.data.start).toISOString(),
          endTime: new Date(profile.data.end).toISOString(),
        };

  return (
    <div className="space-y-5">
      <PageHeader
        title={g.name}
        description={<ProfilingStatus group={g} />}
        actions={
          <>
            <button
              type="button"
              className={buttonClass('normal')}
              disabled={update.isPending}
              onClick={() => update.mutate({ profilingGroupName: g.name, profilingEnabled: !enabled })}
            >
              {enabled ? 'Disable profiling' : 'Enable profiling'}
            </button>
            <button type="button" className={buttonClass('danger')} onClick={() => setDeleting(true)}>
              Delete
            </button>
          </>
        }
      />
      {update.isError && <ErrorCallout error={update.error} explanations={CODEGURU_PROFILER_ERROR_EXPLANATIONS} />}
      <Panel title="Profiling group">
        <KeyValueList
          items={[
            { label: 'ARN', value: <span className="font-mono text-xs">{g.arn}</span> },
            { label: 'Compute platform', value: g.computePlatform },
            { label: 'Latest agent report', value: at(g.profilingStatus.latestAgentProfileReportedAt) },
            {
              label: 'Latest aggregated profile',
              value: g.profilingStatus.latestAggregatedProfile
                ? `${at(g.profilingStatus.latestAggregatedProfile.start)} (${g.profilingStatus.latestAggregatedProfile.period})`
                : 'None yet: the first is visible about 15 minutes after the agent first reports',
            },
            { label: 'Agent last called ConfigureAgent', value: at(g.profilingStatus.latestAgentOrchestratedAt) },
            { label: 'Created', value: at(g.createdAt) },
          ]}
        />
      </Panel>
      <Panel
        title="CPU flame graph"
        actions={
          <SelectField
            label="Time range"
            value={rangeId}
            onChange={setRangeId}
            options={RANGES.map(([id, label]) => [id, label] as const)}
          />
        }
      >
        <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
          {shown ? `${at(shown.startTime)} to ${at(shown.endTime)}. ` : ''}Entry frames on top; a frame's width is its
          share of all samples (its callees included).
        </p>
        {profile.isPending ? (
          <Loading />
        ) : profile.isError ? (
          <ErrorCallout error={profile.error} explanations={CODEGURU_PROFILER_ERROR_EXPLANATIONS} />
        ) : profile.data ? (
          <FlameGraph callgraph={profile.data.callgraph} maxStackDepth={maxStackDepth} />
        ) : (
          <p data-testid="no-profile" className="text-sm">
            No aggregated profile in this range yet. The agent reports every reporting interval (5 minutes by default)
            once a deployment has installed the application, and a profile is visible about 15 minutes after the report.
          </p>
        )}
      </Panel>
      {shown && <FindingsPanel name={g.name} range={shown} />}
      <HeapPanel heap={profile.data?.heapSummary} revisions={profile.data?.revisions} />
      <AgentPanel name={g.name} />
      {deleting && (
        <ConfirmDeleteDialog
          title={`Delete ${g.name}?`}
          confirmLabel="Delete"
          error={remove.error}
          explanations={CODEGURU_PROFILER_ERROR_EXPLANATIONS}
          onClose={() => setDeleting(false)}
          onConfirm={() => remove.mutate(g.name, { onSuccess: () => void navigate('/codeguru/profiler') })}
        >
          <p>Its profiles and recommendations are deleted with it. Agents still configured with its name get errors.</p>
        </ConfirmDeleteDialog>
      )}
    </div>
  );
}
