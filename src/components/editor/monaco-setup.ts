/**
 * Monaco, bundled with the app and loaded only when an editor first opens. Importing this module configures
 * everything before the first editor mounts: the local Monaco for @monaco-editor/react (never its CDN), the
 * workers, YAML completion and hovers from the specs module's JSON Schema, and the light and dark themes.
 *
 * The entry is slim: the editor core and its contributions, YAML tokens and the JSON language, nothing else.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/yaml/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { configureMonacoYaml, type SchemasSettings } from 'monaco-yaml';
import { buildspecJsonSchema, combinedAppspecJsonSchema } from '../../engine/specs';
import YamlWorker from './workers/yaml.worker?worker';

export type Monaco = typeof monaco;

function workerFor(label: string): Worker {
  if (label === 'json') return new JsonWorker();
  if (label === 'yaml') return new YamlWorker();
  return new EditorWorker();
}

self.MonacoEnvironment = { getWorker: (_workerId: string, label: string) => workerFor(label) };

interface LegacyWebWorkerOptions {
  label?: string;
  createData?: unknown;
  host?: Record<string, (...args: unknown[]) => unknown>;
  keepIdleModels?: boolean;
}

/**
 * monaco-editor 0.56+ wants `createWebWorker({ worker })`, while monaco-yaml 5.5.1 (through
 * monaco-worker-manager) still passes `{ label, moduleId, createData }` and gets a worker that never answers
 * ("Missing requestHandler"). This builds the worker the way Monaco's own languages do: the first message
 * starts the worker manager's bootstrap, the second carries the create data. (monaco-yaml issue 272.)
 */
function createWebWorker(options: LegacyWebWorkerOptions) {
  const worker = workerFor(options.label ?? 'editor');
  worker.postMessage('ignore');
  worker.postMessage(options.createData);
  return monaco.editor.createWebWorker({
    worker,
    host: options.host,
    keepIdleModels: options.keepIdleModels,
  });
}

const monacoForYaml = { ...monaco, editor: { ...monaco.editor, createWebWorker } };

/*
 * Completion and hovers only: the specs module's diagnostics are the markers, so the editor and CodeBuild
 * never disagree (monaco-yaml's own schema validation would be a second, different opinion).
 */
const monacoYaml = configureMonacoYaml(monacoForYaml as unknown as Parameters<typeof configureMonacoYaml>[0], {
  enableSchemaRequest: false,
  validate: false,
  completion: true,
  hover: true,
  hoverSchemaSource: false,
  format: { enable: false },
  yamlVersion: '1.1',
  schemas: [],
});

/** The schemas the editor offers, by the kind of file a model holds. */
const SCHEMAS = {
  'buildspec-0.2': {
    uri: 'https://cicd-lab.local/schemas/buildspec-0.2.json',
    schema: () => buildspecJsonSchema('0.2'),
  },
  'buildspec-0.1': {
    uri: 'https://cicd-lab.local/schemas/buildspec-0.1.json',
    schema: () => buildspecJsonSchema('0.1'),
  },
  appspec: { uri: 'https://cicd-lab.local/schemas/appspec.json', schema: () => combinedAppspecJsonSchema() },
} as const;

export type SchemaId = keyof typeof SCHEMAS;

const yamlModels = new Map<string, SchemaId>();
const jsonModels = new Map<string, SchemaId>();
let schemasKey = '';

function schemasFor(models: Map<string, SchemaId>): SchemasSettings[] {
  return (Object.keys(SCHEMAS) as SchemaId[])
    .map((id) => ({
      uri: SCHEMAS[id].uri,
      fileMatch: [...models].filter(([, mid]) => mid === id).map(([uri]) => uri),
      schema: SCHEMAS[id].schema() as SchemasSettings['schema'],
    }))
    .filter((s) => s.fileMatch.length > 0);
}

/**
 * Points a model at a schema for completion and hovers (monaco-yaml for YAML, Monaco's JSON service for JSON), or
 * (schema undefined) forgets the model. JSON schema validation stays off like YAML's: the specs module's markers
 * are the one opinion; Monaco's JSON service still reports JSON syntax errors.
 */
export function setModelSchema(modelUri: string, language: 'yaml' | 'json', schema: SchemaId | undefined) {
  const models = language === 'yaml' ? yamlModels : jsonModels;
  if (schema) models.set(modelUri, schema);
  else models.delete(modelUri);
  const yamlSchemas = schemasFor(yamlModels);
  const jsonSchemas = schemasFor(jsonModels);
  const key = JSON.stringify([yamlSchemas.map((s) => s.fileMatch), jsonSchemas.map((s) => s.fileMatch)]);
  if (key === schemasKey) return;
  schemasKey = key;
  void monacoYaml.update({ schemas: yamlSchemas });
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemaValidation: 'ignore',
    schemas: jsonSchemas.map((s) => ({ uri: s.uri, fileMatch: s.fileMatch, schema: s.schema })),
  });
}

export const LIGHT_THEME = 'cicdlab-light';
export const DARK_THEME = 'cicdlab-dark';

monaco.editor.defineTheme(LIGHT_THEME, {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#fafafa' },
});
monaco.editor.defineTheme(DARK_THEME, {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#18181b', 'editorGutter.background': '#09090b' },
});

loader.config({ monaco });

export { monaco };
