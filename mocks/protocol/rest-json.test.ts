import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restJsonRequest, type RestJsonServiceApi } from '../../src/engine/core/rest-json';
import type { EngineClient } from '../../src/worker/protocol';
import { restJsonHandler } from './rest-json';

const api: RestJsonServiceApi = {
  service: 'example',
  endpointPrefix: 'example',
  routes: [
    {
      operation: 'ListThings',
      method: 'POST',
      path: '/v1/things',
      query: { domain: 'domain', 'max-results': { member: 'maxResults', type: 'number' } },
    },
    { operation: 'GetThing', method: 'GET', path: '/things/{thingName}', outputPayload: 'thing' },
    { operation: 'CreateThing', method: 'PUT', path: '/things/{thingName}', status: 201 },
  ],
};

const calls: { operation: string; input: Record<string, unknown> }[] = [];
const engine = {
  execute: ({ operation, input }: { operation: string; input: Record<string, unknown> }) => {
    calls.push({ operation, input });
    if (input.thingName === 'missing')
      return Promise.resolve({
        ok: false,
        error: { type: 'ResourceNotFoundException', message: 'no such thing', status: 404 },
      });
    return Promise.resolve({
      ok: true,
      output: operation === 'GetThing' ? { thing: { name: input.thingName } } : { things: [] },
    });
  },
} as unknown as EngineClient;

const server = setupServer(restJsonHandler(api, () => engine));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const send = async (operation: string, input: Record<string, unknown>) => {
  const request = restJsonRequest(api, operation, input);
  return fetch(`http://localhost/aws/example${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
};

describe('REST-JSON protocol', () => {
  it('gathers the input from the path, the query string and the body', async () => {
    calls.length = 0;
    const response = await send('ListThings', { domain: 'my domain', maxResults: 5, nextToken: 't' });
    expect(response.status).toBe(200);
    expect(calls).toEqual([{ operation: 'ListThings', input: { domain: 'my domain', maxResults: 5, nextToken: 't' } }]);
  });

  it('sends a payload member as the whole body and answers with the route status', async () => {
    expect(await (await send('GetThing', { thingName: 'a/b' })).json()).toEqual({ name: 'a/b' });
    expect((await send('CreateThing', { thingName: 'x' })).status).toBe(201);
  });

  it('names the error type in x-amzn-errortype with the engine status', async () => {
    const response = await send('GetThing', { thingName: 'missing' });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(await response.json()).toEqual({ message: 'no such thing' });
  });
});
