import { restJsonRequest, type RestJsonServiceApi } from '../engine/core/rest-json';
import { AwsApiError, authorizationFor, whenApiReady } from './aws-call';

/** Calls a (mocked) REST-JSON service (CodeArtifact, CodeGuru) the way its SDK would. */
export async function restJsonCall<TOutput>(
  api: RestJsonServiceApi,
  operation: string,
  input: object = {},
): Promise<TOutput> {
  await whenApiReady();
  const request = restJsonRequest(api, operation, input as Record<string, unknown>);
  const response = await fetch(new URL(`aws/${api.endpointPrefix}${request.path}`, document.baseURI), {
    method: request.method,
    headers: { ...request.headers, ...authorizationFor(api.endpointPrefix) },
    body: request.body,
  });
  const text = await response.text();
  const json = (() => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  })();
  if (!response.ok) {
    const body = (json ?? {}) as Record<string, unknown>;
    const type = (response.headers.get('x-amzn-errortype') ?? `HTTP${response.status}`).replace(/:.*$/, '');
    const message = typeof body.message === 'string' ? body.message : response.statusText;
    throw new AwsApiError(type, message, response.status);
  }
  const { route } = request;
  const output: Record<string, unknown> = route.outputPayload
    ? { [route.outputPayload]: json ?? text }
    : ((json ?? {}) as Record<string, unknown>);
  for (const [member, header] of Object.entries(route.outputHeaders ?? {})) {
    const value = response.headers.get(header);
    if (value !== null) output[member] = value;
  }
  return output as TOutput;
}
