import { useState } from 'react';
import { useStopPipelineExecution } from '../../../api/codepipeline/stop-pipeline-execution';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../../../components/error-callout';
import { RadioGroup, SelectField, TextField } from '../../../components/form-field';
import { CODEPIPELINE_EXPLANATIONS } from '../shared/explanations';

/** StopPipelineExecution's `reason` is at most 200 characters (aws-facts §1.7). */
const REASON_MAX = 200;

type Mode = 'wait' | 'abandon';

/** Stop an execution in progress: let running actions finish (stop and wait) or abandon them at once. */
export function StopExecutionDialog({
  pipelineName,
  executions,
  onClose,
}: {
  pipelineName: string;
  /** Executions that can be stopped, newest first, with their status (`InProgress` or `Stopping`). */
  executions: readonly { pipelineExecutionId: string; status: string }[];
  onClose: () => void;
}) {
  const stop = useStopPipelineExecution();
  const [executionId, setExecutionId] = useState(executions[0]?.pipelineExecutionId ?? '');
  const [mode, setMode] = useState<Mode>('wait');
  const [reason, setReason] = useState('');
  const reasonError =
    reason.length > REASON_MAX ? `At most ${REASON_MAX} characters (${reason.length} now).` : undefined;
  const submit = () =>
    stop.mutate(
      { pipelineName, pipelineExecutionId: executionId, abandon: mode === 'abandon', reason: reason || undefined },
      { onSuccess: onClose },
    );
  return (
    <Dialog title="Stop execution" onClose={onClose}>
      <div className="space-y-4">
        <SelectField
          label="Execution"
          value={executionId}
          onChange={setExecutionId}
          options={executions.map((e) => [e.pipelineExecutionId, `${e.pipelineExecutionId} (${e.status})`] as const)}
        />
        <RadioGroup
          legend="How to stop"
          value={mode}
          onChange={setMode}
          options={[
            {
              value: 'wait',
              label: 'Stop and wait',
              hint: 'Actions in progress run to completion; no further action or stage starts. Not possible once the execution is Stopping.',
            },
            {
              value: 'abandon',
              label: 'Stop and abandon',
              hint: 'Actions in progress are abandoned at once (the build or deployment itself carries on) and the execution is Stopped.',
            },
          ]}
        />
        <TextField label="Reason (optional)" value={reason} onChange={setReason} error={reasonError} />
      </div>
      {stop.error ? (
        <div className="mt-4">
          <ErrorCallout error={stop.error} explanations={CODEPIPELINE_EXPLANATIONS} />
        </div>
      ) : null}
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button
          type="button"
          className={buttonClass('danger')}
          aria-disabled={stop.isPending || !executionId || reasonError !== undefined}
          onClick={() => !stop.isPending && executionId && !reasonError && submit()}
        >
          Stop
        </button>
      </DialogActions>
    </Dialog>
  );
}
