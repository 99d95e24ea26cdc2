import type { Node as JsonNode } from 'jsonc-parser';
import type { SourceRange } from '../diagnostics';

/**
 * A pipeline declaration as the checker reads it: JSON values that know where they were written. The JSON
 * reader and the CloudFormation reader both build one, so the CreatePipeline rules are written once.
 */
export type LocatedNode = LocatedObject | LocatedArray | LocatedScalar;

export interface LocatedObject {
  type: 'object';
  range: SourceRange;
  properties: LocatedProperty[];
}

export interface LocatedProperty {
  key: string;
  keyRange: SourceRange;
  value: LocatedNode;
}

export interface LocatedArray {
  type: 'array';
  range: SourceRange;
  items: LocatedNode[];
}

export interface LocatedScalar {
  type: 'string' | 'number' | 'boolean' | 'null';
  range: SourceRange;
  value: string | number | boolean | null;
  /**
   * A CloudFormation intrinsic function (`!Ref Bucket`): the value is only known when the stack is deployed,
   * so rules that need the concrete value skip it. `value` holds its short-form text.
   */
  intrinsic?: boolean;
}

/** The value of `key` in an object node. */
export function property(object: LocatedNode, key: string): LocatedNode | undefined {
  if (object.type !== 'object') return undefined;
  for (const p of object.properties) if (p.key === key) return p.value;
  return undefined;
}

export function isIntrinsicNode(node: LocatedNode | undefined): boolean {
  return node !== undefined && 'intrinsic' in node && node.intrinsic === true;
}

/** The plain JSON value of a node (intrinsics as their text). */
export function plainValue(node: LocatedNode): unknown {
  if (node.type === 'object') {
    const out: Record<string, unknown> = {};
    for (const p of node.properties) out[p.key] = plainValue(p.value);
    return out;
  }
  if (node.type === 'array') return node.items.map(plainValue);
  return node.value;
}

/** Offset → 1-based line and column. */
export function locator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
}

/** The located tree of a jsonc-parser tree. */
export function fromJsonNode(
  node: JsonNode,
  locate: (offset: number) => { line: number; column: number },
): LocatedNode {
  const rangeOf = (n: JsonNode): SourceRange => {
    const start = locate(n.offset);
    const end = locate(n.offset + n.length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
  const range = rangeOf(node);
  if (node.type === 'object') {
    const properties: LocatedProperty[] = [];
    for (const p of node.children ?? []) {
      const [keyNode, valueNode] = p.children ?? [];
      if (keyNode === undefined || valueNode === undefined) continue;
      properties.push({
        key: String(keyNode.value),
        keyRange: rangeOf(keyNode),
        value: fromJsonNode(valueNode, locate),
      });
    }
    return { type: 'object', range, properties };
  }
  if (node.type === 'array') {
    return { type: 'array', range, items: (node.children ?? []).map((c) => fromJsonNode(c, locate)) };
  }
  if (node.type === 'property') return fromJsonNode(node.children![1]!, locate);
  return { type: node.type, range, value: (node.value ?? null) as LocatedScalar['value'] };
}

/** Called per node and key; `path` is the live stack (copy it to keep it). */
type Visit = (at: { line: number; column: number }, path: readonly (string | number)[]) => void;

/** Lays a value out as `JSON.stringify(value, null, 2)` does; methods, not closures, since it runs per node. */
class ValueLayout {
  private line = 1;
  private readonly path: (string | number)[] = [];

  constructor(private readonly visit: Visit | undefined) {}

  private range(line: number, column: number, endColumn: number): SourceRange {
    return { line, column, endLine: this.line, endColumn };
  }

  build(v: unknown, column: number, indent: number): LocatedNode {
    const line = this.line;
    this.visit?.({ line, column }, this.path);
    if (Array.isArray(v)) {
      if (v.length === 0) return { type: 'array', range: this.range(line, column, column + 2), items: [] };
      const items: LocatedNode[] = [];
      for (let i = 0; i < v.length; i++) {
        this.line++;
        this.path.push(i);
        items.push(this.build(v[i], indent + 3, indent + 2));
        this.path.pop();
      }
      this.line++;
      return { type: 'array', range: this.range(line, column, indent + 2), items };
    }
    if (typeof v === 'object' && v !== null) {
      const properties: LocatedProperty[] = [];
      for (const key of Object.keys(v)) {
        const x = (v as Record<string, unknown>)[key];
        if (x === undefined || typeof x === 'function') continue;
        this.line++;
        const keyColumn = indent + 3;
        this.path.push(key);
        this.visit?.({ line: this.line, column: keyColumn }, this.path);
        const endColumn = keyColumn + JSON.stringify(key).length;
        const keyRange = { line: this.line, column: keyColumn, endLine: this.line, endColumn };
        properties.push({ key, keyRange, value: this.build(x, endColumn + 2, indent + 2) });
        this.path.pop();
      }
      if (properties.length === 0) return { type: 'object', range: this.range(line, column, column + 2), properties };
      this.line++;
      return { type: 'object', range: this.range(line, column, indent + 2), properties };
    }
    if (typeof v === 'string') {
      return { type: 'string', range: this.range(line, column, column + JSON.stringify(v).length), value: v };
    }
    if (typeof v === 'boolean')
      return { type: 'boolean', range: this.range(line, column, column + (v ? 4 : 5)), value: v };
    if (typeof v === 'number' && Number.isFinite(v)) {
      return { type: 'number', range: this.range(line, column, column + String(v).length), value: v };
    }
    return { type: 'null', range: this.range(line, column, column + 4), value: null };
  }
}

/**
 * The located tree of a value as `JSON.stringify(value, null, 2)` would print it, without printing or parsing
 * it: each node at the line and column it would have there. `visit` gets each node's and key's start with the
 * JSON path it stands for (a key stands for its property).
 */
export function fromValue(value: unknown, visit?: Visit): LocatedNode {
  return new ValueLayout(visit).build(value, 1, 0);
}
