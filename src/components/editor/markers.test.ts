import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../engine/specs';
import { diagnosticsToProblems, MarkerSeverity, summarizeProblems, toMarker, toProblems } from './markers';

const at = (d: Partial<Diagnostic>): Diagnostic => ({
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 13,
  severity: 'error',
  code: 'unknown-key',
  message: 'm',
  ...d,
});

describe('toMarker', () => {
  it('carries positions over (both 1-based, end exclusive) and maps severities to Monaco values', () => {
    expect(toMarker(at({}))).toEqual({
      startLineNumber: 3,
      startColumn: 5,
      endLineNumber: 3,
      endColumn: 13,
      severity: 8,
      message: 'm',
      code: 'unknown-key',
      source: 'CI/CD Lab',
    });
    expect(toMarker(at({ severity: 'warning' })).severity).toBe(MarkerSeverity.Warning);
    expect(toMarker(at({ severity: 'info' })).severity).toBe(MarkerSeverity.Info);
  });

  it('widens an empty or inverted range to one character so the squiggle shows', () => {
    expect(toMarker(at({ line: 1, column: 1, endLine: 1, endColumn: 1 }))).toMatchObject({
      startColumn: 1,
      endLineNumber: 1,
      endColumn: 2,
    });
    expect(toMarker(at({ line: 4, column: 9, endLine: 2, endColumn: 1 }))).toMatchObject({
      startLineNumber: 4,
      endLineNumber: 4,
      endColumn: 10,
    });
    expect(toMarker(at({ line: 0, column: 0, endLine: 0, endColumn: 0 }))).toMatchObject({
      startLineNumber: 1,
      startColumn: 1,
      endColumn: 2,
    });
  });

  it('keeps multi-line ranges', () => {
    expect(toMarker(at({ line: 2, column: 3, endLine: 5, endColumn: 1 }))).toMatchObject({
      endLineNumber: 5,
      endColumn: 1,
    });
  });
});

describe('toProblems', () => {
  it('turns markers of any owner into rows sorted by position, then severity', () => {
    const problems = toProblems([
      { startLineNumber: 9, startColumn: 1, endLineNumber: 9, endColumn: 2, severity: 4, message: 'late' },
      { startLineNumber: 2, startColumn: 7, endLineNumber: 2, endColumn: 8, severity: 2, message: 'hint' },
      {
        startLineNumber: 2,
        startColumn: 7,
        endLineNumber: 2,
        endColumn: 8,
        severity: 8,
        message: 'json',
        code: { value: '514' },
      },
      { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2, severity: 1, message: 'h' },
    ]);
    expect(problems.map((p) => [p.line, p.column, p.severity, p.message, p.code])).toEqual([
      [1, 1, 'info', 'h', undefined],
      [2, 7, 'error', 'json', undefined],
      [2, 7, 'info', 'hint', undefined],
      [9, 1, 'warning', 'late', undefined],
    ]);
  });

  it('round-trips diagnostics for the list shown before Monaco has loaded', () => {
    expect(diagnosticsToProblems([at({ severity: 'warning', code: 'c', message: 'w' })])).toEqual([
      { line: 3, column: 5, severity: 'warning', message: 'w', code: 'c' },
    ]);
  });
});

describe('summarizeProblems', () => {
  it('counts by severity in words', () => {
    expect(summarizeProblems([])).toBe('No problems');
    const p = (severity: Diagnostic['severity']) => ({ line: 1, column: 1, severity, message: '' });
    expect(summarizeProblems([p('error')])).toBe('1 error');
    expect(summarizeProblems([p('error'), p('error'), p('warning'), p('info')])).toBe('2 errors, 1 warning, 1 hint');
  });
});
