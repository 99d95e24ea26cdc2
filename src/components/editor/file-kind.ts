/**
 * What kind of file an editor holds, which decides its language, its JSON Schema and which checks run.
 * The name decides first (CodeBuild reads `buildspec.yml`, CodeDeploy `appspec.yml`), then the content.
 */
export type FileKind = 'buildspec' | 'appspec' | 'pipeline-json' | 'yaml' | 'json' | 'plain';

/** Monaco language ids this product registers (the slim Monaco entry has only these). */
export type EditorLanguage = 'yaml' | 'json' | 'plaintext';

const YAML_NAME = /\.ya?ml$/i;
const JSON_NAME = /\.json$/i;

/** Big files are only sniffed at their start: enough to see top-level keys, cheap on 5 MB. */
const SNIFF_CHARS = 64 * 1024;
/** `version:` is a top-level key near the start; past this, 0.2 (CodeBuild's current version) is assumed. */
const VERSION_SNIFF_CHARS = 8 * 1024;

export const baseNameOf = (path: string) => path.split('/').pop() ?? path;

export function detectFileKind(path: string, content = ''): FileKind {
  const name = baseNameOf(path).toLowerCase();
  if (/^buildspec.*\.ya?ml$/.test(name)) return 'buildspec';
  if (/^appspec.*\.(ya?ml|json)$/.test(name)) return 'appspec';
  const yaml = YAML_NAME.test(name);
  const json = JSON_NAME.test(name);
  if (!yaml && !json) return 'plain';
  // Only names that do not decide pay for a look at the content (this runs on every keystroke).
  const head = content.slice(0, SNIFF_CHARS);
  if (json) {
    const pipeline = /pipeline/.test(name) || /"pipeline"\s*:\s*\{/.test(head) || /"stages"\s*:\s*\[/.test(head);
    return pipeline ? 'pipeline-json' : 'json';
  }
  if (/^phases\s*:/m.test(head)) return 'buildspec';
  if (/^(hooks|Hooks)\s*:/m.test(head)) return 'appspec';
  if (/^version\s*:\s*(["']?)0\.0\1\s*(#.*)?$/m.test(head) && /^(Resources|files)\s*:/m.test(head)) return 'appspec';
  return 'yaml';
}

export function languageOf(kind: FileKind, path: string): EditorLanguage {
  if (kind === 'buildspec' || kind === 'yaml') return 'yaml';
  if (kind === 'pipeline-json' || kind === 'json') return 'json';
  if (kind === 'appspec') return JSON_NAME.test(path) ? 'json' : 'yaml';
  return 'plaintext';
}

/** The buildspec version a file declares; CodeBuild's current `0.2` unless it says `0.1`. */
export function buildspecVersionOf(text: string): '0.1' | '0.2' {
  return /^version\s*:\s*(["']?)0\.1\1\s*(#.*)?$/m.test(text.slice(0, VERSION_SNIFF_CHARS)) ? '0.1' : '0.2';
}

/** Human words for a kind, shown beside the editor. */
export const KIND_LABEL: Record<FileKind, string> = {
  buildspec: 'CodeBuild buildspec',
  appspec: 'CodeDeploy AppSpec',
  'pipeline-json': 'CodePipeline declaration (JSON)',
  yaml: 'YAML',
  json: 'JSON',
  plain: 'Plain text',
};

/**
 * Which kinds the specs module checks: buildspecs, AppSpec files (YAML or JSON) and other YAML. Other JSON is Monaco's
 * JSON service's job; plain text has no checks.
 */
export const validatesKind = (kind: FileKind, language: EditorLanguage) =>
  kind === 'buildspec' || kind === 'appspec' || language === 'yaml';
