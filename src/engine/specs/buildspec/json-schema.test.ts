import { describe, expect, it } from 'vitest';
import { buildspecJsonSchema } from './json-schema';
import type { JsonSchema } from './json-schema';
import { BUILDSPEC_02, buildspecKeyDoc } from './keys';

type Schema = JsonSchema & {
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | false;
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  required?: string[];
};

/** Every key of the schema (fixed or user-named) with its path. */
function keys(schema: Schema, path = ''): { path: string; schema: Schema }[] {
  const out: { path: string; schema: Schema }[] = [];
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    out.push({ path: `${path}/${name}`, schema: child }, ...keys(child, `${path}/${name}`));
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    out.push(
      { path: `${path}/*`, schema: schema.additionalProperties },
      ...keys(schema.additionalProperties, `${path}/*`),
    );
  }
  if (schema.items) out.push(...keys(schema.items, `${path}[]`));
  return out;
}

describe('buildspecJsonSchema', () => {
  const schema = buildspecJsonSchema('0.2') as Schema;

  it('is a draft-07 object schema that requires version', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['version']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('documents every key, in plain text and Markdown', () => {
    const all = [...keys(schema), ...keys(buildspecJsonSchema('0.1') as Schema)];
    expect(all.length).toBeGreaterThan(100);
    for (const { path, schema: key } of all) {
      expect(typeof key.description, path).toBe('string');
      expect((key.description as string).length, path).toBeGreaterThan(10);
      expect(typeof key.markdownDescription, path).toBe('string');
      expect(key.description as string, path).not.toContain('`');
    }
  });

  it('has every key of the facts list', () => {
    const paths = new Set(keys(schema).map((k) => k.path));
    for (const path of [
      '/version',
      '/run-as',
      '/env/shell',
      '/env/variables',
      '/env/parameter-store',
      '/env/secrets-manager',
      '/env/exported-variables',
      '/env/git-credential-helper',
      '/proxy/upload-artifacts',
      '/proxy/logs',
      '/batch/fast-fail',
      '/batch/build-list',
      '/batch/build-graph',
      '/batch/build-matrix',
      '/batch/build-fanout',
      '/phases/install/runtime-versions',
      '/phases/build/on-failure',
      '/phases/build/finally',
      '/phases/post_build/run-as',
      '/reports/*/file-format',
      '/artifacts/exclude-paths',
      '/artifacts/enable-symlinks',
      '/artifacts/s3-prefix',
      '/artifacts/secondary-artifacts/*/files',
      '/cache/key',
      '/cache/fallback-keys',
      '/cache/action',
    ]) {
      expect(paths.has(path), path).toBe(true);
    }
    expect(paths.has('/phases/build/runtime-versions')).toBe(false);
  });

  it('offers the enumerated values for completion', () => {
    const env = schema.properties!.env!.properties!;
    expect(env.shell!.enum).toEqual(['bash', '/bin/sh', 'powershell.exe', 'cmd.exe']);
    expect(env['git-credential-helper']!.anyOf![0]!.enum).toEqual(['yes', 'no']);
    const format = schema.properties!.reports!.additionalProperties as Schema;
    expect(format.properties!['file-format']!.anyOf![0]!.enum).toContain('COBERTURAXML');
    expect(format.properties!['file-format']!.anyOf![1]!.pattern).toMatch(/\[Jj\]\[Uu\]/);
    const onFailure = schema.properties!.phases!.properties!.build!.properties!['on-failure']!;
    expect(onFailure.anyOf![0]!.enum).toEqual(['ABORT', 'CONTINUE', 'RETRY']);
    expect(schema.properties!.cache!.properties!.action!.enum).toEqual(['restore', 'save']);
  });

  it('describes version 0.1 with its own keys', () => {
    const legacy = buildspecJsonSchema('0.1') as Schema;
    expect(Object.keys(legacy.properties!)).toEqual(['version', 'environment_variables', 'phases', 'artifacts']);
    expect(legacy.properties!.environment_variables!.properties!.plaintext).toBeDefined();
  });

  it('shares its documentation with the validator key table', () => {
    const doc = buildspecKeyDoc(['phases', 'build', 'on-failure']);
    expect(doc).toContain('RETRY-<count>-<regex>');
    expect(schema.properties!.phases!.properties!.build!.properties!['on-failure']!.markdownDescription).toBe(doc);
    expect(Object.keys(schema.properties!)).toEqual(Object.keys(BUILDSPEC_02.fields));
  });
});
