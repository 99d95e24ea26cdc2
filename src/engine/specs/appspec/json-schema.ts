import type { JsonSchema } from '../buildspec/json-schema';
import { appspecSpec } from './keys';
import type { ScalarSpec, SpecNode } from './keys';
import type { AppSpecPlatform } from './types';

/** Markdown → plain text for `description` (editors that do not render Markdown show this one). */
function plain(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1');
}

function docs(doc: string): JsonSchema {
  return { description: plain(doc), markdownDescription: doc };
}

/** JSON Schema patterns have no `i` flag: `Name` → `^[Nn][Aa][Mm][Ee]$`. */
function caseInsensitivePattern(value: string): string {
  return `^${[...value].map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c)).join('')}$`;
}

function scalarSchema(spec: ScalarSpec): JsonSchema {
  const base = docs(spec.doc);
  switch (spec.type) {
    case 'version':
      return { ...base, enum: [0.0, '0.0'] };
    case 'integer':
      // The agent reads `timeout: "10"` as 10, so digit strings are valid too.
      return {
        ...base,
        anyOf: [
          { type: 'integer', minimum: 0 },
          { type: 'string', pattern: '^\\s*\\d+\\s*$' },
        ],
      };
    case 'number':
      return { ...base, type: 'integer', minimum: 1, maximum: 65535 };
    case 'mode':
      return { ...base, anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-7]{1,4}$' }] };
    case 'string': {
      if (!spec.enum) return { ...base, type: ['string', 'number', 'boolean'] };
      const enumDocs = spec.enum.map((v) => spec.enumDocs?.[v] ?? '');
      return {
        ...base,
        type: 'string',
        enum: spec.enum,
        ...(enumDocs.some((d) => d)
          ? { enumDescriptions: enumDocs.map(plain), markdownEnumDescriptions: enumDocs }
          : {}),
      };
    }
  }
}

function toSchema(spec: SpecNode): JsonSchema {
  switch (spec.kind) {
    case 'scalar':
      return scalarSchema(spec);
    case 'list':
      return { ...docs(spec.doc), type: 'array', items: toSchema(spec.items) };
    case 'map': {
      const values = toSchema(spec.values);
      const properties = Object.fromEntries(
        Object.entries(spec.knownKeys ?? {}).map(([key, doc]) => [key, { ...values, ...docs(doc) }]),
      );
      return {
        ...docs(spec.doc),
        type: 'object',
        ...(Object.keys(properties).length ? { properties } : {}),
        additionalProperties: spec.closed ? false : values,
      };
    }
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      const patternProperties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [name, field] of Object.entries(spec.fields)) {
        const schema = toSchema(field.spec);
        properties[name] = schema;
        if (spec.caseInsensitive) patternProperties[caseInsensitivePattern(name)] = schema;
        if (field.required && !spec.caseInsensitive) required.push(name);
      }
      return {
        ...docs(spec.doc),
        type: 'object',
        properties,
        ...(spec.caseInsensitive ? { patternProperties } : {}),
        ...(required.length ? { required } : {}),
        additionalProperties: false,
      };
    }
  }
}

const TITLES: Record<AppSpecPlatform, string> = {
  Server: 'CodeDeploy AppSpec (EC2/On-Premises)',
  Lambda: 'CodeDeploy AppSpec (AWS Lambda)',
  ECS: 'CodeDeploy AppSpec (Amazon ECS)',
};

/**
 * The JSON Schema (draft-07) of one platform's AppSpec, generated from the key table the checker walks: completion
 * (enums, known lifecycle events) and hover (`markdownDescription` on every key). Required keys of Lambda and ECS
 * files are left to the checker, because their names match in any case (`Name` or `name`), which `required`
 * cannot say.
 */
export function appspecJsonSchema(platform: AppSpecPlatform): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://cicd-lab.local/schemas/appspec-${platform.toLowerCase()}.json`,
    title: TITLES[platform],
    ...toSchema(appspecSpec(platform)),
  };
}

/**
 * One schema for any AppSpec file, for editors that do not know the deployment group's platform: a file matches
 * the EC2/On-Premises, Lambda or ECS schema.
 */
export function combinedAppspecJsonSchema(): JsonSchema {
  const branch = (platform: AppSpecPlatform) => {
    const { $schema: _schema, $id: _id, ...rest } = appspecJsonSchema(platform);
    return rest;
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://cicd-lab.local/schemas/appspec.json',
    title: 'CodeDeploy AppSpec',
    description:
      'An AppSpec file: EC2/On-Premises (version, os, files, permissions, hooks) or Lambda and ECS (version, Resources, Hooks).',
    anyOf: [branch('Server'), branch('Lambda'), branch('ECS')],
  };
}
