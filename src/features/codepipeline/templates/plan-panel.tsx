import { Link } from 'react-router';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { Panel } from '../../../components/panel';
import { pipelinePath } from '../shared/paths';
import { PlanSteps } from './plan-steps';
import { createdSoFar, type StepRun } from './run-plan';

export type RunPhase = 'planning' | 'running' | 'succeeded' | 'failed' | 'deleting' | 'deleted';

/** The plan before it runs, its progress while it runs, and what to do once it stopped. */
export function PlanPanel({
  runs,
  phase,
  pipelineName,
  blocked,
  onCreate,
  onDelete,
  onReset,
}: {
  runs: StepRun[];
  phase: RunPhase;
  pipelineName: string;
  /** Why the project cannot be created yet (a bad name), or undefined. */
  blocked: string | undefined;
  onCreate: () => void;
  onDelete: () => void;
  onReset: () => void;
}) {
  const created = createdSoFar(runs);
  const deletable = created.filter((r) => r.status === 'succeeded' && r.step.undo);
  return (
    <Panel
      title={`Plan: ${runs.length} API calls`}
      actions={
        phase === 'planning' ? (
          <button type="button" className={buttonClass('primary')} disabled={blocked !== undefined} onClick={onCreate}>
            Create project
          </button>
        ) : phase !== 'running' && phase !== 'deleting' ? (
          <button type="button" className={buttonClass()} onClick={onReset}>
            Start another project
          </button>
        ) : undefined
      }
    >
      {blocked && phase === 'planning' && <p className="mb-3 text-sm text-red-800 dark:text-red-300">{blocked}</p>}
      <PlanSteps runs={runs} />
      {phase === 'succeeded' && (
        <p
          role="status"
          className="mt-4 rounded-lg bg-emerald-50 px-3 py-2 text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200"
        >
          The project is ready and the pipeline&apos;s first execution has started.{' '}
          <Link to={pipelinePath(pipelineName)} className={linkClass}>
            Open {pipelineName}
          </Link>
        </p>
      )}
      {(phase === 'failed' || phase === 'deleted') && (
        <div className="mt-4 space-y-2 border-t border-zinc-200 pt-3 dark:border-zinc-800">
          <h3 className="font-semibold">{phase === 'failed' ? 'Created before the refusal' : 'After deleting'}</h3>
          {created.length === 0 ? (
            <p>Nothing was created.</p>
          ) : (
            <ul className="list-inside list-disc">
              {created.map((r) => (
                <li key={r.step.label}>
                  {r.step.creates?.kind} <span className="font-mono">{r.step.creates?.name}</span>
                  {r.status === 'undone'
                    ? ': deleted'
                    : r.step.undo
                      ? ''
                      : ': the simulator cannot delete it (no delete operation), so it stays'}
                </li>
              ))}
            </ul>
          )}
          {phase === 'failed' && deletable.length > 0 && (
            <button type="button" className={buttonClass('danger')} onClick={onDelete}>
              Delete what was created
            </button>
          )}
        </div>
      )}
    </Panel>
  );
}
