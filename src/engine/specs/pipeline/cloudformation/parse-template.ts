import { isMap, isScalar, isSeq } from 'yaml';
import { diagnostic, sortDiagnostics, type Diagnostic, type SourceRange } from '../../diagnostics';
import { closest } from '../../suggest';
import { loadYaml, type YamlFile } from '../../yaml/load-yaml';
import {
  isIntrinsicNode,
  plainValue,
  type LocatedNode,
  type LocatedObject,
  type LocatedProperty,
  type LocatedScalar,
} from '../located';
import { PipelineChecker, type ParsePipelineOptions } from '../parse-pipeline';
import type { PipelineDeclaration } from '../types';
import { INTRINSIC_FUNCTIONS, intrinsicText } from './intrinsics';
import { apiName, ARTIFACT_STORE, PIPELINE, propertyName, TEMPLATE_ONLY_PROPERTIES, type Shape } from './schema';

export const PIPELINE_RESOURCE_TYPE = 'AWS::CodePipeline::Pipeline';

export interface ParseCloudFormationOptions extends ParsePipelineOptions {
  /** Check only this resource (the others are still listed, unchecked). */
  logicalId?: string;
}

/** One `AWS::CodePipeline::Pipeline` resource of a template. */
export interface CloudFormationPipeline {
  logicalId: string;
  /**
   * The resource's properties as a pipeline declaration (API names). Intrinsic functions are kept as their
   * short-form text (`"!Ref ArtifactBucket"`, see `isIntrinsic`); a pipeline without `Name` has no `name`.
   */
  declaration: PipelineDeclaration;
  /** `RestartExecutionOnUpdate`, `DisableInboundStageTransitions` and `Tags`, with API-style names. */
  templateProperties: Record<string, unknown>;
  /** Where the resource is written. */
  range: SourceRange;
  /** Absent when the resource was not checked (another `logicalId` was asked for). */
  diagnostics?: Diagnostic[];
}

export interface CloudFormationParseResult {
  pipelines: CloudFormationPipeline[];
  /** The template's findings and those of every checked pipeline, by position. */
  diagnostics: Diagnostic[];
}

const SHORT_TAG_WARNING = new RegExp(`^YAML: Unresolved tag: !(${INTRINSIC_FUNCTIONS.join('|')})\\b`);

const SHAPE_NAMES: Record<Shape['kind'], string> = {
  string: 'String',
  integer: 'Integer',
  boolean: 'Boolean',
  json: 'Json',
  list: 'List',
  object: 'an object',
  storeMap: 'List',
};

/** Reads YAML nodes of a template into the located declaration the pipeline checker walks. */
export class TemplateReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly file: YamlFile) {}

  resolve = (node: unknown): unknown => this.file.resolve(node);

  /** Where the last node with a position was: the place of an empty key or value that has none. */
  private near: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

  range(node: unknown): SourceRange {
    if ((node as { range?: unknown } | null)?.range == null) return this.near;
    this.near = this.file.rangeOf(node as Parameters<YamlFile['rangeOf']>[0]);
    return this.near;
  }

  error(node: unknown, code: string, message: string): void {
    this.diagnostics.push(diagnostic(this.range(node), 'error', code, message));
  }

  wrongType(node: unknown, name: string, shape: Shape): void {
    const type = SHAPE_NAMES[shape.kind];
    this.error(
      node,
      'wrong-type',
      `Value of property ${name} must be ${type.startsWith('an ') ? type : `of type ${type}`}; CloudFormation refuses the template.`,
    );
  }

  /** Any node, keys as written: for values the schema does not describe or that have the wrong type. */
  generic(node: unknown): LocatedNode {
    const target = this.resolve(node);
    const range = this.range(target ?? node);
    const text = intrinsicText(target, this.resolve);
    if (text !== undefined) return { type: 'string', range, value: text, intrinsic: true };
    if (isMap(target)) {
      return {
        type: 'object',
        range,
        properties: target.items.map((pair) => ({
          key: String(isScalar(pair.key) ? pair.key.value : pair.key),
          keyRange: this.range(pair.key),
          value: this.generic(pair.value),
        })),
      };
    }
    if (isSeq(target)) return { type: 'array', range, items: target.items.map((item) => this.generic(item)) };
    return this.scalar(target, range);
  }

  scalar(node: unknown, range: SourceRange): LocatedScalar {
    const value = isScalar(node) ? node.value : null;
    if (value === null || value === undefined) return { type: 'null', range, value: null };
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return { type: typeof value as 'string' | 'number' | 'boolean', range, value };
    }
    // YAML 1.1 reads `2024-01-01` as a timestamp; CloudFormation sees the text.
    return { type: 'string', range, value: String((node as { source?: string }).source ?? value) };
  }

  /** A node read as `shape`; scalars become what CloudFormation makes of them (`Version: 1` is the string "1"). */
  read(node: unknown, shape: Shape, name: string): LocatedNode {
    const target = this.resolve(node);
    const located = this.generic(node);
    if (located.type === 'string' && located.intrinsic) return located;
    switch (shape.kind) {
      case 'string':
        if (located.type === 'number' || located.type === 'boolean')
          return { ...located, type: 'string', value: String(located.value) };
        if (located.type !== 'string') this.wrongType(target, name, shape);
        return located;
      case 'integer':
        // The checker says what a runOrder may be; a numeric string is a number to CloudFormation.
        if (located.type === 'string' && /^\s*-?\d+\s*$/.test(located.value as string)) {
          return { ...located, type: 'number', value: Number(located.value) };
        }
        return located;
      case 'boolean':
        if (located.type === 'string' && /^(true|false)$/i.test(located.value as string)) {
          return { ...located, type: 'boolean', value: (located.value as string).toLowerCase() === 'true' };
        }
        if (located.type !== 'boolean') this.wrongType(target, name, shape);
        return located;
      case 'json':
        if (located.type !== 'object') {
          this.wrongType(target, name, shape);
          return located;
        }
        return {
          ...located,
          properties: located.properties.map((p) =>
            p.value.type === 'number' || p.value.type === 'boolean'
              ? { ...p, value: { ...p.value, type: 'string', value: String(p.value.value) } }
              : p,
          ),
        };
      case 'list':
        if (!isSeq(target)) {
          this.wrongType(target, name, shape);
          return located;
        }
        return {
          type: 'array',
          range: located.range,
          items: target.items.map((item) => this.read(item, shape.items, name)),
        };
      case 'object':
        if (!isMap(target)) {
          this.wrongType(target, name, shape);
          return located;
        }
        return this.object(target, shape);
      case 'storeMap':
        if (!isSeq(target)) {
          this.wrongType(target, name, shape);
          return located;
        }
        return this.storeMap(target, located.range);
    }
  }

  object(map: unknown, shape: Extract<Shape, { kind: 'object' }>): LocatedObject {
    const target = this.resolve(map);
    const properties: LocatedProperty[] = [];
    const seen = new Set<string>();
    for (const pair of isMap(target) ? target.items : []) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      seen.add(key);
      const field = shape.fields[key];
      if (field === undefined) {
        const suggestion = closest(key, Object.keys(shape.fields));
        this.error(
          pair.key,
          'unsupported-property',
          `Encountered unsupported property ${key}: ${shape.name} has no such property${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
        );
        continue;
      }
      properties.push({ key: apiName(key), keyRange: this.range(pair.key), value: this.read(pair.value, field, key) });
    }
    for (const key of shape.required ?? []) {
      if (!seen.has(key))
        this.error(target, 'missing-field', `Property ${key} cannot be empty: ${shape.name} requires it.`);
    }
    return { type: 'object', range: this.range(target), properties };
  }

  /** `[{Region, ArtifactStore}]` → `{<Region>: <store>}`, each key at its Region. */
  storeMap(list: unknown, range: SourceRange): LocatedObject {
    const properties: LocatedProperty[] = [];
    const target = this.resolve(list);
    for (const item of isSeq(target) ? target.items : []) {
      const map = this.resolve(item);
      if (!isMap(map)) {
        this.wrongType(item, 'ArtifactStores', { kind: 'object', name: 'ArtifactStoreMap', fields: {} });
        continue;
      }
      let region: LocatedNode | undefined;
      let store: LocatedNode | undefined;
      for (const pair of map.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        if (key === 'Region') region = this.read(pair.value, { kind: 'string' }, key);
        else if (key === 'ArtifactStore') store = this.read(pair.value, ARTIFACT_STORE, key);
        else
          this.error(
            pair.key,
            'unsupported-property',
            `Encountered unsupported property ${key}: an ArtifactStores item has only Region and ArtifactStore.`,
          );
      }
      if (region === undefined || store === undefined) {
        this.error(
          map,
          'missing-field',
          `Property ${region === undefined ? 'Region' : 'ArtifactStore'} cannot be empty: each ArtifactStores item needs a Region and an ArtifactStore.`,
        );
        continue;
      }
      properties.push({ key: String(plainValue(region)), keyRange: region.range, value: store });
    }
    return { type: 'object', range, properties };
  }
}

/** Spaces inserted into a template so the YAML parser reads it as CloudFormation does: `[offset, count]`. */
export type Indentation = [number, number][];

/**
 * Reads a template. CloudFormation (like PyYAML) accepts a multi-line quoted value whose last line is indented
 * less than YAML 1.2 allows (`PolicyDocument: '{` ... `}'` back at the key's column, as AWS samples write it);
 * the `yaml` library refuses it. Such lines are indented to match the line before, which changes no value
 * (a quoted scalar's line breaks fold and the indentation is dropped), and the insertions are returned so
 * offsets can be mapped back to the text as written.
 */
export function readTemplate(text: string): { file: YamlFile; inserted: Indentation } {
  const inserted: Indentation = [];
  let current = text;
  for (let attempt = 0; attempt < 20; attempt++) {
    const file = loadYaml(current);
    const quote = file.doc?.errors.find((e) => e.code === 'MISSING_CHAR' && /closing ['"]quote/.test(e.message));
    if (quote === undefined) return { file, inserted: attempt === 0 ? [] : inserted };
    const lineStart = current.lastIndexOf('\n', quote.pos[0] - 1) + 1;
    const next = current.indexOf('\n', quote.pos[0]) + 1;
    const indent = (at: number) => /^ */.exec(current.slice(at))![0].length;
    const missing = indent(lineStart) - indent(next);
    if (next === 0 || missing <= 0) return { file: loadYaml(text), inserted: [] };
    current = `${current.slice(0, next)}${' '.repeat(missing)}${current.slice(next)}`;
    inserted.push([next, missing]);
  }
  return { file: loadYaml(text), inserted: [] };
}

/**
 * `DisableInboundStageTransitions` names stages of this pipeline: CloudFormation disables each after creating it,
 * and CodePipeline refuses a stage it cannot find.
 */
function checkTransitions(all: LocatedObject, declaration: LocatedObject): Diagnostic[] {
  const transitions = all.properties.find((p) => p.key === 'disableInboundStageTransitions')?.value;
  const stages = declaration.properties.find((p) => p.key === 'stages')?.value;
  if (transitions?.type !== 'array' || stages?.type !== 'array') return [];
  const names = stages.items.map((stage) => {
    const name = stage.type === 'object' ? stage.properties.find((p) => p.key === 'name')?.value : undefined;
    return name === undefined || isIntrinsicNode(name) ? undefined : String(plainValue(name));
  });
  if (names.includes(undefined) || stages.items.some((stage) => isIntrinsicNode(stage))) return [];
  const found: Diagnostic[] = [];
  for (const transition of transitions.items) {
    const stage =
      transition.type === 'object' ? transition.properties.find((p) => p.key === 'stageName')?.value : undefined;
    if (stage === undefined || isIntrinsicNode(stage)) continue;
    const name = String(plainValue(stage));
    if (!names.includes(name)) {
      const suggestion = closest(name, names as string[]);
      found.push(
        diagnostic(
          stage.range,
          'error',
          'unknown-stage',
          `StageNotFoundException: DisableInboundStageTransitions names stage "${name}", which the pipeline does not have.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        ),
      );
    }
  }
  return found;
}

/** Drops the same finding reported twice (the template reader and the pipeline checker both see a wrong type). */
function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}:${d.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Finds every `AWS::CodePipeline::Pipeline` resource of a CloudFormation template (YAML or JSON) and checks its
 * properties with CreatePipeline's rules and CloudFormation's own (unknown properties, wrong types), each finding
 * at its line in the template. Intrinsic functions are kept, never reported where a concrete value is needed.
 */
export function parseCloudFormationPipelines(
  text: string,
  options: ParseCloudFormationOptions = {},
): CloudFormationParseResult {
  const { file } = readTemplate(text);
  const diagnostics = file.diagnostics.filter((d) => !(d.code === 'yaml-warning' && SHORT_TAG_WARNING.test(d.message)));
  const syntax = diagnostics.find((d) => d.severity === 'error');
  // CloudFormation stops at the first error in a template it cannot read; the ones after it are its echoes.
  if (syntax !== undefined) {
    const unrendered = /\{%|\{\{/.test(text)
      ? ' The file holds template tags (`{% ... %}`, `{{ ... }}`, as Jinja and cookiecutter write them): render it first (for `sam pipeline init`, by answering its questions); CloudFormation reads the result.'
      : '';
    return { pipelines: [], diagnostics: [{ ...syntax, message: `${syntax.message}${unrendered}` }] };
  }
  const pipelines: CloudFormationPipeline[] = [];
  const doc = file.doc;
  const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (doc === undefined) return { pipelines, diagnostics: sortDiagnostics(diagnostics) };
  const root = file.resolve(doc.contents);
  const resources = isMap(root) ? file.resolve(root.get('Resources', true)) : undefined;
  if (!isMap(resources)) {
    diagnostics.push(
      diagnostic(
        isMap(root) ? file.rangeOf(root) : at,
        'error',
        'no-resources',
        'Template format error: the template has no Resources section (a map of logical IDs to resources).',
      ),
    );
    return { pipelines, diagnostics: sortDiagnostics(diagnostics) };
  }
  for (const pair of resources.items) {
    const resource = file.resolve(pair.value);
    if (!isMap(resource)) continue;
    const type = file.resolve(resource.get('Type', true));
    if (!isScalar(type) || type.value !== PIPELINE_RESOURCE_TYPE) continue;
    const logicalId = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const checked = options.logicalId === undefined || options.logicalId === logicalId;
    const reader = new TemplateReader(file);
    const propertiesNode = resource.get('Properties', true);
    const computed = intrinsicText(propertiesNode, reader.resolve);
    const all: LocatedObject =
      propertiesNode === undefined || computed !== undefined
        ? { type: 'object', range: file.rangeOf(resource), properties: [] }
        : reader.object(propertiesNode, PIPELINE);
    const templateOnly = (p: LocatedProperty) =>
      (TEMPLATE_ONLY_PROPERTIES as readonly string[]).includes(propertyName(p.key));
    const properties: LocatedObject = { ...all, properties: all.properties.filter((p) => !templateOnly(p)) };
    const templateProperties = Object.fromEntries(
      all.properties.filter(templateOnly).map((p) => [p.key, plainValue(p.value)]),
    );
    const pipeline: CloudFormationPipeline = {
      logicalId,
      declaration: plainValue(properties) as PipelineDeclaration,
      templateProperties,
      range: file.rangeOf(isScalar(pair.key) ? pair.key : resource),
    };
    if (checked && computed === undefined) {
      const checker = new PipelineChecker({ ...options, dialect: 'cloudformation' });
      checker.check(properties);
      const transitions = checkTransitions(all, properties);
      pipeline.diagnostics = sortDiagnostics(unique([...reader.diagnostics, ...checker.diagnostics, ...transitions]));
      diagnostics.push(...pipeline.diagnostics);
    } else if (checked) pipeline.diagnostics = [];
    pipelines.push(pipeline);
  }
  if (pipelines.length === 0) {
    const types = [
      ...new Set(
        resources.items.map((pair) => {
          const resource = file.resolve(pair.value);
          const type = isMap(resource) ? file.resolve(resource.get('Type', true)) : undefined;
          return isScalar(type) ? String(type.value) : '';
        }),
      ),
    ].filter((t) => t !== '');
    diagnostics.push(
      diagnostic(
        file.rangeOf(resources),
        'info',
        'no-pipeline',
        `The template has no resource of Type ${PIPELINE_RESOURCE_TYPE}, so there is no pipeline to check${types.length > 0 ? ` (its resources: ${types.join(', ')})` : ''}.`,
      ),
    );
  } else if (options.logicalId !== undefined && !pipelines.some((p) => p.logicalId === options.logicalId)) {
    diagnostics.push(
      diagnostic(
        file.rangeOf(resources),
        'error',
        'no-such-pipeline',
        `The template has no ${PIPELINE_RESOURCE_TYPE} resource named ${options.logicalId}; it has ${pipelines.map((p) => p.logicalId).join(', ')}.`,
      ),
    );
  }
  return { pipelines, diagnostics: sortDiagnostics(diagnostics) };
}
