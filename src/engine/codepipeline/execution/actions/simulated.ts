import { getOwn } from '../../../core/records';
import { SECOND } from '../../../core/time';
import type { SimulatedOutcome } from '../../state';
import type { ActionJob, ActionProvider } from '../contract';
import { completeAfter } from './job';

/** What an action the simulator cannot really run answers when the user set nothing: success after 30 seconds. */
export const DEFAULT_OUTCOME: SimulatedOutcome = { result: 'Succeeded', durationSeconds: 30 };

export const outcomeKey = (job: ActionJob) =>
  `${job.execution.pipelineName}/${job.action.stageName}/${job.action.actionName}`;

/**
 * Lambda, Step Functions, Elastic Beanstalk, Device Farm, custom (Jenkins) and Commands actions: the simulator has
 * no function, state machine, environment, device or build server to run, so each answers what the user set for it
 * in `actionOutcomes` (`<pipeline>/<stage>/<action>`), after the duration they chose.
 */
export const simulatedAction: ActionProvider = {
  start(ctx, job) {
    const set = getOwn(ctx.world.account.codepipeline.actionOutcomes, outcomeKey(job));
    const outcome = set ?? DEFAULT_OUTCOME;
    const delay = Math.max(0, outcome.durationSeconds) * SECOND;
    const summary = `Simulated ${job.action.actionTypeId.provider} action (${set ? 'its outcome is set for this action' : 'no outcome set: it succeeds'})`;
    completeAfter(
      ctx,
      job,
      delay,
      outcome.result === 'Succeeded'
        ? {
            result: 'Succeeded',
            success: {
              summary: outcome.message ?? summary,
              ...(outcome.outputVariables && { outputVariables: { ...outcome.outputVariables } }),
            },
          }
        : {
            result: 'Failed',
            failure: { code: 'JobFailed', message: outcome.message ?? `${summary}: Failed` },
          },
    );
  },
};
