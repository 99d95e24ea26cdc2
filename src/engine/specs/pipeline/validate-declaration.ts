import type { JSONPath } from 'jsonc-parser';
import type { Diagnostic } from '../diagnostics';
import { fromValue } from './located';
import { checkPipelineFile, type ParsePipelineOptions } from './parse-pipeline';
import type { PipelineDeclaration } from './types';

/** A finding about a declaration held as data (the designer's): where in the declaration, not where in a file. */
export interface DeclarationDiagnostic extends Diagnostic {
  /** JSON path inside the declaration: `['stages', 1, 'actions', 0, 'configuration', 'ProjectName']`. */
  path: JSONPath;
}

/**
 * The checks CreatePipeline / UpdatePipeline apply (parsePipeline's), for a declaration object: each finding is
 * at the line and column the field has in `JSON.stringify(declaration, null, 2)`, and at its path. The tree is
 * built from the object directly (no printing and parsing), so a quota-sized pipeline checks in milliseconds.
 */
export function validateDeclaration(
  declaration: PipelineDeclaration,
  options: ParsePipelineOptions = {},
): DeclarationDiagnostic[] {
  const { diagnostics } = checkPipelineFile(fromValue(declaration), options);
  if (diagnostics.length === 0) return [];
  // A second walk finds the paths of the places findings were made, the rare case, so a valid one costs one walk.
  const paths = new Map<string, JSONPath>(diagnostics.map((d) => [`${d.line}:${d.column}`, []]));
  fromValue(declaration, (at, path) => {
    const key = `${at.line}:${at.column}`;
    if (paths.has(key)) paths.set(key, [...path]);
  });
  return diagnostics.map((d) => ({ ...d, path: paths.get(`${d.line}:${d.column}`)! }));
}
