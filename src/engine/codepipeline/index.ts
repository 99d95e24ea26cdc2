import type { ServiceModule } from '../core/simulation';
import { ACTION_TIMERS, onServiceEvent } from './execution/actions/index';
import { EXECUTION_OPERATIONS, EXECUTION_TIMERS } from './execution/core/index';
import { GetActionOutcomes, SetActionOutcome } from './operations/action-outcomes';
import { ListActionTypes } from './operations/action-types';
import { CreatePipeline, DeletePipeline, GetPipeline, ListPipelines, UpdatePipeline } from './operations/pipelines';
import { ListTagsForResource, TagResource, UntagResource } from './operations/tags';
import { DisableStageTransition, EnableStageTransition } from './operations/transitions';

/**
 * CodePipeline: the control plane (pipelines, action types, transitions, tags) and the executions that run the
 * pipelines (execution/core) through the other simulated services (execution/actions).
 */
export const codepipeline: ServiceModule = {
  service: 'codepipeline',
  operations: {
    CreatePipeline,
    GetPipeline,
    UpdatePipeline,
    DeletePipeline,
    ListPipelines,
    ListActionTypes,
    EnableStageTransition,
    DisableStageTransition,
    TagResource,
    UntagResource,
    ListTagsForResource,
    SetActionOutcome,
    GetActionOutcomes,
    ...EXECUTION_OPERATIONS,
  },
  timers: { ...EXECUTION_TIMERS, ...ACTION_TIMERS },
  onEvent: onServiceEvent,
};
