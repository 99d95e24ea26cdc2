import { http, HttpResponse } from 'msw';
import type { EngineClient } from '../../src/worker/protocol';
import {
  matchRestJsonRoute,
  type RestJsonQueryBinding,
  type RestJsonRoute,
  type RestJsonServiceApi,
} from '../../src/engine/core/rest-json';

let requestCounter = 0;

const accessKeyOf = (request: Request) =>
  /Credential=([A-Z0-9]+)\//.exec(request.headers.get('authorization') ?? '')?.[1];

/** REST-JSON's error answer: the type in `x-amzn-errortype`, the message in a JSON body. */
function restJsonError(type: string, message: string, status = 400) {
  return HttpResponse.json(
    { message },
    { status, headers: { 'x-amzn-errortype': type, 'x-amzn-requestid': `cicdlab-${++requestCounter}` } },
  );
}

function queryValue(binding: RestJsonQueryBinding, values: string[]): [string, unknown] {
  if (typeof binding === 'string') return [binding, values[0]];
  const first = values[0] ?? '';
  if (binding.type === 'number') return [binding.member, Number(first)];
  if (binding.type === 'boolean') return [binding.member, first === 'true'];
  return [binding.member, values];
}

async function inputOf(request: Request, route: RestJsonRoute, pathMembers: Record<string, string>, url: URL) {
  const input: Record<string, unknown> = {};
  const text = await request.text();
  if (route.inputPayload) {
    if (text !== '') {
      const json = (request.headers.get('content-type') ?? '').includes('json');
      input[route.inputPayload] = json ? (JSON.parse(text) as unknown) : text;
    }
  } else if (text.trim() !== '') {
    const body = JSON.parse(text) as unknown;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new SyntaxError('not an object');
    Object.assign(input, body);
  }
  for (const [name, binding] of Object.entries(route.query ?? {})) {
    const values = url.searchParams.getAll(name);
    if (values.length === 0) continue;
    const [member, value] = queryValue(binding, values);
    input[member] = value;
  }
  for (const [header, member] of Object.entries(route.inputHeaders ?? {})) {
    const value = request.headers.get(header);
    if (value !== null) input[member] = value;
  }
  return Object.assign(input, pathMembers);
}

function answer(route: RestJsonRoute, output: Record<string, unknown>) {
  const headers: Record<string, string> = { 'x-amzn-requestid': `cicdlab-${++requestCounter}` };
  const body = { ...output };
  for (const [member, header] of Object.entries(route.outputHeaders ?? {})) {
    if (body[member] !== undefined) headers[header] = String(body[member]);
    delete body[member];
  }
  const status = route.status ?? 200;
  if (route.outputPayload) {
    const payload = body[route.outputPayload];
    if (typeof payload === 'string') return new HttpResponse(payload, { status, headers });
    return HttpResponse.json((payload ?? {}) as Record<string, unknown>, { status, headers });
  }
  return HttpResponse.json(body, { status, headers });
}

/**
 * REST-JSON (CodeArtifact, CodeGuru): the operation is the route its method and path select; its input is
 * gathered from the path, the query string, headers and the JSON body. Errors name their type in
 * `x-amzn-errortype`. This layer only translates: behaviour lives in the engine.
 */
export function restJsonHandler(api: RestJsonServiceApi, engine: () => EngineClient | undefined) {
  const prefix = `/aws/${api.endpointPrefix}`;
  return http.all(`*${prefix}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const at = url.pathname.indexOf(prefix);
    const matched = matchRestJsonRoute(api, request.method, url.pathname.slice(at + prefix.length));
    if (!matched)
      return restJsonError('UnknownOperationException', `No operation at ${request.method} ${url.pathname}`, 404);
    const { route, pathMembers } = matched;
    let input: Record<string, unknown>;
    try {
      input = await inputOf(request, route, pathMembers, url);
    } catch {
      return restJsonError('SerializationException', 'The request body is not valid JSON.');
    }
    const client = engine();
    if (!client)
      return restJsonError('ServiceUnavailableException', 'The simulated account is not running in this tab.', 503);
    try {
      const result = await client.execute({
        service: api.service,
        operation: route.operation,
        input,
        accessKeyId: accessKeyOf(request),
      });
      if (!result.ok) return restJsonError(result.error.type, result.error.message, result.error.status);
      return answer(route, (result.output ?? {}) as Record<string, unknown>);
    } catch (e) {
      return restJsonError(
        'InternalFailure',
        `The simulator failed to run ${route.operation}: ${(e as Error).message}`,
        500,
      );
    }
  });
}
