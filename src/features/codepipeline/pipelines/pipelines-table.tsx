import { Link } from 'react-router';
import type { PipelineExecutionSummaryWire } from '../../../api/codepipeline/list-pipeline-executions';
import type { PipelineSummaryWire } from '../../../api/codepipeline/list-pipelines';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { formatDateTime, formatRelative } from '../../../components/format/time';
import { TableHead } from '../../../components/table-head';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import { ExecutionStatus } from '../shared/execution-status';
import { epochMs, firstLine, shortRevision } from '../shared/format';
import { executionPath, pipelinePath } from '../shared/paths';

const COLUMNS = [
  'Name',
  'Latest execution status',
  'Latest source revisions',
  'Latest execution started',
  'Pipeline type',
  'Execution mode',
  { label: 'Actions', hidden: true },
] as const;

/** The latest execution of each pipeline, or null when it never ran, or undefined while it is being read. */
export type LatestExecutions = Record<string, PipelineExecutionSummaryWire | null | undefined>;

function LatestRevisions({ execution }: { execution: PipelineExecutionSummaryWire }) {
  const revisions = execution.sourceRevisions ?? [];
  if (revisions.length === 0) return <>–</>;
  return (
    <ul className="space-y-0.5">
      {revisions.map((r) => (
        <li key={r.actionName} className="max-w-xs truncate" title={r.revisionSummary}>
          <span className="text-zinc-600 dark:text-zinc-400">{r.actionName}: </span>
          <span className="font-mono text-xs">{r.revisionId ? shortRevision(r.revisionId) : '–'}</span>
          {r.revisionSummary && <span> {firstLine(r.revisionSummary)}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The account's pipelines, each with what its latest execution did and when. */
export function PipelinesTable({
  pipelines,
  latest,
  onDelete,
}: {
  pipelines: readonly PipelineSummaryWire[];
  latest: LatestExecutions;
  onDelete: (name: string) => void;
}) {
  const now = useSimNow();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Pipelines</caption>
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {pipelines.map((p) => {
            const name = p.name ?? '';
            const execution = latest[name];
            const started = epochMs(execution?.startTime);
            return (
              <tr key={name} className="align-top hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                <td className="px-4 py-2.5">
                  <Link to={pipelinePath(name)} className={`${linkClass} font-semibold`}>
                    {name}
                  </Link>
                </td>
                <td className="px-4 py-2.5">
                  {execution?.pipelineExecutionId ? (
                    <Link
                      to={executionPath(name, execution.pipelineExecutionId)}
                      aria-label={`Latest execution of ${name}: ${execution.status ?? 'unknown'}`}
                    >
                      <ExecutionStatus status={execution.status} />
                    </Link>
                  ) : (
                    <span className="text-zinc-500 dark:text-zinc-400">{execution === null ? 'Never run' : '…'}</span>
                  )}
                </td>
                <td className="px-4 py-2.5">{execution ? <LatestRevisions execution={execution} /> : '–'}</td>
                <td className="px-4 py-2.5 whitespace-nowrap" title={started ? formatDateTime(started) : undefined}>
                  {started === undefined
                    ? '–'
                    : now === undefined
                      ? formatDateTime(started)
                      : formatRelative(started, now)}
                </td>
                <td className="px-4 py-2.5">{p.pipelineType ?? 'V1'}</td>
                <td className="px-4 py-2.5">{p.executionMode ?? 'SUPERSEDED'}</td>
                <td className="px-4 py-2.5 text-right">
                  <button
                    type="button"
                    className={buttonClass('normal', '!px-3 !py-1 text-xs')}
                    onClick={() => onDelete(name)}
                    aria-label={`Delete pipeline ${name}`}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
