import { CliError, EXIT, paramError, usageError, validationError } from './errors';
import { PRIMITIVES, inputShape, kebab, shapeOf, type CliService, type CliShapeRef } from './model';
import { parseShorthand, ShorthandSyntaxError, type ShorthandValue } from './shorthand';

/**
 * Turns `--pipeline-name demo --variables name=a,value=b` into the operation's input, the way the AWS CLI does:
 * each input member is a `--kebab-case` option whose value is read by the member's type (scalars, lists of
 * words, shorthand, JSON, `file://`), then the input is checked against the model as botocore checks it.
 */

/** Reads a `file://` parameter's file (relative to the working directory); undefined when there is none. */
export type ReadParamFile = (path: string) => string | undefined;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function loadParamFile(param: string, value: string, read: ReadParamFile): string {
  const match = /^fileb?:\/\/(.*)$/s.exec(value);
  if (!match) return value;
  const path = match[1] as string;
  const text = read(path);
  if (text === undefined)
    throw new CliError(
      `Error parsing parameter '${param}': Unable to load paramfile ${value}: [Errno 2] No such file or directory: '${path}'`,
      EXIT.usage,
    );
  return text;
}

function parseJson(param: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw paramError(param, `Invalid JSON: ${(error as Error).message}\nJSON received: ${text}`);
  }
}

function number(param: string, text: string): number {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n))
    throw paramError(param, `invalid literal for int() with base 10: '${text}'`);
  return n;
}

function shorthand(param: string, text: string): Record<string, ShorthandValue> {
  try {
    return parseShorthand(text);
  } catch (error) {
    if (error instanceof ShorthandSyntaxError) throw paramError(param, error.message);
    throw error;
  }
}

const looksLikeJson = (text: string) => /^\s*[[{]/.test(text);

/** Shorthand gives only strings; the model says which are numbers, booleans or lists. */
function coerce(service: CliService, ref: CliShapeRef, value: unknown, param: string): unknown {
  if (ref === 'number' && typeof value === 'string') return number(param, value);
  if (ref === 'boolean' && typeof value === 'string') return value.toLowerCase() === 'true';
  const shape = shapeOf(service, ref);
  if (!shape) return value;
  if (shape.type === 'list') {
    const items = Array.isArray(value) ? value : [value];
    return items.map((v) => coerce(service, shape.member, v, param));
  }
  if (shape.type === 'map' && isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, coerce(service, shape.value, v, param)]));
  if (shape.type === 'structure' && isRecord(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, shape.members[k] ? coerce(service, shape.members[k], v, param) : v]),
    );
  return value;
}

/** The value of one `--param` from the words after it. */
function readValue(
  service: CliService,
  ref: CliShapeRef,
  param: string,
  words: string[],
  read: ReadParamFile,
): unknown {
  const texts = words.map((w) => loadParamFile(param, w, read));
  if (PRIMITIVES.has(ref)) {
    const text = texts[0] as string;
    if (ref === 'number') return number(param, text);
    if (ref === 'boolean') return text.toLowerCase() === 'true';
    if (ref === 'document') return looksLikeJson(text) ? parseJson(param, text) : text;
    return text;
  }
  const shape = shapeOf(service, ref);
  if (!shape) return texts[0];
  if (shape.type === 'list') {
    if (texts.length === 1 && looksLikeJson(texts[0] as string) && (texts[0] as string).trim().startsWith('['))
      return parseJson(param, texts[0] as string);
    const memberShape = shapeOf(service, shape.member);
    return texts.map((t) => {
      if (!memberShape || PRIMITIVES.has(shape.member)) return coerce(service, shape.member, t, param);
      if (looksLikeJson(t)) return parseJson(param, t);
      return coerce(service, shape.member, shorthand(param, t), param);
    });
  }
  const text = texts[0] as string;
  if (looksLikeJson(text)) return parseJson(param, text);
  return coerce(service, ref, shorthand(param, text), param);
}

/** botocore's validation of an input against the model: required members, unknown members, types. */
export function validateInput(service: CliService, operation: string, input: Record<string, unknown>): void {
  const problems: string[] = [];
  const check = (ref: CliShapeRef, value: unknown, path: string) => {
    if (value === null || value === undefined) return;
    if (ref === 'string' && typeof value !== 'string')
      problems.push(
        `Invalid type for parameter ${path}, value: ${JSON.stringify(value)}, type: ${pyType(value)}, valid types: <class 'str'>`,
      );
    if (ref === 'number' && typeof value !== 'number')
      problems.push(
        `Invalid type for parameter ${path}, value: ${JSON.stringify(value)}, type: ${pyType(value)}, valid types: <class 'int'>`,
      );
    if (ref === 'boolean' && typeof value !== 'boolean')
      problems.push(
        `Invalid type for parameter ${path}, value: ${JSON.stringify(value)}, type: ${pyType(value)}, valid types: <class 'bool'>`,
      );
    const shape = shapeOf(service, ref);
    if (!shape) return;
    if (shape.type === 'list') {
      if (!Array.isArray(value)) {
        problems.push(
          `Invalid type for parameter ${path}, value: ${JSON.stringify(value)}, type: ${pyType(value)}, valid types: <class 'list'>, <class 'tuple'>`,
        );
        return;
      }
      value.forEach((v, i) => check(shape.member, v, `${path}[${i}]`));
      return;
    }
    if (!isRecord(value)) {
      problems.push(
        `Invalid type for parameter ${path}, value: ${JSON.stringify(value)}, type: ${pyType(value)}, valid types: <class 'dict'>`,
      );
      return;
    }
    if (shape.type === 'map') {
      for (const [k, v] of Object.entries(value)) check(shape.value, v, `${path}.${k}`);
      return;
    }
    const where = path === '' ? 'input' : path;
    for (const name of shape.required)
      if (value[name] === undefined) problems.push(`Missing required parameter in ${where}: "${name}"`);
    for (const [k, v] of Object.entries(value)) {
      const member = shape.members[k];
      if (member === undefined)
        problems.push(
          `Unknown parameter in ${where}: "${k}", must be one of: ${Object.keys(shape.members).join(', ')}`,
        );
      else check(member, v, path === '' ? k : `${path}.${k}`);
    }
  };
  const op = service.operations[operation];
  if (op) check(op.input, input, '');
  if (problems.length > 0) throw validationError(problems);
}

function pyType(value: unknown): string {
  if (typeof value === 'string') return "<class 'str'>";
  if (typeof value === 'number') return Number.isInteger(value) ? "<class 'int'>" : "<class 'float'>";
  if (typeof value === 'boolean') return "<class 'bool'>";
  if (Array.isArray(value)) return "<class 'list'>";
  return "<class 'dict'>";
}

export interface OperationArgs {
  input: Record<string, unknown>;
  /** `--cli-input-json` was given: required members are checked against the merged input, not the command line. */
  fromInputJson: boolean;
  /** `--generate-cli-skeleton [input|output]`. */
  skeleton?: string;
}

/** Parses the words after `aws <service> <operation>` (global options already taken out). */
export function parseOperationArgs(
  service: CliService,
  operation: string,
  words: readonly string[],
  read: ReadParamFile,
): OperationArgs {
  const shape = inputShape(service, operation);
  const members = shape?.members ?? {};
  const byOption = new Map(Object.keys(members).map((m) => [kebab(m), m]));
  const input: Record<string, unknown> = {};
  const unknown: string[] = [];
  let inputJson: Record<string, unknown> | undefined;
  let skeleton: string | undefined;

  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!word.startsWith('--')) {
      unknown.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const option = (eq < 0 ? word : word.slice(0, eq)).slice(2);
    const values: string[] = [];
    if (eq >= 0) values.push(word.slice(eq + 1));
    else while (i + 1 < words.length && !(words[i + 1] as string).startsWith('--')) values.push(words[++i] as string);

    if (option === 'cli-input-json') {
      if (values.length === 0) throw usageError('argument --cli-input-json: expected one argument');
      const parsed = parseJson('--cli-input-json', loadParamFile('--cli-input-json', values[0] as string, read));
      if (!isRecord(parsed)) throw paramError('--cli-input-json', 'Invalid JSON received.');
      inputJson = parsed;
      unknown.push(...values.slice(1));
      continue;
    }
    if (option === 'generate-cli-skeleton') {
      skeleton = values[0] ?? 'input';
      if (skeleton !== 'input' && skeleton !== 'output')
        throw usageError(
          `argument --generate-cli-skeleton: invalid choice: '${skeleton}' (choose from 'input', 'output')`,
        );
      continue;
    }
    const negated = option.startsWith('no-') ? byOption.get(option.slice(3)) : undefined;
    if (negated && members[negated] === 'boolean' && values.length === 0) {
      input[negated] = false;
      continue;
    }
    const member = byOption.get(option);
    if (!member) {
      unknown.push(`--${option}`, ...values);
      continue;
    }
    const ref = members[member] as CliShapeRef;
    if (ref === 'boolean' && values.length === 0) {
      input[member] = true;
      continue;
    }
    const isList = shapeOf(service, ref)?.type === 'list';
    if (values.length === 0)
      throw usageError(`argument --${option}: expected ${isList ? 'at least one argument' : 'one argument'}`);
    if (!isList && values.length > 1) unknown.push(...values.slice(1));
    input[member] = readValue(service, ref, `--${option}`, isList ? values : values.slice(0, 1), read);
  }

  // argparse reports missing required arguments before the CLI looks at the unknown ones.
  if (!inputJson && !skeleton) {
    const missing = (shape?.required ?? []).filter((m) => input[m] === undefined);
    if (missing.length > 0)
      throw usageError(`the following arguments are required: ${missing.map((m) => `--${kebab(m)}`).join(', ')}`);
  }
  if (unknown.length > 0) throw new CliError(`Unknown options: ${unknown.join(', ')}`, EXIT.usage, true);
  if (skeleton) return { input, fromInputJson: false, skeleton };
  const merged = { ...inputJson, ...input };
  validateInput(service, operation, merged);
  return { input: merged, fromInputJson: inputJson !== undefined };
}

/** What `--generate-cli-skeleton` prints: every member with a placeholder of its type. */
export function skeletonOf(service: CliService, ref: CliShapeRef, seen: ReadonlySet<string> = new Set()): JsonValue {
  if (ref === 'string' || ref === 'blob') return '';
  if (ref === 'number') return 0;
  if (ref === 'boolean') return true;
  if (ref === 'timestamp') return '1970-01-01T00:00:00';
  if (ref === 'document') return {};
  const shape = shapeOf(service, ref);
  if (!shape || seen.has(ref)) return {};
  const inner = new Set([...seen, ref]);
  if (shape.type === 'list') return [skeletonOf(service, shape.member, inner)];
  if (shape.type === 'map') return { KeyName: skeletonOf(service, shape.value, inner) };
  return Object.fromEntries(Object.entries(shape.members).map(([k, v]) => [k, skeletonOf(service, v, inner)]));
}
