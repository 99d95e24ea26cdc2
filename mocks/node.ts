import { setupServer } from 'msw/node';
import type { EngineClient } from '../src/worker/protocol';
import { createHandlers } from './handlers';

/** The mocked AWS endpoints for Node (unit and contract tests); unhandled requests are errors. */
export function mockAwsServer(engine: () => EngineClient | undefined) {
  return setupServer(...createHandlers(engine));
}
