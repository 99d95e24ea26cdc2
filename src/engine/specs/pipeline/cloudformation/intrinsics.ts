import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';

/**
 * CloudFormation's intrinsic functions (and condition functions), by the name of their short-form tag. `Ref`
 * and `Condition` are written without the `Fn::` prefix in the long form.
 */
export const INTRINSIC_FUNCTIONS = [
  'Ref',
  'GetAtt',
  'Sub',
  'Join',
  'If',
  'ImportValue',
  'FindInMap',
  'Select',
  'Split',
  'GetAZs',
  'Base64',
  'Cidr',
  'Length',
  'ToJsonString',
  'Transform',
  'Equals',
  'And',
  'Or',
  'Not',
  'Condition',
] as const;

const SHORT_FORM = new RegExp(`^!(${INTRINSIC_FUNCTIONS.join('|')}) `);

const longKey = (fn: string) => (fn === 'Ref' || fn === 'Condition' ? fn : `Fn::${fn}`);

/** The function a long-form key names (`Fn::Sub` → `Sub`, `Ref` → `Ref`), if it is one. */
function functionOfKey(key: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  const name = key === 'Ref' || key === 'Condition' ? key : key.startsWith('Fn::') ? key.slice(4) : undefined;
  return name !== undefined && (INTRINSIC_FUNCTIONS as readonly string[]).includes(name) ? name : undefined;
}

/**
 * Whether a declaration value is an intrinsic function kept as text. In a declaration read from a template,
 * `!Ref ArtifactBucket`, `!Sub "${AWS::StackName}-pipeline"` or `!If [IsProd, {...}, !Ref AWS::NoValue]` stand for
 * what CloudFormation computes at deploy time: the short-form YAML, argument in flow style.
 */
export function isIntrinsic(value: unknown): value is string {
  return typeof value === 'string' && SHORT_FORM.test(value);
}

interface Call {
  fn: string;
  /** The tagged node itself for the short form (its content is the argument), else the long form's value. */
  argument: unknown;
  short: boolean;
}

type Resolve = (node: unknown) => unknown;

/** The intrinsic function a YAML node calls, in either form (`!Sub x` or `Fn::Sub: x`). */
export function intrinsicCall(node: unknown, resolve: Resolve = (n) => n): Call | undefined {
  const target = resolve(node) as YamlNode | null | undefined;
  if (target === null || target === undefined) return undefined;
  const tag = (target as { tag?: string }).tag;
  if (typeof tag === 'string' && tag.startsWith('!') && !tag.startsWith('!!')) {
    const fn = tag.slice(1);
    if ((INTRINSIC_FUNCTIONS as readonly string[]).includes(fn)) return { fn, argument: target, short: true };
  }
  return longFormCall(target);
}

/** `Fn::Sub: x` (a mapping with one function key), whatever the mapping's own tag. */
function longFormCall(node: unknown): Call | undefined {
  if (!isMap(node) || node.items.length !== 1) return undefined;
  const pair = node.items[0]!;
  const fn = functionOfKey(isScalar(pair.key) ? pair.key.value : pair.key);
  return fn === undefined ? undefined : { fn, argument: pair.value, short: false };
}

const YAML11_KEYWORDS = /^(y|yes|n|no|true|false|on|off|null|~)$/i;

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  if (/^[A-Za-z_][A-Za-z0-9_./:-]*$/.test(text) && !text.endsWith(':') && !YAML11_KEYWORDS.test(text)) return text;
  return JSON.stringify(text);
}

/** A node in flow style, intrinsics in short form. */
function valueText(node: unknown, resolve: Resolve): string {
  const call = intrinsicCall(node, resolve);
  return call === undefined ? contentText(node, resolve) : callText(call, resolve);
}

/** A node in flow style, ignoring its own tag. */
function contentText(node: unknown, resolve: Resolve): string {
  const target = resolve(node);
  if (isSeq(target)) return `[${target.items.map((item) => valueText(item, resolve)).join(', ')}]`;
  if (isMap(target)) {
    const pairs = target.items.map(
      (pair) => `${scalarText(isScalar(pair.key) ? pair.key.value : pair.key)}: ${valueText(pair.value, resolve)}`,
    );
    return `{${pairs.join(', ')}}`;
  }
  return scalarText(isScalar(target) ? target.value : target);
}

function argumentText(call: Call, resolve: Resolve): string {
  const argument = resolve(call.argument);
  // A tagged node's content can still be a long-form call (`!ImportValue {"Fn::Sub": ...}`), never another tag.
  const nested = call.short ? longFormCall(argument) : intrinsicCall(argument, resolve);
  // YAML gives a node one tag: a call whose argument is a call writes the inner one in long form.
  if (nested !== undefined) return `{${JSON.stringify(longKey(nested.fn))}: ${argumentText(nested, resolve)}}`;
  return contentText(call.argument, resolve);
}

function callText(call: Call, resolve: Resolve): string {
  const argument = resolve(call.argument);
  // `!GetAtt [Role, Arn]` and `!GetAtt Role.Arn` are one call: the dotted form is the canonical text.
  if (call.fn === 'GetAtt' && isSeq(argument) && argument.items.length === 2) {
    const parts = argument.items.map((item) => resolve(item));
    if (parts.every((p) => isScalar(p) && typeof p.value === 'string')) {
      return `!GetAtt ${scalarText(parts.map((p) => (p as { value: string }).value).join('.'))}`;
    }
  }
  return `!${call.fn} ${argumentText(call, resolve)}`;
}

/** The text a node holding an intrinsic function has in a declaration (see `isIntrinsic`). */
export function intrinsicText(node: unknown, resolve: Resolve = (n) => n): string | undefined {
  const call = intrinsicCall(node, resolve);
  return call === undefined ? undefined : callText(call, resolve);
}

/** The JSON (long-form) value of an intrinsic's text: `!Ref X` → `{"Ref": "X"}`, for JSON templates. */
export function intrinsicToJson(text: string): unknown {
  const doc = parseDocument(text, { version: '1.1' });
  const toJson = (node: unknown): unknown => {
    const call = intrinsicCall(node);
    if (call !== undefined) {
      const argument = call.short ? untagged(node) : toJson(call.argument);
      if (call.fn === 'GetAtt' && typeof argument === 'string') return { 'Fn::GetAtt': argument.split('.', 2) };
      return { [longKey(call.fn)]: argument };
    }
    return untagged(node);
  };
  const untagged = (node: unknown): unknown => {
    if (isAlias(node)) return null;
    if (isSeq(node)) return node.items.map(toJson);
    if (isMap(node)) {
      return Object.fromEntries(
        node.items.map((p) => [String(isScalar(p.key) ? p.key.value : p.key), toJson(p.value)]),
      );
    }
    return isScalar(node) ? node.value : null;
  };
  return toJson(doc.contents);
}
