import { Document, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { PipelineDeclaration } from '../types';
import { intrinsicToJson, isIntrinsic } from './intrinsics';
import { PIPELINE_RESOURCE_TYPE } from './parse-template';
import { apiName, ARTIFACT_STORE, PIPELINE, type Shape } from './schema';

export interface PipelineToCloudFormationOptions {
  /** The resource's logical ID (default `Pipeline`). */
  logicalId?: string;
  /** `restartExecutionOnUpdate`, `disableInboundStageTransitions`, `tags`: what a parsed template kept aside. */
  templateProperties?: Record<string, unknown>;
}

/**
 * A declaration as the value of a CloudFormation property of `shape`: PascalCase names in the template's key
 * order, `artifactStores` as its list of `{Region, ArtifactStore}`. Intrinsic texts stay strings here. Fields
 * CloudFormation has no property for (`version`, fields of newer API versions) are left out: CloudFormation
 * would refuse them.
 */
export function toTemplateValue(value: unknown, shape: Shape): unknown {
  if (isIntrinsic(value) || value === undefined || value === null) return value;
  switch (shape.kind) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [property, fieldShape] of Object.entries(shape.fields)) {
        const field = record[apiName(property)];
        if (field !== undefined) out[property] = toTemplateValue(field, fieldShape);
      }
      return out;
    }
    case 'storeMap':
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.entries(value as Record<string, unknown>).map(([region, store]) => ({
        Region: region,
        ArtifactStore: toTemplateValue(store, ARTIFACT_STORE),
      }));
    case 'list':
      return Array.isArray(value) ? value.map((item) => toTemplateValue(item, shape.items)) : value;
    default:
      return value;
  }
}

/** A YAML node for a template value; intrinsic texts become their tagged nodes (`!Ref Bucket`). */
export function toYamlNode(value: unknown): YamlNode {
  if (isIntrinsic(value)) {
    const node = parseDocument(value, { version: '1.1' }).contents;
    if (node !== null) return node;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(toYamlNode(item));
    return seq;
  }
  if (typeof value === 'object' && value !== null) {
    const map = new YAMLMap();
    for (const [key, item] of Object.entries(value)) map.add({ key: new Scalar(key), value: toYamlNode(item) });
    return map;
  }
  return new Scalar(value ?? null);
}

/** A template value as JSON, intrinsics in their long form (`{"Ref": "Bucket"}`), for JSON templates. */
export function toJsonValue(value: unknown): unknown {
  if (isIntrinsic(value)) return intrinsicToJson(value);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}

/** YAML text of a node, as a document of its own (no trailing newline). */
export function yamlText(node: YamlNode): string {
  return new Document(node, { version: '1.1' }).toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/** The `Properties` of the pipeline resource, as template values. */
export function pipelineProperties(
  declaration: PipelineDeclaration,
  templateProperties: Record<string, unknown> = {},
): Record<string, unknown> {
  return toTemplateValue({ ...declaration, ...templateProperties }, PIPELINE) as Record<string, unknown>;
}

/**
 * A CloudFormation template (YAML) holding the pipeline as one `AWS::CodePipeline::Pipeline` resource, with
 * intrinsic functions in short form. Reading it back with `parseCloudFormationPipelines` gives the same
 * declaration (less the fields CloudFormation has no property for).
 */
export function pipelineToCloudFormation(
  declaration: PipelineDeclaration,
  options: PipelineToCloudFormationOptions = {},
): string {
  const version = new Scalar('2010-09-09');
  version.type = Scalar.QUOTE_SINGLE;
  const resource = new YAMLMap();
  resource.add({ key: new Scalar('Type'), value: new Scalar(PIPELINE_RESOURCE_TYPE) });
  resource.add({
    key: new Scalar('Properties'),
    value: toYamlNode(pipelineProperties(declaration, options.templateProperties)),
  });
  const resources = new YAMLMap();
  resources.add({ key: new Scalar(options.logicalId ?? 'Pipeline'), value: resource });
  const root = new YAMLMap();
  root.add({ key: new Scalar('AWSTemplateFormatVersion'), value: version });
  root.add({ key: new Scalar('Resources'), value: resources });
  return `${yamlText(root)}\n`;
}
