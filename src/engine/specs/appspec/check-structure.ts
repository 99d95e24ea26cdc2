import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import { diagnostic } from '../diagnostics';
import type { Diagnostic, DiagnosticSeverity } from '../diagnostics';
import { closest } from '../suggest';
import type { YamlFile } from '../yaml/load-yaml';
import { MAX_DEPTH } from '../yaml/load-yaml';
import { keyPlaces } from '../key-places';
import { appspecSpec } from './keys';
import type { ListSpec, MapSpec, ObjectSpec, ScalarSpec, SpecNode } from './keys';
import type { AppSpecPlatform } from './types';

/** A scalar as written: `value` is what YAML made of it, `text` the string CodeDeploy would see. */
export interface CheckedScalar {
  kind: 'scalar';
  node: Node;
  value: unknown;
  text: string;
  isNull: boolean;
}
export interface CheckedList {
  kind: 'list';
  node: Node;
  items: CheckedValue[];
}
export interface CheckedEntry {
  /** The table's spelling (`Name` for a written `name`); for user-chosen keys, the key as written. */
  key: string;
  keyNode: Node;
  value: CheckedValue | undefined;
}
export interface CheckedMap {
  kind: 'map';
  node: Node;
  /** In file order; a repeated key keeps its last value (as YAML loaders do) and a warning says so. */
  entries: Map<string, CheckedEntry>;
}
export type CheckedValue = CheckedScalar | CheckedList | CheckedMap;

export type KeyPath = readonly (string | number)[];

export function dotted(path: KeyPath): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : p))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** Where a path is, in words: "at the top level", "in `hooks.BeforeInstall[0]`". */
export function describePlace(path: KeyPath): string {
  return path.length === 0 ? 'at the top level' : `in \`${dotted(path)}\``;
}

const PLATFORM_WORDS: Record<AppSpecPlatform, string> = {
  Server: 'EC2/On-Premises',
  Lambda: 'Lambda',
  ECS: 'ECS',
};

export function platformWords(platform: AppSpecPlatform): string {
  return PLATFORM_WORDS[platform];
}

const PLACES: Record<AppSpecPlatform, ReadonlyMap<string, readonly string[]>> = {
  Server: keyPlaces(appspecSpec('Server'), 10),
  Lambda: keyPlaces(appspecSpec('Lambda'), 10),
  ECS: keyPlaces(appspecSpec('ECS'), 10),
};

const MISSING: Readonly<Record<string, { code: string; message: string }>> = {
  version: {
    code: 'missing-version',
    message:
      'The AppSpec file has no `version`. The deployment failed because an invalid version value () was entered in the application specification file. Add `version: 0.0` as the first line.',
  },
  os: {
    code: 'missing-os',
    message:
      'The AppSpec file has no `os`. The deployment failed because the application specification file specifies an unsupported operating system (). Add `os: linux` or `os: windows`.',
  },
};

function kindWord(node: unknown): string {
  if (isMap(node)) return 'a mapping of keys';
  if (isSeq(node)) return 'a list';
  return 'a single value';
}

function expectedWord(spec: SpecNode): string {
  switch (spec.kind) {
    case 'scalar':
      return 'a single value';
    case 'list':
      return 'a list (one `- item` per line)';
    default:
      return 'a mapping of keys';
  }
}

/** The text CodeDeploy's YAML loaders make of a scalar: numbers and booleans become their usual spelling. */
export function scalarText(node: Scalar): string {
  const value = node.value;
  return value === null || value === undefined ? '' : String(value);
}

class Walker {
  constructor(
    private readonly file: YamlFile,
    private readonly platform: AppSpecPlatform,
    readonly diagnostics: Diagnostic[],
  ) {}

  private report(node: Node | undefined, severity: DiagnosticSeverity, code: string, message: string) {
    this.diagnostics.push(diagnostic(this.file.rangeOf(node ?? [0, 0]), severity, code, message));
  }

  walk(
    raw: unknown,
    spec: SpecNode,
    path: KeyPath,
    keyNode: Node | undefined,
    depth: number,
  ): CheckedValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const node = this.file.resolve(raw);
    const name = String([...path].reverse().find((p) => typeof p === 'string') ?? 'AppSpec');
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) {
      if (spec.kind === 'scalar' && node) return { kind: 'scalar', node, value: null, text: '', isNull: true };
      return undefined;
    }
    if (spec.kind === 'scalar') {
      if (!isScalar(node)) {
        this.report(
          node,
          'error',
          'wrong-type',
          `\`${name}\` ${describePlace(path.slice(0, -1))} must be a single value, but here it is ${kindWord(node)}.`,
        );
        return undefined;
      }
      const checked: CheckedScalar = {
        kind: 'scalar',
        node,
        value: node.value,
        text: scalarText(node),
        isNull: false,
      };
      this.checkEnum(checked, spec, name, path);
      return checked;
    }
    if (spec.kind === 'list') {
      if (!isSeq(node)) {
        this.report(
          node,
          'error',
          'wrong-type',
          `\`${name}\` ${describePlace(path.slice(0, -1))} must be ${expectedWord(spec)}, but here it is ${kindWord(node)}.`,
        );
        return undefined;
      }
      return this.list(node, node.items, spec, path, depth);
    }
    if (!isMap(node)) {
      this.report(
        node,
        'error',
        'wrong-type',
        path.length === 0
          ? `An AppSpec file must be a mapping of keys such as \`version:\`, but this file is ${kindWord(node)}.`
          : `\`${name}\` ${describePlace(path.slice(0, -1))} must be ${expectedWord(spec)}, but here it is ${kindWord(node)}.`,
      );
      return undefined;
    }
    return spec.kind === 'object' ? this.object(node, spec, path, keyNode, depth) : this.map(node, spec, path, depth);
  }

  private list(node: Node, items: readonly unknown[], spec: ListSpec, path: KeyPath, depth: number): CheckedList {
    const checked: CheckedList = { kind: 'list', node, items: [] };
    items.forEach((item, index) => {
      const value = this.walk(item, spec.items, [...path, index], undefined, depth + 1);
      if (value) checked.items.push(value);
    });
    return checked;
  }

  private checkEnum(scalar: CheckedScalar, spec: ScalarSpec, name: string, path: KeyPath) {
    if (!spec.enum || spec.type === 'version' || spec.enum.includes(scalar.text)) return;
    const suggestion = closest(scalar.text, spec.enum);
    const sameButCase = spec.enum.find((v) => v.toLowerCase() === scalar.text.toLowerCase());
    const prefix =
      name === 'os'
        ? `The deployment failed because the application specification file specifies an unsupported operating system (${scalar.text}). `
        : '';
    this.report(
      scalar.node,
      'error',
      'invalid-value',
      `${prefix}\`${scalar.text}\` is not a valid \`${name}\` ${describePlace(path.slice(0, -1))}: use ${spec.enum
        .map((v) => `\`${v}\``)
        .join(
          ', ',
        )}.${sameButCase ? ` Values are case-sensitive: write \`${sameButCase}\`.` : suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
    );
  }

  private entries(node: Node): { key: string; keyNode: Node; value: unknown }[] {
    if (!isMap(node)) return [];
    const out: { key: string; keyNode: Node; value: unknown }[] = [];
    for (const pair of node.items) {
      const keyNode = this.file.resolve(pair.key);
      if (!isScalar(keyNode)) {
        if (keyNode) {
          this.report(keyNode, 'error', 'wrong-type', 'A key must be a single word, not a list or a mapping.');
        }
        continue;
      }
      out.push({ key: scalarText(keyNode), keyNode, value: pair.value });
    }
    return out;
  }

  private object(node: Node, spec: ObjectSpec, path: KeyPath, ownerKey: Node | undefined, depth: number): CheckedMap {
    const checked: CheckedMap = { kind: 'map', node, entries: new Map() };
    const byLowerCase = new Map(Object.keys(spec.fields).map((k) => [k.toLowerCase(), k]));
    for (const { key, keyNode, value } of this.entries(node)) {
      const canonical = spec.fields[key] ? key : spec.caseInsensitive ? byLowerCase.get(key.toLowerCase()) : undefined;
      if (!canonical) {
        this.unknownKey(key, keyNode, spec, path);
        continue;
      }
      this.duplicate(checked, canonical, keyNode, path);
      const field = spec.fields[canonical]!;
      const entryPath = [...path, canonical];
      const checkedValue = this.walk(value, field.spec, entryPath, keyNode, depth + 1);
      checked.entries.set(canonical, { key: canonical, keyNode, value: checkedValue });
      if (field.required && field.spec.kind === 'scalar' && checkedValue?.kind === 'scalar') {
        if (checkedValue.isNull || checkedValue.text.trim() === '') {
          this.report(
            checkedValue.isNull ? keyNode : checkedValue.node,
            'error',
            'blank-value',
            `\`${canonical}\` ${describePlace(path)} is ${checkedValue.isNull ? 'empty' : 'blank'}; it is required. ${field.spec.doc.replace(/^Required\.\s*/, '')}`,
          );
        }
      }
    }
    for (const [name, field] of Object.entries(spec.fields)) {
      if (!field.required || checked.entries.has(name)) continue;
      const special = path.length === 0 ? MISSING[name] : undefined;
      const at = ownerKey ?? (isMap(node) ? (node.items[0]?.key as Node | undefined) : undefined) ?? node;
      this.report(
        at,
        'error',
        special?.code ?? 'missing-key',
        special?.message ??
          `\`${name}\` is required ${describePlace(path)}, but it is missing. ${field.spec.doc.replace(/^Required\.\s*/, '')}`,
      );
    }
    return checked;
  }

  private map(node: Node, spec: MapSpec, path: KeyPath, depth: number): CheckedMap {
    const checked: CheckedMap = { kind: 'map', node, entries: new Map() };
    for (const { key, keyNode, value } of this.entries(node)) {
      this.duplicate(checked, key, keyNode, path);
      const checkedValue = this.walk(value, spec.values, [...path, key], keyNode, depth + 1);
      checked.entries.set(key, { key, keyNode, value: checkedValue });
    }
    return checked;
  }

  private duplicate(checked: CheckedMap, key: string, keyNode: Node, path: KeyPath) {
    const first = checked.entries.get(key);
    if (!first) return;
    this.report(
      keyNode,
      'warning',
      'duplicate-key',
      `\`${key}\` appears twice ${describePlace(path)} (first on line ${this.file.lineAt(first.keyNode.range?.[0] ?? 0)}). Only this last one is used; merge them into one.`,
    );
    checked.entries.delete(key);
  }

  private unknownKey(key: string, keyNode: Node, spec: ObjectSpec, path: KeyPath) {
    const here = describePlace(path);
    const suggestion = closest(key, Object.keys(spec.fields));
    if (suggestion) {
      this.report(
        keyNode,
        'warning',
        'unknown-key',
        `Unknown key \`${key}\` ${here}; CodeDeploy ignores it. Did you mean \`${suggestion}\`?`,
      );
      return;
    }
    const places = PLACES[this.platform].get(key) ?? [];
    if (places.length > 0) {
      const where = places.map((p) => (p ? `\`${p}\`` : 'the top level')).join(' or ');
      this.report(
        keyNode,
        'warning',
        'misplaced-key',
        `\`${key}\` does not belong ${here}; it belongs in ${where}. Check its indentation.`,
      );
      return;
    }
    if (path.length === 0) {
      const other = (['Server', 'Lambda', 'ECS'] as const).find(
        (p) =>
          p !== this.platform && Object.keys(appspecSpec(p).fields).some((k) => k.toLowerCase() === key.toLowerCase()),
      );
      if (other) {
        this.report(
          keyNode,
          'warning',
          'wrong-platform-key',
          `\`${key}\` is a key of ${platformWords(other)} AppSpec files, but this is an ${platformWords(this.platform)} AppSpec, so CodeDeploy ignores it. Remove it.`,
        );
        return;
      }
    }
    this.report(
      keyNode,
      'warning',
      'unknown-key',
      `Unknown key \`${key}\` ${here}; CodeDeploy ignores it. Allowed here: ${Object.keys(spec.fields)
        .map((k) => `\`${k}\``)
        .join(', ')}.`,
    );
  }
}

/** Walks a file against its platform's key table: shape, required keys, enums, unknown and misplaced keys. */
export function checkStructure(
  file: YamlFile,
  root: Node,
  platform: AppSpecPlatform,
): { root: CheckedMap | undefined; diagnostics: Diagnostic[] } {
  const walker = new Walker(file, platform, []);
  const checked = walker.walk(root, appspecSpec(platform), [], undefined, 0);
  return { root: checked?.kind === 'map' ? checked : undefined, diagnostics: walker.diagnostics };
}
