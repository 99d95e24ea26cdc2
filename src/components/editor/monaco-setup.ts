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
import 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { configureMonacoYaml, type SchemasSettings } from 'monaco-yaml';
import { buildspecJsonSchema } from '../../engine/specs';
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

const buildspecModels = new Map<string, '0.1' | '0.2'>();
let schemasKey = '[]';

/** Points monaco-yaml at the right buildspec schema for a model, or (version undefined) forgets the model. */
export function setBuildspecSchema(modelUri: string, version: '0.1' | '0.2' | undefined) {
  if (version) buildspecModels.set(modelUri, version);
  else buildspecModels.delete(modelUri);
  const schemas: SchemasSettings[] = (['0.2', '0.1'] as const)
    .map((v) => ({
      uri: `https://cicd-lab.local/schemas/buildspec-${v}.json`,
      fileMatch: [...buildspecModels].filter(([, mv]) => mv === v).map(([uri]) => uri),
      schema: buildspecJsonSchema(v) as SchemasSettings['schema'],
    }))
    .filter((s) => s.fileMatch.length > 0);
  const key = JSON.stringify(schemas.map((s) => s.fileMatch));
  if (key === schemasKey) return;
  schemasKey = key;
  void monacoYaml.update({ schemas });
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
