import { isMap, isScalar, isSeq, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import { plainValue } from '../located';
import type { PipelineDeclaration } from '../types';
import { pipelineProperties, toJsonValue, toTemplateValue, toYamlNode, yamlText } from './export';
import { isIntrinsic } from './intrinsics';
import { readTemplate, TemplateReader, type Indentation } from './parse-template';
import { PIPELINE, TEMPLATE_ONLY_PROPERTIES, type Shape } from './schema';

interface Edit {
  start: number;
  end: number;
  text: string;
}

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

const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);

/** Rewrites the parts of a template whose value changed, as text edits; everything else stays byte for byte. */
class TemplateEditor {
  readonly edits: Edit[] = [];
  private readonly json: boolean;

  constructor(
    private readonly text: string,
    private readonly reader: TemplateReader,
  ) {
    this.json = text.trimStart().startsWith('{');
  }

  /** The value a node has for CloudFormation, in the form `desired` values take. */
  private current(node: unknown, shape: Shape): unknown {
    return toTemplateValue(plainValue(this.reader.read(node, shape, '')), shape);
  }

  private column(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }

  /** The leading spaces of the line `offset` is on. */
  private indentation(offset: number): number {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(this.text.slice(lineStart))![0].length;
  }

  /** Where a node's text starts, its tag (`!Ref`) included. */
  private start(node: YamlNode): number {
    const start = node.range![0];
    if (!('tag' in node) || node.tag === undefined) return start;
    const tag = /!\w+\s*$/.exec(this.text.slice(Math.max(0, start - 100), start));
    return tag === null ? start : start - tag[0].length;
  }

  /** A value as text to write at `column`: JSON for JSON templates, else YAML (flow unless `block`). */
  private render(value: unknown, column: number, block: boolean, like?: unknown): string {
    if (this.json) {
      const unit = /\n( +)"/.exec(this.text)?.[1]?.length ?? 2;
      return JSON.stringify(toJsonValue(value), null, unit).replace(/\n/g, `\n${' '.repeat(this.indentation(column))}`);
    }
    const node = toYamlNode(value);
    if (node instanceof Scalar) {
      if (typeof value === 'string' && value.includes('\n')) node.type = Scalar.QUOTE_DOUBLE;
      else if (isScalar(like) && (like.type === Scalar.QUOTE_SINGLE || like.type === Scalar.QUOTE_DOUBLE)) {
        node.type = like.type;
      }
    } else if ((node instanceof YAMLMap || node instanceof YAMLSeq) && !block) node.flow = true;
    return yamlText(node).replace(/\n/g, `\n${' '.repeat(this.column(column))}`);
  }

  replace(node: YamlNode, value: unknown): void {
    const start = this.start(node);
    const target = this.reader.resolve(node);
    const block = !this.json && (isMap(target) || isSeq(target)) && !target.flow && !isIntrinsic(value);
    const text = this.render(value, start, block, target);
    // An empty value (`Key:` or `-` and nothing) starts right after its indicator.
    const gap = /[:-]/.test(this.text[start - 1] ?? '') ? ' ' : '';
    this.edits.push({ start, end: this.trimmed(node.range![1]), text: `${gap}${text}` });
  }

  update(node: unknown, shape: Shape, desired: unknown): void {
    if (same(this.current(node, shape), desired)) return;
    const target = this.reader.resolve(node) as YamlNode;
    const computed = isIntrinsic(plainValue(this.reader.read(node, shape, '')));
    if (!computed && isRecord(desired) && isMap(target) && (shape.kind === 'object' || shape.kind === 'json')) {
      const fields =
        shape.kind === 'object'
          ? shape.fields
          : Object.fromEntries(
              [...target.items.map(keyOf), ...Object.keys(desired)].map((k) => [k, { kind: 'string' } as Shape]),
            );
      this.updateMap(target, fields, desired);
    } else if (!computed && Array.isArray(desired) && isSeq(target) && shape.kind === 'list') {
      this.updateList(target, shape.items, desired);
    } else this.replace(node as YamlNode, desired);
  }

  updateMap(map: YAMLMap, fields: Readonly<Record<string, Shape>>, desired: Record<string, unknown>): void {
    const present = new Set<string>();
    for (const pair of map.items) {
      const key = keyOf(pair);
      const shape = fields[key];
      if (shape === undefined) continue;
      present.add(key);
      if (desired[key] === undefined) this.removePair(map, pair);
      else if (pair.value === null) {
        const colon = this.text.indexOf(':', (pair.key as YamlNode).range![1]) + 1;
        this.edits.push({ start: colon, end: colon, text: ` ${this.render(desired[key], colon, false)}` });
      } else this.update(pair.value, shape, desired[key]);
    }
    for (const [key, value] of Object.entries(desired)) {
      if (value !== undefined && !present.has(key) && fields[key] !== undefined) this.addPair(map, key, value);
    }
  }

  addPair(map: YAMLMap, key: string, value: unknown): void {
    const last = map.items.at(-1);
    if (this.json || map.flow || last === undefined) {
      const close = map.range![1] - 1;
      const indent = last === undefined ? '' : ' '.repeat(this.column((last.key as YamlNode).range![0]));
      const name = this.json ? JSON.stringify(key) : key;
      const separator = last === undefined ? '' : this.json ? `,\n${indent}` : ', ';
      const at = last === undefined ? close : this.end(last);
      this.edits.push({ start: at, end: at, text: `${separator}${name}: ${this.render(value, at, false)}` });
      return;
    }
    const keys = map.items.map((pair) => pair.key).filter((key): key is Scalar => isScalar(key) && key.range != null);
    const column = this.column(
      (
        keys.find((key) => this.column(key.range![0]) === this.indentation(key.range![0])) ??
        keys[0] ??
        (last.key as YamlNode)
      ).range![0],
    );
    const indent = ' '.repeat(column);
    const collection = (Array.isArray(value) || isRecord(value)) && !isIntrinsic(value);
    const rendered = collection
      ? `\n${indent}  ${this.render(value, 0, true).replace(/\n/g, `\n${indent}  `)}`
      : ` ${this.render(value, 0, false)}`;
    this.edits.push({ start: this.end(last), end: this.end(last), text: `\n${indent}${key}:${rendered}` });
  }

  /** Where a pair's text ends (its value's, or its key's when it has none). */
  private end(pair: Pair): number {
    const value = (pair.value as YamlNode | null)?.range;
    if (value !== undefined && value !== null) return this.trimmed(value[1]);
    const key = (pair.key as YamlNode | null)?.range;
    if (key === undefined || key === null) return 0;
    const colon = /^\s*:/.exec(this.text.slice(key[1]));
    return colon === null ? this.trimmed(key[1]) : key[1] + colon[0].length;
  }

  /** The offset just after the last character before `offset` that is not a space or line break. */
  private trimmed(offset: number): number {
    let at = offset;
    while (at > 0 && /\s/.test(this.text[at - 1]!)) at--;
    return at;
  }

  removePair(map: YAMLMap, pair: Pair): void {
    const index = map.items.indexOf(pair);
    const keyStart = (pair.key as YamlNode).range![0];
    if (this.json || map.flow) {
      const from = index > 0 ? this.end(map.items[index - 1]!) : keyStart;
      const to = index > 0 || map.items.length === 1 ? this.end(pair) : (map.items[1]!.key as YamlNode).range![0];
      this.edits.push({ start: from, end: to, text: '' });
      return;
    }
    if (map.items.length === 1) {
      this.edits.push({ start: keyStart, end: this.end(pair), text: '{}' });
      return;
    }
    const lineStart = this.text.lastIndexOf('\n', keyStart - 1) + 1;
    const next = map.items[index + 1];
    if (this.text.slice(lineStart, keyStart).trim() !== '' && next !== undefined) {
      // The first key of a list item (`- Name: x`): the next key moves up beside the dash.
      this.edits.push({ start: keyStart, end: (next.key as YamlNode).range![0], text: '' });
      return;
    }
    const lineEnd = this.text.indexOf('\n', this.end(pair));
    this.edits.push({ start: lineStart, end: lineEnd === -1 ? this.text.length : lineEnd + 1, text: '' });
  }

  updateList(seq: YAMLSeq, shape: Shape, desired: unknown[]): void {
    const items = seq.items as YamlNode[];
    if ((items.length === 0 || desired.length === 0) && items.length !== desired.length) {
      this.replace(seq, desired);
      return;
    }
    const common = Math.min(items.length, desired.length);
    for (let i = 0; i < common; i++) this.update(items[i], shape, desired[i]);
    const end = this.trimmed(items.at(-1)!.range![1]);
    if (desired.length > items.length) {
      const added = desired.slice(items.length).map((value) => this.listItem(seq, items.at(-1)!, value));
      this.edits.push({ start: end, end, text: added.join('') });
    } else if (desired.length < items.length) {
      this.edits.push({ start: this.trimmed(items[common - 1]!.range![1]), end, text: '' });
    }
  }

  /** The text that appends `value` to a list after its item `last`. */
  private listItem(seq: YAMLSeq, last: YamlNode, value: unknown): string {
    const start = this.start(last);
    if (this.json) return `,\n${' '.repeat(this.indentation(start))}${this.render(value, start, true)}`;
    if (seq.flow) return `, ${this.render(value, start, false)}`;
    const indent = ' '.repeat(this.column(this.text.lastIndexOf('-', start)));
    const collection = (Array.isArray(value) || isRecord(value)) && !isIntrinsic(value);
    return `\n${indent}- ${this.render(value, 0, collection).replace(/\n/g, `\n${indent}  `)}`;
  }
}

/** An offset in the text as read (with inserted indentation) → the same place in the text as written. */
function toWritten(offset: number, inserted: Indentation): number {
  let at = offset;
  for (let i = inserted.length - 1; i >= 0; i--) {
    const [position, count] = inserted[i]!;
    if (at >= position + count) at -= count;
    else if (at > position) at = position;
  }
  return at;
}

/**
 * The template with the pipeline resource `logicalId` changed to `declaration`: only the values that differ are
 * rewritten, in place, so comments, key order, quoting, intrinsic functions and every other resource stay as
 * written (an unchanged declaration gives back the same text). `templateProperties` (as parsed) updates
 * `Tags`, `RestartExecutionOnUpdate` and `DisableInboundStageTransitions`; without it they are left alone.
 * Undefined when the template cannot be read or has no such pipeline resource.
 */
export function updateCloudFormationTemplate(
  text: string,
  logicalId: string,
  declaration: PipelineDeclaration,
  templateProperties?: Record<string, unknown>,
): string | undefined {
  const { file, inserted } = readTemplate(text);
  if (file.doc === undefined || file.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const root = file.resolve(file.doc.contents);
  const resources = isMap(root) ? file.resolve(root.get('Resources', true)) : undefined;
  const resource = isMap(resources) ? file.resolve(resources.get(logicalId, true)) : undefined;
  const properties = isMap(resource) ? file.resolve(resource.get('Properties', true)) : undefined;
  if (!isMap(properties)) return undefined;
  const editor = new TemplateEditor(file.text, new TemplateReader(file));
  const managed = Object.fromEntries(
    Object.entries(PIPELINE.fields).filter(
      ([key]) => templateProperties !== undefined || !(TEMPLATE_ONLY_PROPERTIES as readonly string[]).includes(key),
    ),
  );
  editor.updateMap(properties, managed, pipelineProperties(declaration, templateProperties));
  let out = text;
  // Last first, so offsets stay valid; of two insertions at one place, the one made later goes after.
  const edits = editor.edits.map((edit, order) => ({ ...edit, order }));
  for (const edit of edits.sort((a, b) => b.start - a.start || b.order - a.order)) {
    const start = toWritten(edit.start, inserted);
    const end = toWritten(edit.end, inserted);
    out = `${out.slice(0, start)}${edit.text}${out.slice(end)}`;
  }
  return out;
}
