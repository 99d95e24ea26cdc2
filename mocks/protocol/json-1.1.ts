import { http, HttpResponse } from 'msw';
import type { EngineClient } from '../../src/worker/protocol';
import { AMZ_JSON_1_1, awsError } from '../aws-error';
import { endpointPath, type ServiceApi } from './service';

let requestCounter = 0;

/** The access key of a SigV4-signed request (`Credential=AKIA.../date/region/service/aws4_request`). */
const accessKeyOf = (request: Request) =>
  /Credential=([A-Z0-9]+)\//.exec(request.headers.get('authorization') ?? '')?.[1];

/**
 * AWS JSON 1.1: `POST /` with `X-Amz-Target: <prefix>.<Operation>` and a JSON body; answers are
 * JSON, errors carry `__type`. This layer only translates: behaviour lives in the engine.
 */
export function json11Handler(api: ServiceApi, engine: () => EngineClient | undefined) {
  const known = new Set(api.operations);
  return http.post(`*${endpointPath(api)}`, async ({ request }) => {
    const target = request.headers.get('x-amz-target') ?? '';
    const [prefix, operation = ''] = target.split('.', 2);
    if (prefix !== api.targetPrefix || !known.has(operation)) {
      return awsError(
        'UnknownOperationException',
        target ? `Unknown operation ${target}` : 'Missing X-Amz-Target header',
      );
    }
    let input: unknown;
    try {
      const text = await request.text();
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return awsError('SerializationException', 'The request body is not valid JSON.');
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return awsError('SerializationException', 'The request body must be a JSON object.');
    }
    const client = engine();
    if (!client)
      return awsError('ServiceUnavailableException', 'The simulated account is not running in this tab.', 503);
    try {
      const result = await client.execute({
        service: api.service,
        operation,
        input: input as Record<string, unknown>,
        accessKeyId: accessKeyOf(request),
      });
      if (!result.ok) return awsError(result.error.type, result.error.message, result.error.status);
      return HttpResponse.json(result.output as Record<string, unknown>, {
        headers: { 'content-type': AMZ_JSON_1_1, 'x-amzn-requestid': `cicdlab-${++requestCounter}` },
      });
    } catch (e) {
      return awsError('InternalFailure', `The simulator failed to run ${operation}: ${(e as Error).message}`, 500);
    }
  });
}
