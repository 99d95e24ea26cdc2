import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar } from 'yaml';
import { diagnostic } from '../diagnostics';
import type { Diagnostic, DiagnosticSeverity } from '../diagnostics';
import { closest } from '../suggest';
import type { YamlFile } from '../yaml/load-yaml';
import { MAX_DEPTH } from '../yaml/load-yaml';
import { keyPlaces } from '../key-places';
import { RENAMED_KEYS, buildspecSpec } from './keys';
import type { BuildspecVersion, FieldSpec, ListSpec, MapSpec, ObjectSpec, ScalarSpec, SpecNode } from './keys';

/** A scalar that passed the table's checks, as the text CodeBuild would see. */
export interface CheckedScalar {
  kind: 'scalar';
  node: Node;
  text: string;
  isNull: boolean;
}
export interface CheckedList {
  kind: 'list';
  node: Node;
  items: CheckedValue[];
}
export interface CheckedEntry {
  key: string;
  keyNode: Node;
  value: CheckedValue | undefined;
}
export interface CheckedMap {
  kind: 'map';
  node: Node;
  entries: Map<string, CheckedEntry>;
}
export type CheckedValue = CheckedScalar | CheckedList | CheckedMap;

/** A path of keys and list indexes, e.g. `['phases', 'build', 'commands', 0]`. */
export type KeyPath = readonly (string | number)[];

/** An error CodeBuild would refuse the file for, with the wording it would use (see `yaml-file-error.ts`). */
export interface CodebuildRefusal {
  diagnostic: Diagnostic;
  message: string;
}

export interface StructureResult {
  root: CheckedMap | undefined;
  diagnostics: Diagnostic[];
  refusals: CodebuildRefusal[];
}

const PLACES: Record<BuildspecVersion, ReadonlyMap<string, readonly string[]>> = {
  '0.2': keyPlaces(buildspecSpec('0.2'), 8),
  '0.1': keyPlaces(buildspecSpec('0.1'), 8),
};

/** Where a path is, in words: "at the top level", "in phase `build`", "in report group `unit`". */
export function describePlace(path: KeyPath): string {
  if (path.length === 0) return 'at the top level';
  const [a, b, c, d] = path;
  if (a === 'phases' && path.length === 1) return 'in `phases`';
  if (a === 'phases' && path.length === 2) return `in phase \`${String(b)}\``;
  if (a === 'reports' && path.length === 2) return `in report group \`${String(b)}\``;
  if (a === 'artifacts' && b === 'secondary-artifacts' && path.length === 3)
    return `in secondary artifact \`${String(c)}\``;
  if (a === 'batch' && (b === 'build-list' || b === 'build-graph') && typeof c === 'number') {
    return path.length === 3 ? `in \`${b}\` task ${c + 1}` : `in \`${b}\` task ${c + 1} \`${String(d)}\``;
  }
  return `in \`${dotted(path)}\``;
}

export function dotted(path: KeyPath): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : p))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** CodeBuild's field naming in its messages: `commands` → `Commands`, `discard-paths` → `DiscardPaths`. */
function goName(key: string): string {
  return key
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function goPath(path: KeyPath): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last === 'number') return `${goName(String(parent))}[${last}]`;
  if (parent !== undefined && typeof parent === 'string' && isDynamicParent(path)) return `${goName(parent)}[${last}]`;
  return goName(String(last ?? 'buildspec'));
}

function isDynamicParent(path: KeyPath): boolean {
  const parent = path[path.length - 2];
  return (
    parent === 'variables' ||
    parent === 'plaintext' ||
    parent === 'parameter-store' ||
    parent === 'secrets-manager' ||
    parent === 'runtime-versions' ||
    parent === 'reports' ||
    parent === 'secondary-artifacts'
  );
}

function kindWord(node: unknown): string {
  if (isMap(node)) return 'subkeys';
  if (isSeq(node)) return 'a list';
  return 'a string';
}

function quoteHint(text: string): string {
  return text.includes("'") ? `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `'${text}'`;
}

interface Walk {
  file: YamlFile;
  version: BuildspecVersion;
  diagnostics: Diagnostic[];
  refusals: CodebuildRefusal[];
}

function report(
  walk: Walk,
  node: Node | [number, number],
  severity: DiagnosticSeverity,
  code: string,
  message: string,
) {
  const d = diagnostic(walk.file.rangeOf(node), severity, code, message);
  walk.diagnostics.push(d);
  return d;
}

function refuse(walk: Walk, node: Node | [number, number], code: string, message: string, codebuild: string) {
  const d = report(walk, node, 'error', code, message);
  walk.refusals.push({ diagnostic: d, message: codebuild });
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) {
    if (key.value === null) return '';
    return typeof key.value === 'string' ? key.value : (key.source ?? String(key.value));
  }
  return undefined;
}

/**
 * The text CodeBuild sees for a scalar. Its YAML reader keeps the characters written for a plain scalar read into a
 * string (`9` → "9", `1.10` → "1.10", `yes` → "yes"); quoted and block scalars are their value.
 */
export function scalarText(node: Scalar): { text: string; isNull: boolean } {
  const value = node.value;
  if (value === null || value === undefined) return { text: '', isNull: true };
  if (typeof value === 'string') return { text: value, isNull: false };
  return { text: node.source ?? String(value), isNull: false };
}

function lineOfNode(walk: Walk, node: Node): number {
  return walk.file.lineAt(node.range?.[0] ?? 0);
}

/** Checks the document against the key table of its version; returns the parts that passed, for normalising. */
export function checkStructure(file: YamlFile, rootNode: Node, version: BuildspecVersion): StructureResult {
  const walk: Walk = { file, version, diagnostics: [], refusals: [] };
  const root = checkObject(walk, rootNode, buildspecSpec(version), [], 0);
  return { root: root?.kind === 'map' ? root : undefined, diagnostics: walk.diagnostics, refusals: walk.refusals };
}

function checkValue(
  walk: Walk,
  raw: unknown,
  spec: SpecNode,
  path: KeyPath,
  depth: number,
  owner?: Node,
): CheckedValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = walk.file.resolve(raw);
  if (node === undefined) return undefined;
  switch (spec.kind) {
    case 'scalar':
      return checkScalar(walk, node, spec, path, owner);
    case 'list':
      return checkList(walk, node, spec, path, depth, owner);
    case 'map':
      return checkMap(walk, node, spec, path, depth, owner);
    case 'object':
      return checkObject(walk, node, spec, path, depth, owner);
  }
}

function isCommandPath(path: KeyPath): boolean {
  const parent = path[path.length - 2];
  return typeof path[path.length - 1] === 'number' && (parent === 'commands' || parent === 'finally');
}

function isVariablePath(path: KeyPath): boolean {
  const parent = path[path.length - 2];
  return (
    path.length >= 3 &&
    typeof path[path.length - 1] === 'string' &&
    (parent === 'variables' || parent === 'plaintext' || parent === 'parameter-store' || parent === 'secrets-manager')
  );
}

function checkScalar(
  walk: Walk,
  node: Node | null,
  spec: ScalarSpec,
  path: KeyPath,
  owner?: Node,
): CheckedValue | undefined {
  const key = String(path[path.length - 1]);
  if (node === null || isScalar(node)) {
    const { text, isNull } = node === null ? { text: '', isNull: true } : scalarText(node);
    const at: Node | [number, number] = (isNull ? owner : undefined) ?? node ?? [0, 0];
    if (isNull) {
      if (isCommandPath(path)) {
        report(
          walk,
          at,
          'warning',
          'empty-command',
          `Command ${Number(path[path.length - 1]) + 1} ${describePlace(path.slice(0, -2))} is empty.`,
        );
      } else if (isVariablePath(path)) {
        report(walk, at, 'warning', 'empty-value', `\`${key}\` has no value, so it is set to an empty string.`);
      } else if (spec.type !== 'version') {
        report(
          walk,
          at,
          'warning',
          'empty-value',
          `\`${key}\` ${describePlace(path.slice(0, -1))} has no value, so it is ignored.`,
        );
      }
      return { kind: 'scalar', node: (node ?? owner ?? at) as Node, text, isNull };
    }
    const scalarNode = node as Node;
    const lower = text.toLowerCase();
    switch (spec.type) {
      case 'yes-no':
        if (['yes', 'no', 'true', 'false'].includes(lower)) break;
        if (['y', 'n', 'on', 'off'].includes(lower)) {
          report(
            walk,
            scalarNode,
            'warning',
            'yes-no-value',
            `Write \`yes\` or \`no\` for \`${key}\`, not \`${text}\`.`,
          );
          break;
        }
        refuse(
          walk,
          scalarNode,
          'invalid-value',
          `\`${key}\` must be \`yes\` or \`no\`, not \`${text}\`.`,
          `Expected ${goPath(path)} to be yes or no: found ${text} instead at line ${lineOfNode(walk, scalarNode)}`,
        );
        return undefined;
      case 'boolean':
        if (['true', 'false', 'yes', 'no'].includes(lower)) break;
        refuse(
          walk,
          scalarNode,
          'invalid-value',
          `\`${key}\` must be \`true\` or \`false\`, not \`${text}\`.`,
          `Expected ${goPath(path)} to be of bool type: found ${text} instead at line ${lineOfNode(walk, scalarNode)}`,
        );
        return undefined;
      case 'integer': {
        const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
        if (
          Number.isNaN(n) ||
          (spec.minimum !== undefined && n < spec.minimum) ||
          (spec.maximum !== undefined && n > spec.maximum)
        ) {
          refuse(
            walk,
            scalarNode,
            'invalid-value',
            `\`${key}\` must be a whole number${spec.minimum !== undefined ? ` of at least ${spec.minimum}` : ''}, not \`${text}\`.`,
            `Expected ${goPath(path)} to be of int type: found ${text} instead at line ${lineOfNode(walk, scalarNode)}`,
          );
          return undefined;
        }
        break;
      }
      case 'string':
        if (spec.enum) {
          const ok = spec.caseInsensitive ? spec.enum.some((v) => v.toLowerCase() === lower) : spec.enum.includes(text);
          if (!ok) {
            const suggestion = closest(text, spec.enum);
            const allowed = spec.enum.map((v) => `\`${v}\``).join(', ');
            const isFormat = key === 'file-format';
            refuse(
              walk,
              scalarNode,
              isFormat ? 'unknown-report-format' : 'invalid-value',
              `${isFormat ? 'Unknown report file format' : `Invalid \`${key}\``} \`${text}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Allowed: ${allowed}.`,
              `Invalid ${goPath(path)} ${text} at line ${lineOfNode(walk, scalarNode)}`,
            );
            return undefined;
          }
        }
        break;
      default:
        break;
    }
    return { kind: 'scalar', node: scalarNode, text, isNull: false };
  }

  // A mapping or a list where one value belongs.
  const line = lineOfNode(walk, node);
  const found = kindWord(node);
  if (isCommandPath(path)) {
    const index = Number(path[path.length - 1]);
    const source = walk.file.text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0).trim();
    const why = isMap(node)
      ? node.flow
        ? 'it starts with `{`, which YAML reads as a mapping'
        : 'it contains `: ` (a colon followed by a space), which YAML reads as `key: value`'
      : 'it starts with `[`, which YAML reads as a list';
    refuse(
      walk,
      node,
      'command-not-a-string',
      `Command ${index + 1} ${describePlace(path.slice(0, -2))} is not a string: ${why}. Put the whole command in quotes, for example - ${quoteHint(source.split('\n')[0] ?? source)}.`,
      `Expected ${goPath(path)} to be of string type: found ${found} instead at line ${line}, value of the key tag on line ${Math.max(1, line - 1)} might be empty`,
    );
    return undefined;
  }
  if (isVariablePath(path)) {
    const source = walk.file.text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0).trim();
    const why =
      isMap(node) && node.flow
        ? '`{...}` is YAML syntax for a mapping'
        : isSeq(node) && node.flow
          ? '`[...]` is YAML syntax for a list'
          : `YAML reads it as ${isMap(node) ? 'a mapping' : 'a list'}`;
    refuse(
      walk,
      node,
      'env-value-not-a-string',
      `The value of \`${key}\` must be a string, but ${why}. Put the value in quotes: ${key}: ${quoteHint(source.split('\n')[0] ?? source)}.`,
      `Expected ${goPath(path)} to be of string type: found ${found} instead at line ${line}`,
    );
    return undefined;
  }
  refuse(
    walk,
    node,
    'wrong-type',
    `\`${key}\` ${describePlace(path.slice(0, -1))} must be a single value, but YAML read ${isMap(node) ? 'a mapping' : 'a list'} here.${isMap(node) ? ' If the value contains `: `, put it in quotes.' : ''}`,
    `Expected ${goPath(path)} to be of string type: found ${found} instead at line ${line}`,
  );
  return undefined;
}

function checkList(
  walk: Walk,
  node: Node | null,
  spec: ListSpec,
  path: KeyPath,
  depth: number,
  owner?: Node,
): CheckedValue | undefined {
  const key = String(path[path.length - 1]);
  const isCommands = key === 'commands' || key === 'finally';
  if (isSeq(node)) {
    const items: CheckedValue[] = [];
    node.items.forEach((item, index) => {
      const checked = checkValue(walk, item, spec.items, [...path, index], depth + 1);
      if (checked) items.push(checked);
    });
    if (spec.maxItems !== undefined && node.items.length > spec.maxItems) {
      report(
        walk,
        node,
        'warning',
        'too-many-items',
        `\`${key}\` has ${node.items.length} entries; CodeBuild supports at most ${spec.maxItems}.`,
      );
    }
    return { kind: 'list', node, items };
  }
  if (node === null || (isScalar(node) && (node.value === null || node.value === undefined))) {
    const at: Node | [number, number] = owner ?? node ?? [0, 0];
    if (isCommands) {
      report(
        walk,
        at,
        'warning',
        'empty-commands',
        `\`${key}\` ${describePlace(path.slice(0, -1))} has no commands under it, so it runs nothing. Add \`- command\` lines or remove the key.`,
      );
    } else {
      report(
        walk,
        at,
        'warning',
        'empty-value',
        `\`${key}\` ${describePlace(path.slice(0, -1))} is empty, so it is ignored.`,
      );
    }
    return { kind: 'list', node: at as Node, items: [] };
  }
  if (isScalar(node)) {
    const { text } = scalarText(node);
    if (spec.scalar === 'error') {
      refuse(
        walk,
        node,
        isCommands ? 'commands-not-a-list' : 'not-a-list',
        isCommands
          ? `\`${key}\` ${describePlace(path.slice(0, -1))} must be a list of commands, each on its own line starting with \`- \`, but it is a single string. Write:\n${key}:\n  - ${text.split('\n')[0]}`
          : `\`${key}\` ${describePlace(path.slice(0, -1))} must be a list (lines starting with \`- \`), not a single value.`,
        `Expected ${goPath(path)} to be of array type: found string instead at line ${lineOfNode(walk, node)}`,
      );
      return undefined;
    }
    report(
      walk,
      node,
      'warning',
      'not-a-list',
      `\`${key}\` ${describePlace(path.slice(0, -1))} should be a list (lines starting with \`- \`); this single value is read as a list of one.`,
    );
    const item = checkValue(walk, node, spec.items, [...path, 0], depth + 1);
    return { kind: 'list', node, items: item ? [item] : [] };
  }
  refuse(
    walk,
    node,
    'not-a-list',
    `\`${key}\` ${describePlace(path.slice(0, -1))} must be a list (lines starting with \`- \`), but YAML read a mapping here.`,
    `Expected ${goPath(path)} to be of array type: found subkeys instead at line ${lineOfNode(walk, node)}`,
  );
  return undefined;
}

interface PairInfo {
  key: string;
  pair: Pair;
  keyNode: Node;
}

/**
 * The key/value pairs of a mapping, last duplicate winning, with YAML merge keys (`<<: *defaults`) expanded the
 * way CodeBuild's YAML reader does: keys written in the mapping win over merged ones.
 */
function pairsOf(walk: Walk, node: Node, path: KeyPath, depth = 0): PairInfo[] {
  if (!isMap(node) || depth > 8) return [];
  const seen = new Map<string, Node>();
  const pairs: PairInfo[] = [];
  const merged: PairInfo[] = [];
  for (const pair of node.items) {
    const keyNode = (pair.key ?? node) as Node;
    const key = keyText(walk.file.resolve(pair.key));
    if (key === undefined) {
      refuse(
        walk,
        keyNode,
        'invalid-key',
        `Keys must be plain names ${describePlace(path)}; this key is a list or mapping.`,
        `Expected key to be of string type: found subkeys instead at line ${lineOfNode(walk, keyNode)}`,
      );
      continue;
    }
    if (key === '<<' && isScalar(pair.key) && pair.key.type === 'PLAIN') {
      const source = walk.file.resolve(pair.value);
      const sources = isSeq(source) ? source.items.map((item) => walk.file.resolve(item)) : [source];
      for (const from of sources) if (isMap(from)) merged.push(...pairsOf(walk, from, path, depth + 1));
      continue;
    }
    const first = seen.get(key);
    if (first) {
      report(
        walk,
        keyNode,
        'warning',
        'duplicate-key',
        `\`${key}\` appears twice ${describePlace(path)} (first on line ${lineOfNode(walk, first)}). Only this last one is used.`,
      );
      const index = pairs.findIndex((p) => p.key === key);
      if (index >= 0) pairs.splice(index, 1);
    }
    seen.set(key, keyNode);
    pairs.push({ key, pair, keyNode });
  }
  for (const info of merged) {
    if (!seen.has(info.key)) {
      seen.set(info.key, info.keyNode);
      pairs.push(info);
    }
  }
  return pairs;
}

function notAMapping(walk: Walk, node: Node, path: KeyPath, what: string) {
  const key = path.length ? String(path[path.length - 1]) : 'The buildspec';
  refuse(
    walk,
    node,
    'not-a-map',
    path.length
      ? `\`${key}\` ${describePlace(path.slice(0, -1))} must contain ${what} (indented \`key: value\` lines), not ${isSeq(node) ? 'a list' : 'a single value'}.`
      : `A buildspec must be a mapping of keys such as \`version\` and \`phases\`, not ${isSeq(node) ? 'a list' : 'a single value'}.`,
    `Expected ${goPath(path)} to be of map type: found ${isSeq(node) ? 'a list' : 'a string'} instead at line ${lineOfNode(walk, node)}`,
  );
}

function checkMap(
  walk: Walk,
  node: Node | null,
  spec: MapSpec,
  path: KeyPath,
  depth: number,
  owner?: Node,
): CheckedValue | undefined {
  const key = String(path[path.length - 1]);
  if (node === null || (isScalar(node) && node.value === null)) {
    report(
      walk,
      owner ?? node ?? [0, 0],
      'warning',
      'empty-value',
      `\`${key}\` ${describePlace(path.slice(0, -1))} is empty, so it is ignored.`,
    );
    return { kind: 'map', node: (node ?? owner) as Node, entries: new Map() };
  }
  if (!isMap(node)) {
    notAMapping(walk, node, path, `\`${spec.keyName}: value\` entries`);
    return undefined;
  }
  const entries = new Map<string, CheckedEntry>();
  for (const { key: name, pair, keyNode } of pairsOf(walk, node, path)) {
    entries.set(name, {
      key: name,
      keyNode,
      value: checkValue(walk, pair.value, spec.values, [...path, name], depth + 1, keyNode),
    });
  }
  if (spec.maxEntries !== undefined && entries.size > spec.maxEntries) {
    report(
      walk,
      node,
      'warning',
      key === 'reports' ? 'too-many-report-groups' : 'too-many-items',
      `\`${key}\` has ${entries.size} ${spec.keyName}s; CodeBuild allows at most ${spec.maxEntries} per project.`,
    );
  }
  return { kind: 'map', node, entries };
}

function checkObject(
  walk: Walk,
  node: Node | null,
  spec: ObjectSpec,
  path: KeyPath,
  depth: number,
  owner?: Node,
): CheckedValue | undefined {
  const key = path.length ? String(path[path.length - 1]) : '';
  if (node === null || (isScalar(node) && node.value === null)) {
    const what =
      path[0] === 'phases' && path.length === 2
        ? `Phase \`${key}\` is empty, so it runs nothing.`
        : `\`${key}\` ${describePlace(path.slice(0, -1))} is empty, so it is ignored.`;
    report(walk, owner ?? node ?? [0, 0], 'warning', 'empty-value', what);
    return { kind: 'map', node: (node ?? owner) as Node, entries: new Map() };
  }
  if (!isMap(node)) {
    const names = Object.keys(spec.fields).slice(0, 2);
    notAMapping(walk, node, path, `keys such as ${names.map((n) => `\`${n}:\``).join(' and ')}`);
    return undefined;
  }
  const entries = new Map<string, CheckedEntry>();
  for (const { key: name, pair, keyNode } of pairsOf(walk, node, path)) {
    const field: FieldSpec | undefined = Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined;
    if (!field) {
      unknownKey(walk, name, keyNode, spec, path);
      continue;
    }
    if (field.deprecated) report(walk, keyNode, 'warning', 'deprecated-key', field.deprecated);
    entries.set(name, {
      key: name,
      keyNode,
      value: checkValue(walk, pair.value, field.spec, [...path, name], depth + 1, keyNode),
    });
  }
  for (const [name, field] of Object.entries(spec.fields)) {
    if (!field.required || entries.has(name)) continue;
    // Point at the key that owns this mapping (`build:`), or at the first key of the file.
    const at = owner ?? (node.items[0]?.key as Node | undefined) ?? node;
    missingKey(walk, name, field, entries, at, path);
  }
  return { kind: 'map', node, entries };
}

function missingKey(
  walk: Walk,
  name: string,
  field: FieldSpec,
  entries: Map<string, CheckedEntry>,
  at: Node,
  path: KeyPath,
) {
  const soft = field.softWhen !== undefined && entries.has(field.softWhen);
  const place = describePlace(path);
  if (name === 'version') {
    refuse(
      walk,
      at,
      'missing-version',
      'The buildspec has no `version`. Add `version: 0.2` as the first line.',
      'Invalid buildspec version: version is missing',
    );
  } else if (name === 'commands') {
    refuse(
      walk,
      at,
      'missing-commands',
      `Phase \`${String(path[path.length - 1])}\` has no \`commands\`. A phase other than \`install\` must list its commands under \`commands:\`.`,
      `Phase ${String(path[path.length - 1])} is missing commands at line ${lineOfNode(walk, at)}`,
    );
  } else if (soft) {
    report(
      walk,
      at,
      'warning',
      `missing-${name}`,
      `\`${name}\` is missing ${place}. CodeBuild documents it as required even when \`${field.softWhen}\` is used; add it.`,
    );
  } else {
    refuse(
      walk,
      at,
      `missing-${name}`,
      `\`${name}\` is required ${place}.`,
      `${goName(name)} is required ${place.replace(/`/g, '')} at line ${lineOfNode(walk, at)}`,
    );
  }
}

function unknownKey(walk: Walk, name: string, keyNode: Node, spec: ObjectSpec, path: KeyPath) {
  const place = describePlace(path);
  const other: BuildspecVersion = walk.version === '0.2' ? '0.1' : '0.2';
  const renamed = Object.hasOwn(RENAMED_KEYS, name) ? RENAMED_KEYS[name] : undefined;
  if (renamed && walk.version === renamed.version) {
    report(
      walk,
      keyNode,
      'warning',
      'renamed-key',
      `\`${name}\` is the version 0.1 name; buildspec version ${walk.version} uses \`${renamed.to}\`. CodeBuild ignores \`${name}\` here.`,
    );
    return;
  }
  const renamedFrom = Object.entries(RENAMED_KEYS).find(([, r]) => r.to === name)?.[0];
  if (walk.version === '0.1' && renamedFrom && Object.hasOwn(spec.fields, renamedFrom)) {
    report(
      walk,
      keyNode,
      'warning',
      'renamed-key',
      `\`${name}\` needs buildspec version 0.2; in version 0.1 it is called \`${renamedFrom}\`. CodeBuild ignores \`${name}\` here.`,
    );
    return;
  }
  const otherPlaces = PLACES[other].get(name);
  if (walk.version === '0.1' && otherPlaces?.includes(dotted(path.filter((p) => typeof p === 'string')))) {
    report(
      walk,
      keyNode,
      'warning',
      'not-in-version',
      `\`${name}\` needs buildspec version 0.2; with \`version: 0.1\` CodeBuild ignores it.`,
    );
    return;
  }
  const suggestion = closest(name, Object.keys(spec.fields));
  const places = PLACES[walk.version].get(name);
  if (!suggestion && places && places.length) {
    const shown = places.slice(0, 2).map((p) => (p === '' ? 'the top level' : `\`${p}\``));
    const where =
      places.length > 1 && places.every((p) => /^phases\.[a-z_]+$/.test(p))
        ? 'a phase under `phases` (`install`, `pre_build`, `build` or `post_build`)'
        : places.length > 2
          ? `${shown.join(', ')} and ${places.length - 2} other places`
          : shown.join(' or ');
    report(
      walk,
      keyNode,
      'warning',
      'wrong-place',
      `\`${name}\` is not allowed ${place}; it belongs in ${where}. CodeBuild ignores it here.`,
    );
    return;
  }
  const consequence =
    path[0] === 'phases' && path.length === 1
      ? ' CodeBuild ignores it, so its commands never run.'
      : ' CodeBuild ignores it.';
  const allowed = Object.keys(spec.fields);
  report(
    walk,
    keyNode,
    'warning',
    'unknown-key',
    `Unknown key \`${name}\` ${place}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` Allowed keys: ${allowed.map((k) => `\`${k}\``).join(', ')}.`}${consequence}`,
  );
}
