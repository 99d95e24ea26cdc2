import { deleteOwn, setOwn } from '../../core/records';
import type { Operation, SimContext } from '../../core/simulation';
import { codepipelineErrors as errors } from '../errors';
import { releaseInbound } from '../execution/core/index';
import type { Pipeline } from '../state';
import { readName, requirePipeline } from './common';

const TRANSITION_TYPES = ['Inbound', 'Outbound'];
/** BOTO `DisabledReason`. */
const REASON = /^[a-zA-Z0-9!@ ().*?-]+$/;

interface TransitionTarget {
  pipeline: Pipeline;
  /** The stage whose inbound transition is meant; undefined for the outbound transition of the last stage. */
  stage?: string;
}

/**
 * The transition a request names. State keeps transitions by the stage they lead into, so the Outbound transition
 * of a stage is the Inbound one of the next; the last stage's Outbound leads nowhere and is accepted with no effect.
 */
function readTransition(ctx: SimContext, input: Record<string, unknown>): TransitionTarget {
  const pipelineName = readName(input, 'pipelineName');
  const stageName = readName(input, 'stageName');
  const type = input.transitionType;
  if (type === undefined || type === null) throw errors.required('transitionType');
  if (typeof type !== 'string' || !TRANSITION_TYPES.includes(type)) {
    throw errors.validation('transitionType', type, 'Member must satisfy enum value set: [Inbound, Outbound]');
  }
  const pipeline = requirePipeline(ctx, pipelineName);
  const stages = pipeline.declaration.stages;
  const index = stages.findIndex((s) => s.name === stageName);
  if (index < 0) throw errors.stageNotFound(stageName, pipelineName);
  return { pipeline, stage: type === 'Inbound' ? stageName : stages[index + 1]?.name };
}

/** Holds executions in front of the stage until the transition is enabled again (aws-facts §1.7). */
export const DisableStageTransition: Operation = (ctx, input) => {
  const target = readTransition(ctx, input);
  const reason = input.reason;
  if (reason === undefined || reason === null) throw errors.required('reason');
  if (typeof reason !== 'string' || reason.length < 1 || reason.length > 300) {
    throw errors.validation('reason', reason, 'Member must have length between 1 and 300');
  }
  if (!REASON.test(reason)) {
    throw errors.validation(
      'reason',
      reason,
      'Member must satisfy regular expression pattern: [a-zA-Z0-9!@ \\(\\)\\.\\*\\?\\-]+',
    );
  }
  if (target.stage !== undefined) {
    setOwn(target.pipeline.disabledTransitions, target.stage, {
      reason,
      lastChangedBy: ctx.caller.arn,
      lastChangedAt: ctx.now,
    });
  }
  return {};
};

/** The execution waiting at the transition enters the stage (the execution core decides which, by mode). */
export const EnableStageTransition: Operation = (ctx, input) => {
  const target = readTransition(ctx, input);
  if (target.stage === undefined || !Object.hasOwn(target.pipeline.disabledTransitions, target.stage)) return {};
  deleteOwn(target.pipeline.disabledTransitions, target.stage);
  releaseInbound(ctx, target.pipeline.declaration.name, target.stage);
  return {};
};
