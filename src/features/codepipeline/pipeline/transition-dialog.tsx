import { useState } from 'react';
import { useDisableStageTransition } from '../../../api/codepipeline/disable-stage-transition';
import { useEnableStageTransition } from '../../../api/codepipeline/enable-stage-transition';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../../../components/error-callout';
import { TextField } from '../../../components/form-field';
import { CODEPIPELINE_EXPLANATIONS } from '../shared/explanations';

/** DisableStageTransition's reason: 1–300 characters of this set (aws-facts §1.7). */
const REASON_MAX = 300;
const REASON_PATTERN = /^[a-zA-Z0-9!@ ().*?-]+$/;

export function reasonProblem(reason: string): string | undefined {
  if (reason.length === 0) return 'A reason is required.';
  if (reason.length > REASON_MAX) return `At most ${REASON_MAX} characters (${reason.length} now).`;
  const bad = [...reason].find((c) => !REASON_PATTERN.test(c));
  if (bad !== undefined) return `“${bad}” is not allowed: letters, digits, spaces and ! @ ( ) . * ? - only.`;
  return undefined;
}

/**
 * Disables the transition into a stage (with the reason the service requires) or enables it again; the console
 * always works on the Inbound transition.
 */
export function TransitionDialog({
  pipelineName,
  stageName,
  disabledReason,
  onClose,
}: {
  pipelineName: string;
  stageName: string;
  /** Set when the transition is disabled now. */
  disabledReason: string | undefined;
  onClose: () => void;
}) {
  const disable = useDisableStageTransition();
  const enable = useEnableStageTransition();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const disabled = disabledReason !== undefined;
  const problem = reasonProblem(reason);
  const error = disabled ? enable.error : disable.error;
  const input = { pipelineName, stageName, transitionType: 'Inbound' as const };
  const submit = () => {
    if (disabled) enable.mutate(input, { onSuccess: onClose });
    else if (problem) setTouched(true);
    else disable.mutate({ ...input, reason }, { onSuccess: onClose });
  };
  return (
    <Dialog title={`${disabled ? 'Enable' : 'Disable'} transition into ${stageName}`} onClose={onClose}>
      {disabled ? (
        <p>
          The transition is disabled: <q className="font-semibold">{disabledReason}</q>. Enabling it lets the newest
          execution waiting in front of {stageName} enter the stage.
        </p>
      ) : (
        <div className="space-y-3">
          <p>
            Executions that reach {stageName} wait in front of it until the transition is enabled again. While they
            wait, a newer execution can still supersede them.
          </p>
          <TextField
            label="Reason"
            value={reason}
            onChange={(v) => {
              setReason(v);
              setTouched(true);
            }}
            error={touched ? problem : undefined}
            placeholder="Release freeze until Monday"
          />
        </div>
      )}
      {error ? (
        <div className="mt-4">
          <ErrorCallout error={error} explanations={CODEPIPELINE_EXPLANATIONS} />
        </div>
      ) : null}
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={onClose}>
          Cancel
        </button>
        <button type="button" className={buttonClass('primary')} onClick={submit}>
          {disabled ? 'Enable transition' : 'Disable transition'}
        </button>
      </DialogActions>
    </Dialog>
  );
}
