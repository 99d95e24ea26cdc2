import { Link } from 'react-router';
import type { PendingApproval } from '../../../api/codepipeline/pending-approvals';
import type { SimulatedAction } from '../../../api/codepipeline/set-action-outcome';
import { buttonClass, linkClass } from '../../../components/button-styles';
import { formatCountdown } from '../../../components/format/time';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import type { LiveView } from '../graph/live-status';
import { ExecutionStatus } from '../shared/execution-status';
import { executionPath } from '../shared/paths';

/** A stage may be retried once an action in it failed, or after a stop (aws-facts §1.7). */
const RETRYABLE = new Set(['Failed', 'Stopped']);

const small = buttonClass('normal', '!px-3 !py-1 text-xs');

export interface StageCommands {
  onTransition: (stageName: string, disabledReason: string | undefined) => void;
  onRetry: (stageName: string, pipelineExecutionId: string) => void;
  onReview: (approval: PendingApproval) => void;
  onSimulatedOutcome: (action: SimulatedAction) => void;
}

/**
 * What can be done to each stage now, beside the graph: its latest execution, who waits in front of it, the
 * transition into it, Retry when it failed, and Review for each approval waiting with the time it has left.
 */
export function StageControls({
  declaration,
  live,
  approvals,
  simulatedActions,
  commands,
}: {
  declaration: PipelineDeclaration;
  live: LiveView;
  approvals: readonly PendingApproval[];
  /** Actions that answer what the user sets (Invoke Lambda, Step Functions, ...). */
  simulatedActions: readonly SimulatedAction[];
  commands: StageCommands;
}) {
  const nowMs = useSimNow(1000);
  return (
    <ol className="divide-y divide-zinc-100 dark:divide-zinc-800">
      {declaration.stages.map((stage, index) => {
        const stageLive = live.stages[stage.name];
        const executionId = stageLive?.pipelineExecutionId;
        const waiting = stageLive?.inboundExecutionIds ?? [];
        const disabledReason = stageLive?.transitionDisabledReason;
        const stageApprovals = approvals.filter((a) => a.stageName === stage.name);
        return (
          <li
            key={stage.name}
            data-stage={stage.name}
            className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5"
          >
            <div className="flex min-w-48 items-center gap-2">
              <span className="font-semibold">{stage.name}</span>
              <ExecutionStatus status={stageLive?.status} />
            </div>
            <div className="min-w-40 text-xs text-zinc-600 dark:text-zinc-400">
              {executionId ? (
                <>
                  Execution{' '}
                  <Link to={executionPath(declaration.name, executionId)} className={`${linkClass} font-mono`}>
                    {executionId.slice(0, 8)}
                  </Link>
                </>
              ) : (
                'Not run yet'
              )}
            </div>
            {waiting.length > 0 && (
              <div className="text-xs" data-testid="inbound-executions">
                <span className="font-semibold">{waiting.length} waiting to enter: </span>
                {waiting.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <Link to={executionPath(declaration.name, id)} className={`${linkClass} font-mono`}>
                      {id.slice(0, 8)}
                    </Link>
                  </span>
                ))}
              </div>
            )}
            <div className="ml-auto flex flex-wrap items-center gap-2">
              {stageApprovals.map((approval) => (
                <span key={approval.actionName} className="flex items-center gap-2">
                  {approval.expiresAt !== undefined && nowMs !== undefined && (
                    <span
                      className="text-xs tabular-nums text-amber-900 dark:text-amber-300"
                      title="Time left before the approval fails"
                    >
                      {approval.actionName}: {formatCountdown(approval.expiresAt - nowMs)} left
                    </span>
                  )}
                  <button
                    type="button"
                    className={buttonClass('primary', '!px-3 !py-1 text-xs')}
                    onClick={() => commands.onReview(approval)}
                  >
                    Review {approval.actionName}
                  </button>
                </span>
              ))}
              {simulatedActions
                .filter((a) => a.stageName === stage.name)
                .map((action) => (
                  <button
                    key={action.actionName}
                    type="button"
                    className={small}
                    title={
                      action.outcome
                        ? `Set: ${action.outcome.result} after ${action.outcome.durationSeconds} s`
                        : 'None set: it succeeds'
                    }
                    onClick={() => commands.onSimulatedOutcome(action)}
                  >
                    Simulated outcome of {action.actionName}…
                  </button>
                ))}
              {executionId && RETRYABLE.has(stageLive?.status ?? '') && (
                <button type="button" className={small} onClick={() => commands.onRetry(stage.name, executionId)}>
                  Retry {stage.name}
                </button>
              )}
              {index > 0 && (
                <button
                  type="button"
                  className={small}
                  title={disabledReason !== undefined ? `Disabled: ${disabledReason}` : undefined}
                  onClick={() => commands.onTransition(stage.name, disabledReason)}
                >
                  {disabledReason !== undefined ? 'Enable transition' : 'Disable transition'}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
