import { LineCounter, isAlias, isScalar, parseDocument, visit } from 'yaml';
import type { Document, Node, ParsedNode } from 'yaml';
import { diagnostic } from '../diagnostics';
import type { Diagnostic, SourceRange } from '../diagnostics';

/** Files above this size are refused before parsing: nobody writes a 5 MB buildspec, and parsing it would stall the editor. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Bounds alias expansion (the "billion laughs" attack). yaml's own default, stated here so tests and docs can name it. */
export const MAX_ALIAS_COUNT = 100;
/** Deeper nesting than this is never a real spec file; walkers stop descending past it. */
export const MAX_DEPTH = 64;
/**
 * Files nested deeper than this are refused before parsing: the parser recurses per level, and near the stack
 * limit V8 can abort the whole process instead of throwing.
 */
export const MAX_PARSE_DEPTH = 200;

/**
 * A quick upper estimate of nesting: open flow brackets (outside quotes and comments) plus the number of
 * increasing indentation levels in force.
 */
export function estimateNesting(text: string): number {
  let max = 0;
  let flow = 0;
  const indents: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let indent = 0;
    while (i < n && text[i] === ' ') {
      indent++;
      i++;
    }
    if (i < n && text[i] !== '\n' && text[i] !== '\r' && text[i] !== '#' && flow === 0) {
      while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let quote = '';
    for (; i < n && text[i] !== '\n'; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        if (i === 0 || /[\s[{,:]/.test(text[i - 1]!)) quote = c;
      } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
        while (i < n && text[i] !== '\n') i++;
        break;
      } else if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      if (flow + indents.length > max) max = flow + indents.length;
    }
    i++;
  }
  return Math.max(max, indents.length);
}

/** A YAML file read with exact positions. `doc` is absent when there is nothing to check further. */
export interface YamlFile {
  readonly text: string;
  readonly doc: Document.Parsed | undefined;
  readonly diagnostics: Diagnostic[];
  /** The YAML parser's own words for each syntax diagnostic (for tools that mimic another parser's messages). */
  readonly parserMessages: ReadonlyMap<Diagnostic, string>;
  /** Where a node (or an offset range) sits in the text, 1-based, end exclusive, trailing blanks trimmed. */
  rangeOf(node: Node | readonly [number, number]): SourceRange;
  /** The line (1-based) at an offset. */
  lineAt(offset: number): number;
  /** Follows an alias to the node it names (other nodes are returned as they are). */
  resolve(node: unknown): ParsedNode | null | undefined;
}

export interface LoadYamlOptions {
  maxBytes?: number;
  maxAliasCount?: number;
}

/** UTF-8 size of a string, without TextEncoder (not in the engine's ES-only lib). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isTooLarge(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return utf8Length(text) > maxBytes;
}

const HINTS: Record<string, string> = {
  BAD_INDENT: 'Check that entries at the same level start in the same column.',
  MISSING_CHAR: 'A closing quote or bracket is probably missing.',
  BLOCK_AS_IMPLICIT_KEY: 'A `key:` probably sits at the wrong indentation.',
  MULTILINE_IMPLICIT_KEY: 'A `key: value` line is probably missing its colon or is indented too far.',
  UNEXPECTED_TOKEN: 'If this is a command containing `: ` or starting with a special character, put it in quotes.',
  BAD_SCALAR_START: 'A value cannot start with this character unless it is quoted.',
  IMPOSSIBLE: 'If this is a command containing `: `, put the whole command in quotes.',
};

/**
 * Parses YAML the way CodeBuild and CodeDeploy read it (YAML 1.1, first document only) and turns every problem
 * into a located diagnostic. Never throws.
 */
export function loadYaml(text: string, options: LoadYamlOptions = {}): YamlFile {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const maxAliasCount = options.maxAliasCount ?? MAX_ALIAS_COUNT;
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const parserMessages = new Map<Diagnostic, string>();
  let doc: Document.Parsed | undefined;

  const rangeOf = (target: Node | readonly [number, number]): SourceRange => {
    let start: number;
    let end: number;
    if (Array.isArray(target)) {
      [start, end] = target as [number, number];
    } else {
      const range = (target as Node).range;
      start = range?.[0] ?? 0;
      end = range?.[1] ?? start;
    }
    start = Math.max(0, Math.min(start, text.length));
    end = Math.max(start, Math.min(end, text.length));
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end === start && start < text.length) end = start + 1;
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(end);
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };

  const result: YamlFile = {
    text,
    get doc() {
      return doc;
    },
    diagnostics,
    parserMessages,
    rangeOf,
    lineAt: (offset) => lineCounter.linePos(Math.max(0, Math.min(offset, text.length))).line,
    resolve(node) {
      if (!isAlias(node)) return node as ParsedNode | null | undefined;
      if (!doc) return undefined;
      try {
        return node.resolve(doc) as ParsedNode | undefined;
      } catch {
        return undefined;
      }
    },
  };

  if (isTooLarge(text, maxBytes)) {
    diagnostics.push(
      diagnostic(
        { line: 1, column: 1, endLine: 1, endColumn: 1 },
        'error',
        'file-too-large',
        `This file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB, so it is not checked. Spec files are small: look for pasted logs or generated data.`,
      ),
    );
    return result;
  }
  if (text.trim() === '') {
    diagnostics.push(
      diagnostic(
        { line: 1, column: 1, endLine: 1, endColumn: 1 },
        'error',
        'empty-file',
        'The file is empty. Write the spec as YAML, starting with `version: 0.2` for a buildspec.',
      ),
    );
    return result;
  }

  if (estimateNesting(text) > MAX_PARSE_DEPTH) {
    diagnostics.push(
      diagnostic(
        { line: 1, column: 1, endLine: 1, endColumn: 1 },
        'error',
        'too-deep',
        `The YAML is nested more than ${MAX_PARSE_DEPTH} levels deep, so it is not read. Spec files are shallow.`,
      ),
    );
    return result;
  }

  try {
    doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: false,
      prettyErrors: false,
      version: '1.1',
      merge: true,
    });
  } catch (error) {
    diagnostics.push(
      diagnostic(
        { line: 1, column: 1, endLine: 1, endColumn: 1 },
        'error',
        'yaml-syntax',
        `The file could not be read as YAML (${error instanceof Error ? error.message : String(error)}).`,
      ),
    );
    return result;
  }

  for (const error of doc.errors) {
    const range = rangeOf(error.pos);
    if (error.code === 'TAB_AS_INDENT') {
      diagnostics.push(
        diagnostic(
          range,
          'error',
          'tab-indent',
          'A tab is used for indentation here. YAML allows only spaces for indentation: replace the tab with spaces.',
        ),
      );
    } else if (error.code === 'MULTIPLE_DOCS') {
      diagnostics.push(
        diagnostic(
          range,
          'warning',
          'multiple-documents',
          'A second YAML document starts here (after `---`). Only the first document is read; the rest is ignored.',
        ),
      );
    } else if (error.code === 'RESOURCE_EXHAUSTION') {
      if (!diagnostics.some((d) => d.code === 'too-deep')) {
        diagnostics.push(
          diagnostic(range, 'error', 'too-deep', 'The YAML is nested too deeply to be read. Spec files are shallow.'),
        );
      }
    } else {
      const message = error.message.replace(/\s*at line \d+, column \d+:?[\s\S]*$/, '').trim();
      const hint = HINTS[error.code];
      const d = diagnostic(range, 'error', 'yaml-syntax', `YAML syntax error: ${message}.${hint ? ` ${hint}` : ''}`);
      diagnostics.push(d);
      parserMessages.set(d, message);
    }
  }
  for (const warning of doc.warnings) {
    const range = rangeOf(warning.pos);
    diagnostics.push(diagnostic(range, 'warning', 'yaml-warning', `YAML: ${warning.message}`));
  }

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && !doc.errors.length)) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push(
        diagnostic(
          { line: 1, column: 1, endLine: 1, endColumn: 1 },
          'error',
          'empty-file',
          'The file holds no YAML content (only comments or blank lines).',
        ),
      );
    }
    doc = undefined;
    return result;
  }

  checkAliases(text, doc, maxAliasCount, rangeOf, diagnostics);
  if (diagnostics.some((d) => d.code === 'alias-limit')) doc = undefined;
  return result;
}

function checkAliases(
  text: string,
  doc: Document.Parsed,
  maxAliasCount: number,
  rangeOf: (node: Node) => SourceRange,
  diagnostics: Diagnostic[],
): void {
  // Cheap pre-check: an alias is `*name` after a space, `[`, `{`, `,` or `:`; most files have none.
  if (!/(?:^|[\s[{,:])\*[^\s,[\]{}]/m.test(text)) return;
  let firstAlias: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      firstAlias = node;
      return visit.BREAK;
    },
  });
  if (!firstAlias) return;
  try {
    doc.toJS({ maxAliasCount });
  } catch (error) {
    const tooMany = error instanceof ReferenceError || /alias/i.test(String(error));
    diagnostics.push(
      diagnostic(
        rangeOf(firstAlias),
        'error',
        'alias-limit',
        tooMany
          ? `YAML aliases (*name) here expand to too many nodes (more than ${maxAliasCount} uses of an anchor). This looks like an "alias bomb"; write the values out instead.`
          : `The YAML aliases in this file cannot be expanded (${error instanceof Error ? error.message : String(error)}).`,
      ),
    );
  }
}
