import { buildspecSpec } from './keys';
import type { BuildspecVersion, ScalarSpec, SpecNode } from './keys';

/** A JSON Schema (draft-07) object; loose on purpose, it only travels to the editor. */
export type JsonSchema = { [key: string]: unknown };

/** Markdown → plain text for `description` (editors that do not render Markdown show this one). */
function plain(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1');
}

function docs(doc: string): JsonSchema {
  return { description: plain(doc), markdownDescription: doc };
}

/** Scalars CodeBuild reads as text: YAML numbers and booleans are fine (`GCC_VERSION: 9`). */
const SCALAR_TYPES = ['string', 'number', 'boolean', 'null'];

function scalarSchema(spec: ScalarSpec): JsonSchema {
  const base = docs(spec.doc);
  const enumDocs = spec.enum?.map((v) => spec.enumDocs?.[v] ?? '');
  const withEnumDocs = (schema: JsonSchema): JsonSchema =>
    enumDocs && enumDocs.some((d) => d)
      ? { ...schema, enumDescriptions: enumDocs.map(plain), markdownEnumDescriptions: enumDocs }
      : schema;
  switch (spec.type) {
    case 'yes-no':
      return { ...base, anyOf: [{ type: 'string', enum: ['yes', 'no'] }, { type: 'boolean' }] };
    case 'boolean':
      return { ...base, anyOf: [{ type: 'boolean' }, { type: 'string', enum: ['yes', 'no'] }] };
    case 'integer':
      return { ...base, type: 'integer', ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}) };
    case 'version':
      return { ...base, enum: [0.2, '0.2', 0.1, '0.1'] };
    case 'on-failure':
      return {
        ...base,
        anyOf: [
          withEnumDocs({ type: 'string', enum: spec.enum }),
          { type: 'string', pattern: '^[Rr][Ee][Tt][Rr][Yy]-.+$' },
        ],
      };
    case 'string':
      if (spec.enum) {
        return spec.caseInsensitive
          ? {
              ...base,
              anyOf: [
                withEnumDocs({ type: 'string', enum: spec.enum }),
                { type: 'string', pattern: caseInsensitivePattern(spec.enum) },
              ],
            }
          : withEnumDocs({ ...base, type: 'string', enum: spec.enum });
      }
      return { ...base, type: SCALAR_TYPES };
  }
}

/** JSON Schema patterns have no `i` flag: `abc` → `[Aa][Bb][Cc]`. */
function caseInsensitivePattern(values: readonly string[]): string {
  const one = (value: string) =>
    [...value]
      .map((c) =>
        /[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
      )
      .join('');
  return `^(${values.map(one).join('|')})$`;
}

function toSchema(spec: SpecNode): JsonSchema {
  switch (spec.kind) {
    case 'scalar':
      return scalarSchema(spec);
    case 'list':
      return {
        ...docs(spec.doc),
        type: 'array',
        items: toSchema(spec.items),
        ...(spec.maxItems !== undefined ? { maxItems: spec.maxItems } : {}),
      };
    case 'map':
      return {
        ...docs(spec.doc),
        type: 'object',
        additionalProperties: toSchema(spec.values),
        ...(spec.maxEntries !== undefined ? { maxProperties: spec.maxEntries } : {}),
      };
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [name, field] of Object.entries(spec.fields)) {
        properties[name] = {
          ...toSchema(field.spec),
          ...(field.deprecated ? { deprecationMessage: field.deprecated } : {}),
        };
        if (field.required && !field.softWhen) required.push(name);
      }
      return {
        ...docs(spec.doc),
        type: 'object',
        properties,
        ...(required.length ? { required } : {}),
        additionalProperties: false,
      };
    }
  }
}

/**
 * The JSON Schema (draft-07) of a buildspec version, generated from the same key table as the validator, for
 * monaco-yaml: completion (enums), hover (`markdownDescription` on every key). Use it for completion and hover
 * and show `parseBuildspec` diagnostics as markers, so the editor and the engine report the same problems.
 */
export function buildspecJsonSchema(version: BuildspecVersion): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://cicd-lab.local/schemas/buildspec-${version}.json`,
    title: `CodeBuild buildspec ${version}`,
    ...toSchema(buildspecSpec(version)),
  };
}
