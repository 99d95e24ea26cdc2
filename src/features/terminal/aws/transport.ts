import { awsCall } from '../../../api/aws-call';
import { restJsonCall } from '../../../api/rest-json-call';
import type { RestJsonServiceApi } from '../../../engine/core/rest-json';
import { codeartifactApi } from '../../../engine/codeartifact/http-bindings';
import { codeguruProfilerApi } from '../../../engine/codeguru-profiler/http-bindings';
import { codeguruReviewerApi } from '../../../engine/codeguru-reviewer/http-bindings';
import type { CliService } from './model';

/** The REST-JSON services' route tables (src/engine/<service>/http-bindings.ts), by endpoint. */
const REST_JSON_ROUTES: Record<string, RestJsonServiceApi> = Object.fromEntries(
  [codeartifactApi, codeguruReviewerApi, codeguruProfilerApi].map((api) => [api.endpointPrefix, api]),
);

/** Calls an operation the way the console does: same mocked endpoints, as the identity the console acts as. */
export type ServiceCall = (service: CliService, operation: string, input: Record<string, unknown>) => Promise<unknown>;

export const callService: ServiceCall = (service, operation, input) => {
  if (service.protocol === 'json' && service.targetPrefix)
    return awsCall({ endpointPrefix: service.endpointPrefix, targetPrefix: service.targetPrefix }, operation, input);
  const api = REST_JSON_ROUTES[service.endpointPrefix];
  if (!api) throw new Error(`No route table for ${service.endpointPrefix}`);
  return restJsonCall(api, operation, input);
};
