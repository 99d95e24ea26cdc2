import { Link } from 'react-router';
import { useLatestPipelineExecutions } from '../../api/codepipeline/list-pipeline-executions';
import { usePipelines } from '../../api/codepipeline/list-pipelines';
import { linkClass } from '../../components/button-styles';
import { errorText } from '../../components/error-text';
import { formatRelative } from '../../components/format/time';
import { Loading } from '../../components/loading';
import { useSimNow } from '../../components/simulation/use-sim-now';
import { DashboardTile } from './dashboard-tile';

const SHOWN = 5;

const STATUS_CLASS: Record<string, string> = {
  Succeeded: 'text-emerald-800 dark:text-emerald-300',
  InProgress: 'text-sky-800 dark:text-sky-300',
  Stopping: 'text-amber-900 dark:text-amber-300',
  Stopped: 'text-amber-900 dark:text-amber-300',
  Superseded: 'text-violet-800 dark:text-violet-300',
};

const STATUS_LABEL: Record<string, string> = { InProgress: 'In progress' };

/** The account's pipelines with how their latest execution went, each linking to its page. */
export function PipelinesTile() {
  const pipelines = usePipelines();
  const shown = (pipelines.data ?? []).slice(0, SHOWN).map((p) => p.name ?? '');
  const latest = useLatestPipelineExecutions(shown);
  const now = useSimNow();
  return (
    <DashboardTile title="Pipelines" to="/codepipeline" count={pipelines.data?.length}>
      {pipelines.isPending && <Loading label="Reading pipelines…" />}
      {pipelines.error && <p role="alert">Pipelines could not be listed: {errorText(pipelines.error)}</p>}
      {pipelines.data?.length === 0 && (
        <p className="text-zinc-600 dark:text-zinc-400">
          No pipelines yet. CodePipeline models a release process as stages of actions; a change flows through them from
          source to production.
        </p>
      )}
      {shown.length > 0 && (
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {shown.map((name, i) => {
            const execution = latest[i]?.data;
            const started = execution?.startTime === undefined ? undefined : execution.startTime * 1000;
            return (
              <li key={name} className="py-1.5">
                <div className="flex items-baseline justify-between gap-3">
                  <Link
                    to={`/codepipeline/pipelines/${encodeURIComponent(name)}`}
                    className={`${linkClass} truncate font-semibold`}
                  >
                    {name}
                  </Link>
                  <span
                    className={`shrink-0 text-xs font-semibold ${execution?.status ? (STATUS_CLASS[execution.status] ?? 'text-red-800 dark:text-red-300') : 'text-zinc-600 dark:text-zinc-400'}`}
                  >
                    {execution?.status
                      ? (STATUS_LABEL[execution.status] ?? execution.status)
                      : execution === null
                        ? 'Never run'
                        : ''}
                  </span>
                </div>
                {execution && started !== undefined && now !== undefined && (
                  <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">
                    {execution.sourceRevisions?.[0]?.revisionSummary?.split('\n', 1)[0] ??
                      execution.trigger?.triggerType}{' '}
                    · {formatRelative(started, now)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Link to="/codepipeline" className={`${linkClass} mt-2 inline-block text-sm`}>
        Open CodePipeline
      </Link>
    </DashboardTile>
  );
}
