import { deleteOwn, getOwn, setOwn } from '../../core/records';
import type { Operation } from '../../core/simulation';
import { codepipelineErrors as errors } from '../errors';
import { providerFor } from '../execution/actions/index';
import { DEFAULT_OUTCOME, simulatedAction } from '../execution/actions/simulated';
import type { SimulatedOutcome } from '../state';
import type { StageDeclaration } from '../../specs/pipeline/types';
import { ruleOutcomeKey } from '../execution/core/conditions';
import { readName, requirePipeline } from './common';

const MAX_DURATION_SECONDS = 86_400;

function actionKey(input: Record<string, unknown>, pipelineName: string, stage: StageDeclaration): string {
  const actionName = readName(input, 'actionName');
  if (!stage.actions.some((a) => a.name === actionName)) throw errors.actionNotFound(actionName, stage.name);
  return `${pipelineName}/${stage.name}/${actionName}`;
}

/** A LambdaInvoke rule of one of the stage's conditions, named by `conditionType` and `ruleName`. */
function ruleKey(input: Record<string, unknown>, pipelineName: string, stage: StageDeclaration): string {
  const ruleName = readName(input, 'ruleName');
  const kind = input.conditionType;
  if (kind !== 'beforeEntry' && kind !== 'onSuccess' && kind !== 'onFailure') {
    throw errors.validation(
      'conditionType',
      kind,
      'Member must satisfy enum value set: [beforeEntry, onSuccess, onFailure]',
    );
  }
  const rule = stage[kind]?.conditions?.[0]?.rules?.find((r) => r.name === ruleName);
  if (rule?.ruleTypeId.provider !== 'LambdaInvoke') {
    throw errors.validation(
      'ruleName',
      ruleName,
      `Stage ${stage.name} has no LambdaInvoke rule named ${ruleName} in its ${kind} condition`,
    );
  }
  return ruleOutcomeKey(pipelineName, stage.name, kind, ruleName);
}

/**
 * Simulator-only (CICDLabPipelineSimulator_20260101, not CodePipeline's API): what an action the simulator cannot
 * really run (Invoke Lambda or Step Functions, Elastic Beanstalk, Device Farm, custom, Commands) answers the next
 * time it runs. `outcome` absent or null clears it, so the action succeeds after 30 seconds again. With
 * `conditionType` and `ruleName` instead of `actionName` it sets what a LambdaInvoke rule of a stage condition
 * answers (its result; rules are evaluated at once, so the duration is not used).
 */
export const SetActionOutcome: Operation = (ctx, input) => {
  const pipelineName = readName(input, 'pipelineName');
  const stageName = readName(input, 'stageName');
  const pipeline = requirePipeline(ctx, pipelineName);
  const stage = pipeline.declaration.stages.find((s) => s.name === stageName);
  if (!stage) throw errors.stageNotFound(stageName, pipelineName);
  const key =
    input.ruleName === undefined ? actionKey(input, pipelineName, stage) : ruleKey(input, pipelineName, stage);
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
