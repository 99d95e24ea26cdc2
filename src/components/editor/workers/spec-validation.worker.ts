import type { ValidationRequest, ValidationResponse } from '../validation-protocol';
import { validateSpec } from '../validate-spec';

/** Runs the specs module off the main thread, so typing never waits for a check. */
self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { id, kind, text, context } = event.data;
  const started = performance.now();
  const diagnostics = validateSpec(kind, text, context);
  const response: ValidationResponse = { id, diagnostics, ms: performance.now() - started };
  self.postMessage(response);
};
