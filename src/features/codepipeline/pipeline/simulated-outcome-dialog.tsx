import { useId, useState } from 'react';
import {
  useSetActionOutcome,
  type SimulatedAction,
  type SimulatedOutcome,
} from '../../../api/codepipeline/set-action-outcome';
import { buttonClass, inputClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';
import { ErrorCallout } from '../../../components/error-callout';
import { KeyValueList } from '../../../components/key-value-list';
import { RadioGroup, TextField } from '../../../components/form-field';
import { CODEPIPELINE_EXPLANATIONS } from '../shared/explanations';
import { readForm, toForm, type OutcomeForm } from './simulated-outcome-model';

/** What the real service would run for each simulated provider; others are "the action". */
const RUNS: Record<string, string> = {
  Lambda: 'call the Lambda function',
  StepFunctions: 'start the state machine',
  ElasticBeanstalk: 'deploy to the Elastic Beanstalk environment',
  DeviceFarm: 'run the tests on Device Farm',
  Commands: 'run the commands',
};

function describeOutcome(outcome: SimulatedOutcome) {
  const variables = Object.entries(outcome.outputVariables ?? {});
  return [
    { label: 'Result', value: `${outcome.result} after ${outcome.durationSeconds} s` },
    { label: 'Message', value: outcome.message ?? '—' },
    {
      label: 'Output variables',
      value:
        variables.length === 0 ? (
          '—'
        ) : (
          <span className="font-mono text-xs">{variables.map(([n, v]) => `${n}=${v}`).join(', ')}</span>
        ),
    },
  ];
}

/** Sets (or clears) what a simulated action, such as an Invoke Lambda one, answers the next time it runs. */
export function SimulatedOutcomeDialog({
  pipelineName,
  action,
  defaultOutcome,
  onClose,
}: {
  pipelineName: string;
  action: SimulatedAction;
  defaultOutcome: SimulatedOutcome;
  onClose: () => void;
}) {
  const id = useId();
  const save = useSetActionOutcome();
  const [form, setForm] = useState<OutcomeForm>(() => toForm(action.outcome ?? defaultOutcome));
  const [touched, setTouched] = useState(false);
  const { outcome, problems } = readForm(form);
  const edit = (change: Partial<OutcomeForm>) => setForm((f) => ({ ...f, ...change }));
  const target = { pipelineName, stageName: action.stageName, actionName: action.actionName };
  const submit = () => {
    setTouched(true);
    if (outcome && !save.isPending) save.mutate({ ...target, outcome }, { onSuccess: onClose });
  };
  const provider = action.actionTypeId.provider;
  return (
    <Dialog title={`Simulated outcome of ${action.actionName}`} onClose={onClose}>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          The real service would {RUNS[provider] ?? `hand the job to the ${provider} action's worker`}; the simulator
          has none, so you decide what the {provider} action in stage {action.stageName} answers the next time it runs.
        </p>
        <section aria-label="Current outcome" className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <h3 className="mb-2 text-sm font-semibold">
            Now: {action.outcome ? 'set for this action' : 'none set, so the default'}
          </h3>
          <KeyValueList items={describeOutcome(action.outcome ?? defaultOutcome)} />
        </section>
        <RadioGroup
          legend="Result"
          value={form.result}
          onChange={(result) => edit({ result })}
          options={[
            { value: 'Succeeded', label: 'Succeeded', hint: 'The message is the action’s summary.' },
            { value: 'Failed', label: 'Failed', hint: 'The message is the action’s error; the stage fails.' },
          ]}
        />
        <TextField
          label="Duration (virtual seconds)"
          value={form.duration}
          onChange={(duration) => edit({ duration })}
          error={touched ? problems.duration : undefined}
          width="w-32"
          mono
        />
        <div>
          <label htmlFor={`${id}-message`} className="mb-1 block font-semibold">
            Message
          </label>
          <textarea
            id={`${id}-message`}
            value={form.message}
            onChange={(e) => edit({ message: e.target.value })}
            rows={2}
            aria-invalid={touched && problems.message ? true : undefined}
            aria-describedby={touched && problems.message ? `${id}-message-error` : undefined}
            className={`${inputClass} w-full`}
          />
          {touched && problems.message && (
            <p id={`${id}-message-error`} className="mt-1 text-xs text-red-800 dark:text-red-300">
              {problems.message}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={`${id}-variables`} className="mb-1 block font-semibold">
            Output variables
          </label>
          <textarea
            id={`${id}-variables`}
            value={form.variables}
            onChange={(e) => edit({ variables: e.target.value })}
            rows={3}
            spellCheck={false}
            placeholder={'TestReport=s3://reports/latest.json\nPassed=40'}
            aria-invalid={touched && problems.variables.length > 0 ? true : undefined}
            aria-describedby={`${id}-variables-hint${touched && problems.variables.length > 0 ? ` ${id}-variables-error` : ''}`}
            className={`${inputClass} w-full font-mono text-xs`}
          />
          <p id={`${id}-variables-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            One name=value a line; later actions read them through the action’s namespace.
          </p>
          {touched && problems.variables.length > 0 && (
            <ul id={`${id}-variables-error`} className="mt-1 text-xs text-red-800 dark:text-red-300">
              {problems.variables.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
        {save.error ? <ErrorCallout error={save.error} explanations={CODEPIPELINE_EXPLANATIONS} /> : null}
        <DialogActions>
          {action.outcome && (
            <button
              type="button"
              className={`${buttonClass('normal')} mr-auto`}
              onClick={() => !save.isPending && save.mutate(target, { onSuccess: onClose })}
            >
              Clear (use the default)
            </button>
          )}
          <button type="button" className={buttonClass('normal')} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttonClass('primary')} aria-disabled={save.isPending}>
            Set outcome
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
