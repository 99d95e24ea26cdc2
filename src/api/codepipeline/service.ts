import type { ServiceEndpoint } from '../aws-call';

export const codepipeline: ServiceEndpoint = { endpointPrefix: 'codepipeline', targetPrefix: 'CodePipeline_20150709' };

/** Simulator-only CodePipeline operations (what simulated actions answer), under their own target. */
export const codepipelineSimulator: ServiceEndpoint = {
  endpointPrefix: 'codepipeline-simulator',
  targetPrefix: 'CICDLabPipelineSimulator_20260101',
};
