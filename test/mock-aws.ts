import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mockAwsServer } from '../mocks/node';
import { demoScenarioText } from '../src/engine/testing/driver';
import { inProcessClient } from '../src/worker/in-process-client';
import type { EngineClient } from '../src/worker/protocol';

export const ENDPOINT = 'http://localhost:5173/aws';
export const sdkConfig = (service: string) => ({
  endpoint: `${ENDPOINT}/${service}`,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  maxAttempts: 1,
});

/**
 * Serves the mocked AWS APIs over msw/node for the tests of one file, each test on a fresh
 * demo world, paused, so nothing moves unless the test says so. Unhandled requests fail the test.
 */
export function serveMockAws(scenarioText: () => string = demoScenarioText): { engine: () => EngineClient } {
  let engine: EngineClient | undefined;
  const server = mockAwsServer(() => engine);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    engine = inProcessClient();
    await engine.boot({ name: 'test', text: scenarioText() }, false);
    await engine.setSpeed('paused');
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    engine: () => {
      if (!engine) throw new Error('no engine yet');
      return engine;
    },
  };
}

/** The error a call fails with; fails the test when the call succeeds. */
export async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode: number } }> {
  try {
    await promise;
  } catch (e) {
    return e as Error & { $metadata: { httpStatusCode: number } };
  }
  throw new Error('expected the call to fail');
}
