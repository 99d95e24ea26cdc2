import type { SimulatedOutcome } from '../../../api/codepipeline/set-action-outcome';

/** The outcome as the dialog edits it: text, so nothing typed is lost while it is invalid. */
export interface OutcomeForm {
  result: 'Succeeded' | 'Failed';
  duration: string;
  message: string;
  /** `name=value`, one a line. */
  variables: string;
}

export interface OutcomeProblems {
  duration?: string;
  message?: string;
  /** Each with the line it is on. */
  variables: string[];
}

const MAX_DURATION_SECONDS = 86_400;
const MAX_MESSAGE = 5000;
/** The pattern CodePipeline's variable names follow (aws-facts §1): letters, digits, @ - _. */
const VARIABLE_NAME = /^[A-Za-z0-9@\-_]+$/;

export const toForm = (outcome: SimulatedOutcome): OutcomeForm => ({
  result: outcome.result,
  duration: String(outcome.durationSeconds),
  message: outcome.message ?? '',
  variables: Object.entries(outcome.outputVariables ?? {})
    .map(([name, value]) => `${name}=${value}`)
    .join('\n'),
});

/** The outcome SetActionOutcome is sent, or the problems that keep it from being sent, each at its field or line. */
export function readForm(form: OutcomeForm): { outcome?: SimulatedOutcome; problems: OutcomeProblems } {
  const problems: OutcomeProblems = { variables: [] };
  const durationText = form.duration.trim();
  const durationSeconds = Number(durationText);
  if (!/^\d+$/.test(durationText) || durationSeconds < 1 || durationSeconds > MAX_DURATION_SECONDS)
    problems.duration = `A whole number of seconds from 1 to ${MAX_DURATION_SECONDS} (one day).`;
  if (form.message.length > MAX_MESSAGE)
    problems.message = `At most ${MAX_MESSAGE} characters (${form.message.length} now).`;

  const outputVariables: Record<string, string> = {};
  form.variables.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const at = `Line ${index + 1}`;
    const equals = line.indexOf('=');
    if (equals < 0) {
      problems.variables.push(`${at}: “${line}” has no “=”; write name=value.`);
      return;
    }
    const name = line.slice(0, equals).trim();
    if (!VARIABLE_NAME.test(name)) {
      problems.variables.push(
        name === ''
          ? `${at}: the variable has no name before “=”.`
          : `${at}: “${name}” is not a valid variable name: letters, digits, @, - and _ only.`,
      );
      return;
    }
    if (Object.hasOwn(outputVariables, name)) {
      problems.variables.push(`${at}: “${name}” is already set on an earlier line.`);
      return;
    }
    outputVariables[name] = line.slice(equals + 1).trim();
  });

  if (problems.duration || problems.message || problems.variables.length > 0) return { problems };
  return {
    problems,
    outcome: {
      result: form.result,
      durationSeconds,
      ...(form.message.trim() !== '' && { message: form.message.trim() }),
      ...(Object.keys(outputVariables).length > 0 && { outputVariables }),
    },
  };
}
