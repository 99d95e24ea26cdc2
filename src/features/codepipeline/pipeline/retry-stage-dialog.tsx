import { useState } from 'react';
import { useRetryStageExecution } from '../../../api/codepipeline/retry-stage-execution';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../../../components/error-callout';
import { RadioGroup } from '../../../components/form-field';
import { CODEPIPELINE_EXPLANATIONS } from '../shared/explanations';

type RetryMode = 'FAILED_ACTIONS' | 'ALL_ACTIONS';

/** RetryStageExecution on a failed (or stopped) stage: its failed actions, or all of them. */
export function RetryStageDialog({
  pipelineName,
  stageName,
  pipelineExecutionId,
  onClose,
}: {
  pipelineName: string;
  stageName: string;
  pipelineExecutionId: string;
  onClose: () => void;
}) {
  const retry = useRetryStageExecution();
  const [retryMode, setRetryMode] = useState<RetryMode>('FAILED_ACTIONS');
  return (
    <Dialog title={`Retry stage ${stageName}`} onClose={onClose}>
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        Execution <span className="font-mono">{pipelineExecutionId}</span> resumes in this stage with the same source
        revisions.
      </p>
      <RadioGroup
        legend="Retry"
        value={retryMode}
        onChange={setRetryMode}
        options={[
          { value: 'FAILED_ACTIONS', label: 'Failed actions', hint: 'Only the actions that failed run again.' },
          { value: 'ALL_ACTIONS', label: 'All actions', hint: 'Every action of the stage runs again, in runOrder.' },
        ]}
      />
      {retry.error ? (
        <div className="mt-4">
          <ErrorCallout error={retry.error} explanations={CODEPIPELINE_EXPLANATIONS} />
        </div>
      ) : null}
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={buttonClass('primary')}
          aria-disabled={retry.isPending}
          onClick={() =>
            !retry.isPending &&
            retry.mutate({ pipelineName, stageName, pipelineExecutionId, retryMode }, { onSuccess: onClose })
          }
        >
          Retry
        </button>
      </DialogActions>
    </Dialog>
  );
}
