import { useState } from 'react';
import { Link } from 'react-router';
import {
  usePipelineExecutions,
  type PipelineExecutionSummaryWire,
} from '../../../api/codepipeline/list-pipeline-executions';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { errorText } from '../../../components/error-text';
import { formatSpan, formatWallClock } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import { TableHead } from '../../../components/table-head';
import { ExecutionStatus } from '../shared/execution-status';
import { epochMs, firstLine, shortRevision, supersedingExecutionId, triggerText } from '../shared/format';
import { executionPath } from '../shared/paths';

const PAGE = 10;
const COLUMNS = ['Execution ID', 'Status', 'Source revisions', 'Trigger', 'Started', 'Duration'];
const RUNNING = new Set(['InProgress', 'Stopping']);

/** How long the execution ran, or has been running. */
function duration(execution: PipelineExecutionSummaryWire, nowMs: number | undefined): string {
  const start = epochMs(execution.startTime);
  const end = RUNNING.has(execution.status ?? '') ? nowMs : epochMs(execution.lastUpdateTime);
  return start === undefined || end === undefined ? '–' : formatSpan(end - start);
}

function StatusCell({ pipelineName, execution }: { pipelineName: string; execution: PipelineExecutionSummaryWire }) {
  const supersededBy = execution.status === 'Superseded' ? supersedingExecutionId(execution.statusSummary) : undefined;
  return (
    <>
      <ExecutionStatus status={execution.status} />
      {supersededBy ? (
        <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
          superseded by{' '}
          <Link to={executionPath(pipelineName, supersededBy)} className={`${linkClass} font-mono`}>
            {supersededBy.slice(0, 8)}
          </Link>
        </p>
      ) : (
        execution.statusSummary && (
          <p className="mt-0.5 max-w-56 text-xs text-zinc-600 dark:text-zinc-400">{execution.statusSummary}</p>
        )
      )}
      {execution.stopTrigger?.reason && (
        <p className="mt-0.5 max-w-56 text-xs text-zinc-600 dark:text-zinc-400">
          Stopped: {execution.stopTrigger.reason}
        </p>
      )}
    </>
  );
}

/** The pipeline's executions, newest first, a page at a time. */
export function ExecutionHistory({ pipelineName }: { pipelineName: string }) {
  const executions = usePipelineExecutions(pipelineName);
  const now = useSimNow(1000);
  const [page, setPage] = useState(0);
  if (executions.error)
    return (
      <p role="alert" className="px-4 py-3">
        Executions could not be listed: {errorText(executions.error)}
      </p>
    );
  if (executions.isPending)
    return (
      <div className="px-4">
        <Loading label="Reading executions…" />
      </div>
    );
  if (executions.data.length === 0)
    return (
      <EmptyState title="No executions yet">
        <p>A push to the watched branch or Release change starts the first execution.</p>
      </EmptyState>
    );
  const pages = Math.ceil(executions.data.length / PAGE);
  const current = Math.min(page, pages - 1);
  const shown = executions.data.slice(current * PAGE, (current + 1) * PAGE);
  return (
    <>
      <div className="overflow-x-auto">
        <table className="w-full text-left" data-testid="execution-history">
          <caption className="sr-only">Execution history of {pipelineName}, newest first</caption>
          <TableHead columns={COLUMNS} />
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {shown.map((e) => {
              const id = e.pipelineExecutionId ?? '';
              const trigger = triggerText(e.trigger);
              const started = epochMs(e.startTime);
              return (
                <tr key={id} data-execution-id={id} className="align-top hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                  <td className="px-4 py-2.5">
                    <Link
                      to={executionPath(pipelineName, id)}
                      className={`${linkClass} font-mono text-xs font-semibold`}
                    >
                      {id}
                    </Link>
                  </td>
                  <td className="px-4 py-2.5">
                    <StatusCell pipelineName={pipelineName} execution={e} />
                  </td>
                  <td className="px-4 py-2.5">
                    <ul className="space-y-0.5">
                      {(e.sourceRevisions ?? []).map((r) => (
                        <li key={r.actionName} className="max-w-xs truncate" title={r.revisionSummary}>
                          <span className="font-mono text-xs">{r.revisionId ? shortRevision(r.revisionId) : '–'}</span>{' '}
                          {firstLine(r.revisionSummary)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="px-4 py-2.5">
                    {trigger.type}
                    {trigger.detail && (
                      <p
                        className="max-w-48 truncate text-xs text-zinc-600 dark:text-zinc-400"
                        title={e.trigger?.triggerDetail}
                      >
                        {trigger.detail}
                      </p>
                    )}
                  </td>
                  <td className="px-4 py-2.5 whitespace-nowrap">
                    {started === undefined ? '–' : formatWallClock(started)}
                  </td>
                  <td className="px-4 py-2.5 whitespace-nowrap tabular-nums">{duration(e, now)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Execution history pages" className="flex items-center justify-end gap-2 px-4 py-3 text-sm">
          <button
            type="button"
            className={buttonClass('normal')}
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            Newer
          </button>
          <span className="tabular-nums">
            Page {current + 1} of {pages}
          </span>
          <button
            type="button"
            className={buttonClass('normal')}
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Older
          </button>
        </nav>
      )}
    </>
  );
}
