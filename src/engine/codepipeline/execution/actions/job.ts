import type { SimContext } from '../../../core/simulation';
import { SECOND } from '../../../core/time';
import { isCloneRef, readArtifact, type ArtifactFiles } from '../artifacts';
import type { ActionFailure, ActionJob, ActionOutcome, ActionSuccess } from '../contract';
import { completeAction } from '../core/index';

/** Timer kind: an action's outcome, decided when it started, arrives after the action's simulated duration. */
export const ACTION_OUTCOME_TIMER = 'codepipeline.action.outcome';

export interface OutcomeTimer {
  actionExecutionId: string;
  outcome: ActionOutcome;
}

/**
 * Providers never complete an action inside `start`: the outcome arrives through a timer, so the execution core
 * always sees an action start before it ends, and every action takes virtual time as it does on AWS.
 */
export function completeAfter(ctx: SimContext, job: ActionJob, delayMs: number, outcome: ActionOutcome): void {
  const payload: OutcomeTimer = { actionExecutionId: job.action.actionExecutionId, outcome };
  ctx.schedule(delayMs, ACTION_OUTCOME_TIMER, payload);
}

export const outcomeArrived = (ctx: SimContext, payload: OutcomeTimer): void =>
  completeAction(ctx, payload.actionExecutionId, payload.outcome);

/** How long an action takes to notice a configuration it cannot run with. */
const FAILURE_DELAY_MS = SECOND;

export function failSoon(
  ctx: SimContext,
  job: ActionJob,
  code: string,
  message: string,
  extra?: Partial<ActionFailure>,
) {
  completeAfter(ctx, job, FAILURE_DELAY_MS, { result: 'Failed', failure: { ...extra, code, message } });
}

export const succeedAfter = (ctx: SimContext, job: ActionJob, delayMs: number, success: ActionSuccess) =>
  completeAfter(ctx, job, delayMs, { result: 'Succeeded', success });

/** A configuration value after variable resolution; blank counts as absent. */
export function configValue(job: ActionJob, key: string): string | undefined {
  const value = job.action.input.resolvedConfiguration[key] ?? job.action.input.configuration[key];
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** The configuration value the action cannot run without: fails the action (ConfigurationError) when absent. */
export function requireConfig(ctx: SimContext, job: ActionJob, key: string): string | undefined {
  const value = configValue(job, key);
  if (value === undefined) {
    failSoon(ctx, job, 'ConfigurationError', `The action configuration is missing the required key ${key}.`);
  }
  return value;
}

export const outputArtifactNames = (job: ActionJob): string[] =>
  (job.declaration.outputArtifacts ?? []).map((a) => a.name);

/**
 * The files of an input artifact (the first when no name is given). A CodeBuild clone reference is not files:
 * providers other than CodeBuild refuse it, as CodePipeline documents for CODEBUILD_CLONE_REF.
 */
export function inputFiles(ctx: SimContext, job: ActionJob, name?: string): ArtifactFiles {
  const inputs = job.action.input.inputArtifacts;
  const input = name === undefined ? inputs[0] : inputs.find((a) => a.name === name);
  if (!input) {
    return {
      ok: false,
      message:
        name === undefined
          ? 'The action has no input artifact.'
          : `The input artifact ${name} is not one of the action's input artifacts.`,
    };
  }
  const read = readArtifact(ctx.world, input.name, input.location);
  return read.ok && isCloneRef(Object.keys(read.files)) ? { ok: false, message: cloneRefRefused(input.name) } : read;
}

export const cloneRefRefused = (artifactName: string) =>
  `The input artifact ${artifactName} is a CodeBuild clone reference (OutputArtifactFormat CODEBUILD_CLONE_REF); only CodeBuild actions can use it.`;

/** `Artifact::path` (TemplatePath, TemplateConfiguration) → the artifact's name and the file's path in it. */
export function artifactPath(value: string): { artifact: string; path: string } | undefined {
  const at = value.indexOf('::');
  if (at <= 0 || at + 2 >= value.length) return undefined;
  return { artifact: value.slice(0, at), path: value.slice(at + 2) };
}
