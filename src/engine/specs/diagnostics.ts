/** How serious a finding is: `error` makes the file unusable, `warning` is probably a mistake, `info` is a hint. */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/**
 * One finding in a file people write. Positions are 1-based; the end is exclusive (the column just after the
 * last character), the convention Monaco markers use.
 */
export interface Diagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: DiagnosticSeverity;
  /** Stable identifier (`unknown-key`, `yaml-syntax`, ...): tests, docs and the UI key on it, never on the message. */
  code: string;
  /** Plain words for a learner: what is wrong and what is allowed. */
  message: string;
}

/** A location without a finding: where a node of the file starts and ends. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function diagnostic(
  range: SourceRange,
  severity: DiagnosticSeverity,
  code: string,
  message: string,
): Diagnostic {
  return {
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    severity,
    code,
    message,
  };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

const SEVERITY_ORDER: Record<DiagnosticSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts by position, then severity, then code, so output is stable whatever order the checks ran in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
