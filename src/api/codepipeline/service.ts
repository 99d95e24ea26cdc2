import type { ServiceEndpoint } from '../aws-call';

export const codepipeline: ServiceEndpoint = { endpointPrefix: 'codepipeline', targetPrefix: 'CodePipeline_20150709' };
