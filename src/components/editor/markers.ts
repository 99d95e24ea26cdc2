import type { Diagnostic, DiagnosticSeverity } from '../../engine/specs';

/** Monaco's `MarkerSeverity` values, copied so this module stays free of Monaco (and testable in Node). */
export const MarkerSeverity = { Hint: 1, Info: 2, Warning: 4, Error: 8 } as const;
export type MarkerSeverityValue = (typeof MarkerSeverity)[keyof typeof MarkerSeverity];

/** The fields of Monaco's `IMarkerData` this product sets. */
export interface MarkerData {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  severity: MarkerSeverityValue;
  message: string;
  code?: string;
  source?: string;
}

/** One row of the Problems list: a marker from any owner (the specs module, Monaco's JSON service). */
export interface Problem {
  line: number;
  column: number;
  severity: DiagnosticSeverity;
  message: string;
  code?: string;
}

/** Markers the specs module sets; other owners (Monaco's JSON service) keep theirs. */
export const SPECS_MARKER_OWNER = 'cicdlab-specs';

const TO_MARKER: Record<DiagnosticSeverity, MarkerSeverityValue> = {
  error: MarkerSeverity.Error,
  warning: MarkerSeverity.Warning,
  info: MarkerSeverity.Info,
};

/**
 * A specs diagnostic as a Monaco marker. Positions are both 1-based with an exclusive end, so they carry over;
 * an empty or inverted range is widened to one character so the squiggle shows.
 */
export function toMarker(d: Diagnostic): MarkerData {
  const line = Math.max(1, d.line);
  const column = Math.max(1, d.column);
  let endLine = Math.max(line, d.endLine);
  let endColumn = d.endColumn;
  if (endLine === line && endColumn <= column) {
    endLine = line;
    endColumn = column + 1;
  }
  return {
    startLineNumber: line,
    startColumn: column,
    endLineNumber: endLine,
    endColumn,
    severity: TO_MARKER[d.severity],
    message: d.message,
    code: d.code,
    source: 'CI/CD Lab',
  };
}

function severityOf(value: number): DiagnosticSeverity {
  if (value >= MarkerSeverity.Error) return 'error';
  if (value >= MarkerSeverity.Warning) return 'warning';
  return 'info';
}

const ORDER: Record<DiagnosticSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Markers (of every owner) as Problems list rows: by position, then severity. */
export function toProblems(
  markers: readonly (Omit<MarkerData, 'severity' | 'code'> & { severity: number; code?: unknown })[],
): Problem[] {
  return markers
    .map((m) => ({
      line: m.startLineNumber,
      column: m.startColumn,
      severity: severityOf(m.severity),
      message: m.message,
      code: typeof m.code === 'string' ? m.code : undefined,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column || ORDER[a.severity] - ORDER[b.severity]);
}

/** Problems straight from diagnostics, shown before Monaco has loaded. */
export const diagnosticsToProblems = (diagnostics: readonly Diagnostic[]): Problem[] =>
  toProblems(diagnostics.map(toMarker));

/** "2 errors, 1 warning" (or "No problems"). */
export function summarizeProblems(problems: readonly Problem[]): string {
  const count = (s: DiagnosticSeverity) => problems.filter((p) => p.severity === s).length;
  const parts = (
    [
      [count('error'), 'error', 'errors'],
      [count('warning'), 'warning', 'warnings'],
      [count('info'), 'hint', 'hints'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return parts.length === 0 ? 'No problems' : parts.join(', ');
}
