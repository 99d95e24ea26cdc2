import { ErrorCallout } from '../../../components/error-callout';
import { CODEPIPELINE_EXPLANATIONS } from '../shared/explanations';
import type { StepRun, StepStatus } from './run-plan';

const MARK: Record<StepStatus, { symbol: string; label: string; className: string }> = {
  pending: { symbol: '○', label: 'Not started', className: 'text-zinc-400 dark:text-zinc-500' },
  running: { symbol: '◔', label: 'In progress', className: 'text-sky-700 dark:text-sky-300' },
  succeeded: { symbol: '✓', label: 'Succeeded', className: 'text-emerald-700 dark:text-emerald-300' },
  failed: { symbol: '✕', label: 'Failed', className: 'text-red-700 dark:text-red-300' },
  undone: { symbol: '↺', label: 'Deleted', className: 'text-zinc-500 dark:text-zinc-400' },
};

/** The plan, one API call a line, with each call's progress and the service's answer when it refused. */
export function PlanSteps({ runs }: { runs: StepRun[] }) {
  return (
    <ol className="space-y-2" aria-label="Plan">
      {runs.map((run, i) => {
        const mark = MARK[run.status];
        return (
          <li key={i} data-status={run.status} className="flex gap-3">
            <span
              aria-label={mark.label}
              title={mark.label}
              className={`w-4 shrink-0 text-center font-bold ${mark.className}`}
            >
              {mark.symbol}
            </span>
            <div className="min-w-0 flex-1">
              <p className={run.status === 'undone' ? 'line-through' : ''}>{run.step.label}</p>
              <p className="font-mono text-xs text-zinc-500 dark:text-zinc-400">
                {run.step.service} {run.step.operation}
              </p>
              {run.error !== undefined && (
                <div className="mt-1">
                  <ErrorCallout
                    error={run.error}
                    compact
                    explanations={run.step.service === 'codepipeline' ? CODEPIPELINE_EXPLANATIONS : {}}
                  />
                </div>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
