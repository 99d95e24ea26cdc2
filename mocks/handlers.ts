import type { EngineClient } from '../src/worker/protocol';
import { json11Handler } from './protocol/json-1.1';
import { codecommitApi } from './services/codecommit';
import { iamApi } from './services/iam';

export const SERVICE_APIS = [codecommitApi, iamApi] as const;

/** Every mocked service endpoint, answering from the engine the getter returns. */
export const createHandlers = (engine: () => EngineClient | undefined) =>
  SERVICE_APIS.map((api) => json11Handler(api, engine));
