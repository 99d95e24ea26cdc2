import { applyEdits, getNodeValue, modify, parseTree, type JSONPath, type ParseError } from 'jsonc-parser';
import type { PipelineDeclaration } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    return (
      keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length && keys.every((k) => same(a[k], b[k]))
    );
  }
  return false;
}

/** The smallest set of `[path, value]` changes (value undefined: remove) that turn `from` into `to`. */
function changes(from: unknown, to: unknown, path: JSONPath, out: [JSONPath, unknown][]): void {
  if (same(from, to)) return;
  if (isRecord(from) && isRecord(to)) {
    for (const key of Object.keys(from)) if (to[key] === undefined) out.push([[...path, key], undefined]);
    for (const [key, value] of Object.entries(to)) {
      if (value === undefined) continue;
      if (from[key] === undefined) out.push([[...path, key], value]);
      else changes(from[key], value, [...path, key], out);
    }
    return;
  }
  if (Array.isArray(from) && Array.isArray(to) && from.length === to.length) {
    to.forEach((value, i) => changes(from[i], value, [...path, i], out));
    return;
  }
  out.push([path, to]);
}

/** The indentation unit of a JSON text: the first indented line's leading spaces (2 when none). */
function indentOf(text: string): { insertSpaces: boolean; tabSize: number } {
  const match = /\n([ \t]+)\S/.exec(text);
  if (match?.[1]?.startsWith('\t')) return { insertSpaces: false, tabSize: 1 };
  return { insertSpaces: true, tabSize: match?.[1]?.length ?? 2 };
}

/**
 * The declaration as `get-pipeline` JSON. Given the file it was imported from, only the fields that changed are
 * rewritten: key order, indentation, the wrapper (`metadata`, `tags`) and fields the designer does not model
 * stay as they were, so an unchanged declaration gives back the same text.
 */
export function pipelineToJson(declaration: PipelineDeclaration, originalText?: string): string {
  const fresh = `${JSON.stringify({ pipeline: declaration }, null, 2)}\n`;
  if (originalText === undefined) return fresh;
  const errors: ParseError[] = [];
  const root = parseTree(originalText, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || root?.type !== 'object') return fresh;
  const wrapper = root.children?.find((p) => p.children?.[0]?.value === 'pipeline')?.children?.[1];
  const base: JSONPath = wrapper === undefined ? [] : ['pipeline'];
  const before = getNodeValue(wrapper ?? root) as unknown;
  if (!isRecord(before)) return fresh;
  const edits: [JSONPath, unknown][] = [];
  changes(before, declaration, base, edits);
  const formattingOptions = { ...indentOf(originalText), eol: originalText.includes('\r\n') ? '\r\n' : '\n' };
  let text = originalText;
  for (const [path, value] of edits) {
    text = applyEdits(text, modify(text, path, value, { formattingOptions }));
  }
  return text;
}
