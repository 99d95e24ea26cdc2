import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePipeline } from '../../../api/codepipeline/get-pipeline';
import { usePipelineExecution } from '../../../api/codepipeline/get-pipeline-execution';
import { useActionExecutions } from '../../../api/codepipeline/list-action-executions';
import { usePipelineExecutions } from '../../../api/codepipeline/list-pipeline-executions';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { ErrorPanel } from '../../../components/error-panel';
import { formatSpan, formatWallClock } from '../../../components/format/time';
import { KeyValueList } from '../../../components/key-value-list';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import { StopExecutionDialog } from '../pipeline/stop-execution-dialog';
import { ExecutionStatus } from '../shared/execution-status';
import { epochMs, firstLine, shortRevision, supersedingExecutionId, triggerText } from '../shared/format';
import { executionPath, pipelinePath } from '../shared/paths';
import { ActionDetails } from './action-details';
import { ExecutionTimeline } from './execution-timeline';
import { toExecutionTimeline } from './timeline-rows';

const RUNNING = new Set(['InProgress', 'Stopping']);

/** One pipeline execution: status, trigger, revisions and variables, its timeline, and every action's details. */
export function ExecutionPage() {
  const params = useParams();
  const name = params.name ?? '';
  const executionId = params.executionId ?? '';
  const [stopping, setStopping] = useState(false);
  const execution = usePipelineExecution(name, executionId);
  const summaries = usePipelineExecutions(name);
  const pipeline = usePipeline(name);
  const details = useActionExecutions(name, executionId);
  const now = useSimNow(1000);
  const summary = summaries.data?.find((s) => s.pipelineExecutionId === executionId);
  const declaration = pipeline.data?.pipeline;
  const timeline = useMemo(
    () => declaration && details.data && now !== undefined && toExecutionTimeline(declaration, details.data, now),
    [declaration, details.data, now],
  );
  const ordered = useMemo(() => {
    const rank = new Map(timeline ? timeline.rows.map((r, i) => [r.key, i]) : []);
    return [...(details.data ?? [])].sort(
      (a, b) =>
        (rank.get(`${a.stageName}/${a.actionName}`) ?? Infinity) -
          (rank.get(`${b.stageName}/${b.actionName}`) ?? Infinity) || (a.startTime ?? 0) - (b.startTime ?? 0),
    );
  }, [details.data, timeline]);

  if (execution.error)
    return (
      <ErrorPanel
        error={execution.error}
        subject={`Execution ${executionId}`}
        back={{ to: pipelinePath(name), label: `Back to ${name}` }}
      />
    );
  const data = execution.data;
  if (!data) return <Loading label="Reading the execution…" />;

  const status = data.status;
  const start = epochMs(summary?.startTime);
  const end = RUNNING.has(status ?? '') ? now : epochMs(summary?.lastUpdateTime);
  const trigger = triggerText(data.trigger);
  const supersededBy = status === 'Superseded' ? supersedingExecutionId(data.statusSummary) : undefined;
  return (
    <>
      <PageHeader
        title={<span className="font-mono text-xl">{executionId}</span>}
        description={
          <>
            Execution of{' '}
            <Link to={pipelinePath(name)} className={linkClass}>
              {name}
            </Link>{' '}
            (pipeline version {data.pipelineVersion ?? '–'}, {data.executionMode ?? 'SUPERSEDED'} mode)
          </>
        }
        actions={
          RUNNING.has(status ?? '') && (
            <button type="button" className={buttonClass('normal')} onClick={() => setStopping(true)}>
              Stop execution
            </button>
          )
        }
      />
      <div className="space-y-4">
        <Panel title="Summary">
          <KeyValueList
            items={[
              {
                label: 'Status',
                value: (
                  <span data-testid="execution-status">
                    <ExecutionStatus status={status} />
                    {supersededBy && (
                      <span className="ml-2 text-sm">
                        superseded by{' '}
                        <Link to={executionPath(name, supersededBy)} className={`${linkClass} font-mono`}>
                          {supersededBy}
                        </Link>
                      </span>
                    )}
                    {data.statusSummary && !supersededBy && <span className="ml-2 text-sm">{data.statusSummary}</span>}
                  </span>
                ),
              },
              {
                label: 'Trigger',
                value: (
                  <>
                    {trigger.type}
                    {trigger.detail && <span className="text-zinc-600 dark:text-zinc-400"> · {trigger.detail}</span>}
                  </>
                ),
              },
              { label: 'Started', value: start === undefined ? '–' : formatWallClock(start) },
              { label: 'Duration', value: start === undefined || end === undefined ? '–' : formatSpan(end - start) },
              {
                label: 'Source revisions',
                value: (
                  <ul>
                    {(data.artifactRevisions ?? []).map((r) => (
                      <li key={r.name}>
                        <span className="text-zinc-600 dark:text-zinc-400">{r.name}: </span>
                        <span className="font-mono text-xs">
                          {r.revisionId ? shortRevision(r.revisionId) : '–'}
                        </span>{' '}
                        {firstLine(r.revisionSummary)}
                      </li>
                    ))}
                    {(data.artifactRevisions ?? []).length === 0 && <li>–</li>}
                  </ul>
                ),
              },
              {
                label: 'Variables',
                value:
                  (data.variables ?? []).length === 0 ? (
                    '–'
                  ) : (
                    <ul className="font-mono text-xs">
                      {(data.variables ?? []).map((v) => (
                        <li key={v.name}>
                          {v.name} = {v.resolvedValue}
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
        </Panel>
        <Panel title="Timeline">
          {timeline && timeline.rows.length > 0 ? (
            <ExecutionTimeline timeline={timeline} />
          ) : details.isPending ? (
            <Loading label="Reading action executions…" />
          ) : (
            <p className="text-zinc-600 dark:text-zinc-400">No action has started yet.</p>
          )}
        </Panel>
        <Panel title="Actions" flush>
          {ordered.length === 0 ? (
            <EmptyState title="No action executions yet">
              <p>Each action that starts in this execution appears here with its configuration and artifacts.</p>
            </EmptyState>
          ) : (
            <div className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {ordered.map((d) => (
                <ActionDetails key={d.actionExecutionId} pipelineName={name} detail={d} nowMs={now} />
              ))}
            </div>
          )}
        </Panel>
      </div>
      {stopping && (
        <StopExecutionDialog
          pipelineName={name}
          executions={[{ pipelineExecutionId: executionId, status: status ?? '' }]}
          onClose={() => setStopping(false)}
        />
      )}
    </>
  );
}
