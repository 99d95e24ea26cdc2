/** Query keys for CodePipeline data; events of `aws.codepipeline` invalidate everything under `all`. */
export const codepipelineKeys = {
  all: ['codepipeline'] as const,
  pipelines: () => [...codepipelineKeys.all, 'pipelines'] as const,
  pipeline: (name: string, version?: number) => [...codepipelineKeys.all, 'pipeline', name, version] as const,
  pipelineState: (name: string) => [...codepipelineKeys.all, 'pipeline-state', name] as const,
  executions: (pipelineName: string) => [...codepipelineKeys.all, 'executions', pipelineName] as const,
  latestExecution: (pipelineName: string) => [...codepipelineKeys.all, 'latest-execution', pipelineName] as const,
  execution: (pipelineName: string, executionId: string) =>
    [...codepipelineKeys.all, 'execution', pipelineName, executionId] as const,
  actionExecutions: (pipelineName: string, executionId?: string) =>
    [...codepipelineKeys.all, 'action-executions', pipelineName, executionId] as const,
  actionTypes: (owner?: string) => [...codepipelineKeys.all, 'action-types', owner] as const,
};
