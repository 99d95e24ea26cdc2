import type { Diagnostic } from '../../engine/specs';
import type { FileKind } from './file-kind';
import type { SpecContext } from './validate-spec';

/** Main thread → spec-validation worker. */
export interface ValidationRequest {
  id: number;
  kind: FileKind;
  text: string;
  context: SpecContext;
}

/** Spec-validation worker → main thread; `id` echoes the request so stale answers are dropped. */
export interface ValidationResponse {
  id: number;
  diagnostics: Diagnostic[];
  /** Time spent checking, in the worker. */
  ms: number;
}
