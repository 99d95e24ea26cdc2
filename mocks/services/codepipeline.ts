import type { ServiceApi } from '../protocol/service';

export const codepipelineApi: ServiceApi = {
  service: 'codepipeline',
  endpointPrefix: 'codepipeline',
  targetPrefix: 'CodePipeline_20150709',
  operations: [
    'CreatePipeline',
    'GetPipeline',
    'UpdatePipeline',
    'DeletePipeline',
    'ListPipelines',
    'ListActionTypes',
    'EnableStageTransition',
    'DisableStageTransition',
    'TagResource',
    'UntagResource',
    'ListTagsForResource',
    'StartPipelineExecution',
    'StopPipelineExecution',
    'GetPipelineState',
    'GetPipelineExecution',
    'ListPipelineExecutions',
    'ListActionExecutions',
    'PutApprovalResult',
    'RetryStageExecution',
  ],
};

/**
 * What simulated actions answer (docs/codepipeline.md) is not part of CodePipeline's API, so it gets a target of its
 * own rather than joining CodePipeline_20150709.
 */
export const codepipelineSimulatorApi: ServiceApi = {
  service: 'codepipeline',
  endpointPrefix: 'codepipeline-simulator',
  targetPrefix: 'CICDLabPipelineSimulator_20260101',
  operations: ['SetActionOutcome', 'GetActionOutcomes'],
};
