import { deleteOwn, getOwn, setOwn } from '../../core/records';
import type { Operation } from '../../core/simulation';
import { codepipelineErrors as errors } from '../errors';
import { providerFor } from '../execution/actions/index';
import { DEFAULT_OUTCOME, simulatedAction } from '../execution/actions/simulated';
import type { SimulatedOutcome } from '../state';
import { readName, requirePipeline } from './common';

const MAX_DURATION_SECONDS = 86_400;

/**
 * Simulator-only (CICDLabPipelineSimulator_20260101, not CodePipeline's API): what an action the simulator cannot
 * really run (Invoke Lambda or Step Functions, Elastic Beanstalk, Device Farm, custom, Commands) answers the next
 * time it runs. `outcome` absent or null clears it, so the action succeeds after 30 seconds again.
 */
export const SetActionOutcome: Operation = (ctx, input) => {
  const pipelineName = readName(input, 'pipelineName');
  const stageName = readName(input, 'stageName');
  const actionName = readName(input, 'actionName');
  const pipeline = requirePipeline(ctx, pipelineName);
  const stage = pipeline.declaration.stages.find((s) => s.name === stageName);
  if (!stage) throw errors.stageNotFound(stageName, pipelineName);
  if (!stage.actions.some((a) => a.name === actionName)) throw errors.actionNotFound(actionName, stageName);
  const key = `${pipelineName}/${stageName}/${actionName}`;
  const outcomes = ctx.world.account.codepipeline.actionOutcomes;
  const raw = input.outcome;
  if (raw === undefined || raw === null) {
    deleteOwn(outcomes, key);
    return {};
  }
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw errors.validation('outcome', raw, 'Member must be an object');
  const { result, durationSeconds, message, outputVariables } = raw as Record<string, unknown>;
  if (result !== 'Succeeded' && result !== 'Failed') {
    throw errors.validation('outcome.result', result, 'Member must satisfy enum value set: [Succeeded, Failed]');
  }
  if (
    typeof durationSeconds !== 'number' ||
    !Number.isInteger(durationSeconds) ||
    durationSeconds < 0 ||
    durationSeconds > MAX_DURATION_SECONDS
  ) {
    throw errors.validation(
      'outcome.durationSeconds',
      durationSeconds,
      `Member must have value between 0 and ${MAX_DURATION_SECONDS}`,
    );
  }
  if (message !== undefined && (typeof message !== 'string' || message.length > 5000)) {
    throw errors.validation('outcome.message', message, 'Member must have length less than or equal to 5000');
  }
  if (
    outputVariables !== undefined &&
    (typeof outputVariables !== 'object' ||
      outputVariables === null ||
      Object.values(outputVariables).some((v) => typeof v !== 'string'))
  ) {
    throw errors.validation('outcome.outputVariables', outputVariables, 'Member must be a map of strings');
  }
  const outcome: SimulatedOutcome = {
    result,
    durationSeconds,
    ...(message !== undefined && { message }),
    ...(outputVariables !== undefined && { outputVariables: { ...(outputVariables as Record<string, string>) } }),
  };
  setOwn(outcomes, key, outcome);
  return {};
};

/**
 * Simulator-only read beside SetActionOutcome: each action of the pipeline's current version that answers a
 * simulated outcome, in stage and declaration order, with the outcome set for it (absent: `defaultOutcome`).
 */
export const GetActionOutcomes: Operation = (ctx, input) => {
  const pipelineName = readName(input, 'pipelineName');
  const pipeline = requirePipeline(ctx, pipelineName);
  const outcomes = ctx.world.account.codepipeline.actionOutcomes;
  return {
    actions: pipeline.declaration.stages.flatMap((stage) =>
      stage.actions
        .filter((action) => providerFor(action.actionTypeId) === simulatedAction)
        .map((action) => {
          const outcome = getOwn(outcomes, `${pipelineName}/${stage.name}/${action.name}`);
          return {
            stageName: stage.name,
            actionName: action.name,
            actionTypeId: action.actionTypeId,
            ...(outcome && { outcome }),
          };
        }),
    ),
    defaultOutcome: DEFAULT_OUTCOME,
  };
};
