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
