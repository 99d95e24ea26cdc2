import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { JsonSchema } from '../buildspec/json-schema';
import { appspecJsonSchema, combinedAppspecJsonSchema } from './json-schema';
import { APPSPEC_HOOK_EVENTS } from './keys';
import type { AppSpecPlatform } from './types';

type Schema = JsonSchema & {
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
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

const corpus = new URL('../../../../../shared/corpus/', import.meta.url);
const load = (file: string): unknown =>
  parseDocument(readFileSync(new URL(file, corpus), 'utf8'), { version: '1.1' }).toJS();

/** Corpus files CodeDeploy accepts (see corpus.test.ts), by platform. */
const VALID: Record<AppSpecPlatform, string[]> = {
  Server: [
    'appspec-ec2/appspec-assistant-server-template-commented.yml',
    'appspec-ec2/codebuild-samples-calculator.yml',
    'appspec-ec2/codedeploy-agent-all-lifecycle-hooks.yml',
    'appspec-ec2/codedeploy-agent-file-exists-behavior-retain.yaml',
    'appspec-ec2/codedeploy-agent-windows-custom-event.yml',
    'appspec-ec2/codedeploy-samples-chef-solo.yml',
    'appspec-ec2/codedeploy-samples-elb-v2.yml',
    'appspec-ec2/codedeploy-samples-sampleapp-linux.yml',
    'appspec-ec2/codedeploy-samples-sampleapp-windows.yml',
  ],
  Lambda: [
    'appspec-lambda/appspec-assistant-lambda-template-advanced.json',
    'appspec-lambda/appspec-assistant-lambda-template-basic.json',
    'appspec-lambda/appspec-assistant-lambda-template.yml',
  ],
  ECS: [
    'appspec-ecs/appspec-assistant-ecs-template-commented.yml',
    'appspec-ecs/cookiecutter-django-ecs-comments-col0.yaml',
    'appspec-ecs/fargate-workshop-appspec-lowercase-awsvpc.json',
  ],
};

describe('appspecJsonSchema', () => {
  const ajv = new Ajv({ allErrors: true });

  it.each(['Server', 'Lambda', 'ECS'] as const)('accepts the valid %s corpus files', (platform) => {
    const validate = ajv.compile(appspecJsonSchema(platform));
    for (const file of VALID[platform]) {
      expect({ file, valid: validate(load(file)), errors: validate.errors ?? null }).toEqual({
        file,
        valid: true,
        errors: null,
      });
    }
  });

  it('accepts every valid corpus file with the combined schema, and refuses placeholders the checker refuses', () => {
    const validate = ajv.compile(combinedAppspecJsonSchema());
    for (const file of Object.values(VALID).flat()) expect([file, validate(load(file))]).toEqual([file, true]);
    expect(validate(load('appspec-ecs/appspec-assistant-ecs-template-full.yml'))).toBe(false);
    expect(validate(load('appspec-ec2/appspec-assistant-server-template-full.yml'))).toBe(false);
  });

  it('documents every key for hover', () => {
    for (const platform of ['Server', 'Lambda', 'ECS'] as const) {
      for (const { path, schema } of keys(appspecJsonSchema(platform) as Schema)) {
        expect([platform, path, typeof schema.markdownDescription]).toEqual([platform, path, 'string']);
      }
    }
  });

  it('offers the lifecycle events and enums for completion', () => {
    const server = appspecJsonSchema('Server') as Schema;
    expect(Object.keys(server.properties!.hooks!.properties!)).toEqual([...APPSPEC_HOOK_EVENTS.Server]);
    expect(server.properties!.os!.enum).toEqual(['linux', 'windows']);
    expect(server.properties!.file_exists_behavior!.enum).toEqual(['DISALLOW', 'OVERWRITE', 'RETAIN']);
    expect(server.required).toEqual(['version', 'os']);
    const ecs = appspecJsonSchema('ECS') as Schema;
    const hookItem = ecs.properties!.Hooks!.items!;
    expect(Object.keys(hookItem.properties!)).toEqual([...APPSPEC_HOOK_EVENTS.ECS]);
    expect(hookItem.additionalProperties).toBe(false);
    const lambda = appspecJsonSchema('Lambda') as Schema;
    expect(Object.keys(lambda.properties!.Hooks!.items!.properties!)).toEqual([
      'BeforeAllowTraffic',
      'AfterAllowTraffic',
    ]);
    // Lambda and ECS keys match in either case, as the docs write both.
    expect(Object.keys(lambda.patternProperties!)).toContain('^[Hh][Oo][Oo][Kk][Ss]$');
  });
});
