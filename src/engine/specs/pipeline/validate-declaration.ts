import { findNodeAtOffset, getNodePath, parseTree, type JSONPath } from 'jsonc-parser';
import type { Diagnostic } from '../diagnostics';
import { parsePipeline, type ParsePipelineOptions } from './parse-pipeline';
import type { PipelineDeclaration } from './types';

/** A finding about a declaration held as data (the designer's): where in the declaration, not where in a file. */
export interface DeclarationDiagnostic extends Diagnostic {
  /** JSON path inside the declaration: `['stages', 1, 'actions', 0, 'configuration', 'ProjectName']`. */
  path: JSONPath;
}

/**
 * The checks CreatePipeline / UpdatePipeline apply (parsePipeline's), for a declaration object: it is printed
 * as JSON and each finding's position is turned back into the path of the field it is about.
 */
export function validateDeclaration(
  declaration: PipelineDeclaration,
  options: ParsePipelineOptions = {},
): DeclarationDiagnostic[] {
  const text = JSON.stringify(declaration, null, 2);
  const { diagnostics } = parsePipeline(text, options);
  const root = parseTree(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return diagnostics.map((d) => {
    const offset = (lineStarts[d.line - 1] ?? 0) + d.column - 1;
    const node = root && findNodeAtOffset(root, offset, true);
    return { ...d, path: node ? getNodePath(node) : [] };
  });
}
