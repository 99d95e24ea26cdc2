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
