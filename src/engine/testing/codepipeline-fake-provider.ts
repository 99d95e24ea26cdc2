import { getOwn } from '../core/records';
import { SECOND } from '../core/time';
import type { ActionTypeId } from '../specs/pipeline/types';
import type { ActionOutcome, ActionProvider } from '../codepipeline/execution/contract';

/**
 * The stand-in provider of the execution core's tests (installed with `vi.mock('../actions/index', ...)`): it
 * imports nothing of the core, so the mock can load while the core is loading. Its actions end, through a timer,
 * as `actionOutcomes` says: success after 10 virtual seconds unless the test sets another outcome.
 */

export const OUTCOME_TIMER = 'test.codepipeline.outcome';

export interface OutcomePayload {
  actionExecutionId: string;
  outcome: ActionOutcome;
}

/** The stand-in: output artifacts at `<pipeline>/<artifact>/<action execution>` and an `Echo` output variable. */
export const fakeProvider: ActionProvider & { abandoned: string[] } = {
  abandoned: [],
  start(ctx, job) {
    const { pipelineName, stageName, actionName, actionExecutionId } = job.action;
    const planned = getOwn(ctx.world.account.codepipeline.actionOutcomes, `${pipelineName}/${stageName}/${actionName}`);
    const outcome: ActionOutcome =
      planned?.result === 'Failed'
        ? { result: 'Failed', failure: { code: 'JobFailed', message: planned.message ?? 'failed' } }
        : {
            result: 'Succeeded',
            success: {
              summary: `${actionName} done`,
              externalExecutionId: `ext-${actionExecutionId.slice(0, 8)}`,
              outputArtifacts: (job.declaration.outputArtifacts ?? []).map((a) => ({
                name: a.name,
                location: {
                  bucket: job.artifactBucket,
                  key: `${pipelineName}/${a.name}/${actionExecutionId.slice(0, 7)}`,
                },
              })),
              outputVariables: {
                Echo: job.action.input.resolvedConfiguration.Echo ?? actionName,
                ...planned?.outputVariables,
              },
              ...(job.declaration.actionTypeId.category === 'Source' && {
                sourceRevision: { revisionId: `rev-${actionExecutionId.slice(0, 8)}`, revisionSummary: 'a commit' },
              }),
            },
          };
    const payload: OutcomePayload = { actionExecutionId, outcome };
    ctx.schedule((planned?.durationSeconds ?? 10) * SECOND, OUTCOME_TIMER, payload);
  },
  abandon(_ctx, job) {
    this.abandoned.push(job.action.actionName);
  },
};

/** What `vi.mock('../actions/index')` answers: the stand-in for every type but `Unsupported`. */
export const fakeActions = {
  providerFor: (type: ActionTypeId) => (type.provider === 'Unsupported' ? undefined : fakeProvider),
  onServiceEvent: () => undefined,
  ACTION_TIMERS: {},
};
