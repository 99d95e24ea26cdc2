import { useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '../../engine/specs';
import type { FileKind } from './file-kind';
import type { ValidationRequest, ValidationResponse } from './validation-protocol';
import type { SpecContext } from './validate-spec';
import SpecValidationWorker from './workers/spec-validation.worker?worker';

/** Quiet time after the last keystroke before a check starts. */
export const VALIDATION_DEBOUNCE_MS = 250;
/** A check that takes longer is abandoned and its worker replaced, so one pathological file cannot wedge the editor. */
const VALIDATION_TIMEOUT_MS = 10_000;

type Waiter = { resolve: (r: ValidationResponse) => void; reject: (e: Error) => void; timer: number };

/** One module worker for every editor on the page; requests are answered in order. */
class ValidationClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();

  validate(kind: FileKind, text: string, context: SpecContext): Promise<ValidationResponse> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = window.setTimeout(() => this.abandon(), VALIDATION_TIMEOUT_MS);
      this.waiting.set(id, { resolve, reject, timer });
      const request: ValidationRequest = { id, kind, text, context };
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new SpecValidationWorker();
    worker.onmessage = (event: MessageEvent<ValidationResponse>) => {
      const waiter = this.waiting.get(event.data.id);
      if (!waiter) return;
      window.clearTimeout(waiter.timer);
      this.waiting.delete(event.data.id);
      waiter.resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.abandon(new Error(`The checker stopped: ${event.message || 'unknown error'}`));
    };
    this.worker = worker;
    return worker;
  }

  private abandon(error = new Error('Checking this file took too long, so it was stopped.')) {
    this.worker?.terminate();
    this.worker = undefined;
    for (const waiter of this.waiting.values()) {
      window.clearTimeout(waiter.timer);
      waiter.reject(error);
    }
    this.waiting.clear();
  }
}

const client = new ValidationClient();

export interface SpecValidation {
  diagnostics: Diagnostic[];
  /** Worker time of the last check, for the status line. */
  ms: number | undefined;
  /** The text the diagnostics belong to; markers are applied only while it is still the editor's text. */
  text: string | undefined;
}

const NONE: SpecValidation = { diagnostics: [], ms: undefined, text: undefined };

/**
 * Checks `text` with the specs module in a worker: at once for the first text, then
 * {@link VALIDATION_DEBOUNCE_MS} after typing stops. Answers to older texts are dropped.
 * `context` should be memoised by the caller: a new object starts a new check.
 */
export function useSpecValidation(
  kind: FileKind,
  text: string,
  context: SpecContext | undefined,
  enabled: boolean,
): SpecValidation {
  const [result, setResult] = useState<SpecValidation>(NONE);
  const latest = useRef(0);
  const started = useRef(false);

  useEffect(() => {
    if (!enabled) return;
    const delay = started.current ? VALIDATION_DEBOUNCE_MS : 0;
    started.current = true;
    const timer = window.setTimeout(() => {
      const id = ++latest.current;
      client.validate(kind, text, context ?? {}).then(
        (r) => {
          if (id === latest.current) setResult({ diagnostics: r.diagnostics, ms: r.ms, text });
        },
        (error: Error) => {
          if (id !== latest.current) return;
          setResult({
            diagnostics: [
              {
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 2,
                severity: 'warning',
                code: 'not-checked',
                message: `${error.message} The file was not checked; it can still be committed.`,
              },
            ],
            ms: undefined,
            text,
          });
        },
      );
    }, delay);
    return () => window.clearTimeout(timer);
  }, [kind, text, context, enabled]);

  return enabled ? result : NONE;
}
