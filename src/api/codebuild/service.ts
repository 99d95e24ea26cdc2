import type { ServiceEndpoint } from '../aws-call';

export const codebuild: ServiceEndpoint = { endpointPrefix: 'codebuild', targetPrefix: 'CodeBuild_20161006' };
