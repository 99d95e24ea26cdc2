import { setupWorker } from 'msw/browser';
import type { EngineClient } from '../src/worker/protocol';
import { createHandlers } from './handlers';

/**
 * The mocked AWS endpoints in the browser (dev and production build alike): they are the
 * product's backend. Requests that are not AWS calls pass through untouched.
 */
export async function startBrowserMocks(engine: EngineClient): Promise<void> {
  const worker = setupWorker(...createHandlers(() => engine));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
