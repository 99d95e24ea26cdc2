import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePipeline } from '../../../api/codepipeline/get-pipeline';
import { usePipelineState } from '../../../api/codepipeline/get-pipeline-state';
import { useActionExecutions } from '../../../api/codepipeline/list-action-executions';
import { usePipelineExecutions } from '../../../api/codepipeline/list-pipeline-executions';
import { pendingApprovals } from '../../../api/codepipeline/pending-approvals';
import { useActionOutcomes, type SimulatedAction } from '../../../api/codepipeline/set-action-outcome';
import { buttonClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { StatusBadge } from '../../../components/status-badge';
import { useSimNow } from '../../../components/simulation/use-sim-now';
import { ReviewDialog } from '../approvals/review-dialog';
import { ExecutionHistory } from '../executions/execution-history';
import { PipelineGraph } from '../graph/pipeline-graph';
import { epochMs } from '../shared/format';
import { codepipelineHome, editPipelinePath, pipelineEventsPath } from '../shared/paths';
import { ReleaseChangeDialog } from './release-change-dialog';
import { RetryStageDialog } from './retry-stage-dialog';
import { SimulatedOutcomeDialog } from './simulated-outcome-dialog';
import { StageControls } from './stage-controls';
import { StopExecutionDialog } from './stop-execution-dialog';
import { toLiveView } from './to-live-view';
import { TransitionDialog } from './transition-dialog';

type OpenDialog =
  | { kind: 'release' }
  | { kind: 'stop' }
  | { kind: 'transition'; stageName: string; disabledReason: string | undefined }
  | { kind: 'retry'; stageName: string; pipelineExecutionId: string }
  | { kind: 'outcome'; action: SimulatedAction };

const STOPPABLE = new Set(['InProgress', 'Stopping']);

/** One pipeline: its live graph, what can be done to each stage, and its execution history. */
export function PipelinePage() {
  const name = useParams().name ?? '';
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<OpenDialog>();
  const pipeline = usePipeline(name);
  const state = usePipelineState(name);
  const executions = usePipelineExecutions(name);
  const actionExecutions = useActionExecutions(name);
  const outcomes = useActionOutcomes(name);
  // The graph is laid out again whenever the live view changes; a minute is fine enough for its approval countdown.
  const now = useSimNow(60_000);
  const declaration = pipeline.data?.pipeline;
  const live = useMemo(
    () => declaration && state.data && toLiveView(declaration, state.data, actionExecutions.data ?? [], now),
    [declaration, state.data, actionExecutions.data, now],
  );
  const approvals = useMemo(
    () => (declaration && state.data ? pendingApprovals(declaration, state.data) : []),
    [declaration, state.data],
  );

  const error = pipeline.error ?? state.error;
  if (error)
    return (
      <ErrorPanel
        error={error}
        subject={`Pipeline ${name}`}
        back={{ to: codepipelineHome(), label: 'Back to pipelines' }}
      />
    );
  if (!declaration) return <Loading label="Reading the pipeline…" />;

  const running = (executions.data ?? []).flatMap((e) =>
    e.pipelineExecutionId && STOPPABLE.has(e.status ?? '')
      ? [{ pipelineExecutionId: e.pipelineExecutionId, status: e.status ?? '' }]
      : [],
  );
  const reviewing = approvals.find(
    (a) => a.stageName === params.get('review') && a.actionName === params.get('action'),
  );
  const closeReview = () => setParams({}, { replace: true });
  const updated = epochMs(pipeline.data?.metadata?.updated);

  return (
    <>
      <PageHeader
        title={name}
        description={
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge>{declaration.pipelineType ?? 'V1'}</StatusBadge>
            <StatusBadge>{declaration.executionMode ?? 'SUPERSEDED'}</StatusBadge>
            <span>Version {declaration.version ?? 1}</span>
            {updated !== undefined && <span>· updated {formatDateTime(updated)}</span>}
          </span>
        }
        actions={
          <>
            <Link to={pipelineEventsPath(name)} className={buttonClass('normal')}>
              View events
            </Link>
            <Link to={editPipelinePath(name)} className={buttonClass('normal')}>
              Edit
            </Link>
            <button
              type="button"
              className={buttonClass('normal')}
              disabled={running.length === 0}
              title={running.length === 0 ? 'No execution is in progress' : undefined}
              onClick={() => setDialog({ kind: 'stop' })}
            >
              Stop execution
            </button>
            <button type="button" className={buttonClass('primary')} onClick={() => setDialog({ kind: 'release' })}>
              Release change
            </button>
          </>
        }
      />
      <div className="space-y-4">
        <Panel title="Latest execution of each stage" flush>
          <PipelineGraph
            declaration={declaration}
            live={live}
            onTransitionClick={(stageName, disabledReason) =>
              setDialog({ kind: 'transition', stageName, disabledReason })
            }
            minimap={false}
            className="h-[22rem] w-full"
          />
          {live && (
            <div className="border-t border-zinc-200 dark:border-zinc-800">
              <StageControls
                declaration={declaration}
                live={live}
                approvals={approvals}
                simulatedActions={outcomes.data?.actions ?? []}
                commands={{
                  onTransition: (stageName, disabledReason) =>
                    setDialog({ kind: 'transition', stageName, disabledReason }),
                  onRetry: (stageName, pipelineExecutionId) =>
                    setDialog({ kind: 'retry', stageName, pipelineExecutionId }),
                  onReview: (a) => setParams({ review: a.stageName, action: a.actionName }, { replace: true }),
                  onSimulatedOutcome: (action) => setDialog({ kind: 'outcome', action }),
                }}
              />
            </div>
          )}
        </Panel>
        <Panel title="Execution history" flush>
          <ExecutionHistory pipelineName={name} />
        </Panel>
      </div>
      {dialog?.kind === 'release' && (
        <ReleaseChangeDialog declaration={declaration} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'stop' && (
        <StopExecutionDialog pipelineName={name} executions={running} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'transition' && (
        <TransitionDialog
          pipelineName={name}
          stageName={dialog.stageName}
          disabledReason={dialog.disabledReason}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'retry' && (
        <RetryStageDialog
          pipelineName={name}
          stageName={dialog.stageName}
          pipelineExecutionId={dialog.pipelineExecutionId}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'outcome' && outcomes.data && (
        <SimulatedOutcomeDialog
          pipelineName={name}
          action={dialog.action}
          defaultOutcome={outcomes.data.defaultOutcome}
          onClose={() => setDialog(undefined)}
        />
      )}
      {reviewing && (
        <ReviewDialog
          approval={reviewing}
          action={declaration.stages
            .find((s) => s.name === reviewing.stageName)
            ?.actions.find((a) => a.name === reviewing.actionName)}
          onClose={closeReview}
        />
      )}
    </>
  );
}
