import { isMap, isScalar } from 'yaml';
import type { Node } from 'yaml';
import { diagnostic, sortDiagnostics } from '../diagnostics';
import type { Diagnostic, DiagnosticSeverity } from '../diagnostics';
import { loadYaml } from '../yaml/load-yaml';
import type { YamlFile } from '../yaml/load-yaml';
import { checkStructure, describePlace, scalarText } from './check-structure';
import type {
  CheckedEntry,
  CheckedList,
  CheckedMap,
  CheckedScalar,
  CheckedValue,
  CodebuildRefusal,
  KeyPath,
} from './check-structure';
import { isDynamicLocation, locationMatchesAny } from './glob';
import { PHASE_NAMES } from './keys';
import type { BuildspecVersion, PhaseName } from './keys';
import { parseOnFailure } from './on-failure';
import type {
  BatchEnv,
  BatchTask,
  Buildspec,
  BuildspecArtifactSet,
  BuildspecArtifacts,
  BuildspecBatch,
  BuildspecCache,
  BuildspecCommand,
  BuildspecContext,
  BuildspecEnv,
  BuildspecParseResult,
  BuildspecPhase,
  BuildspecReportGroup,
} from './types';

/** Errors found against the account (missing parameter or secret): the build starts, then fails, so the buildspec stays usable. */
const CONTEXT_ERROR_CODES: ReadonlySet<string> = new Set(['unknown-parameter', 'unknown-secret']);

/**
 * Parses and checks a buildspec. Never throws. `buildspec` is present when CodeBuild would accept the file;
 * otherwise `yamlFileError` holds the message CodeBuild would fail DOWNLOAD_SOURCE with.
 */
export function parseBuildspec(text: string, context: BuildspecContext = {}): BuildspecParseResult {
  const file = loadYaml(text);
  const diagnostics: Diagnostic[] = [...file.diagnostics];
  const refusals: CodebuildRefusal[] = file.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ diagnostic: d, message: fileLevelMessage(d, file) }));

  const doc = file.doc;
  if (!doc || refusals.length > 0) return finish(diagnostics, refusals, undefined);

  const rootNode = file.resolve(doc.contents);
  if (!isMap(rootNode)) {
    const at = rootNode ?? ([0, 0] as [number, number]);
    const d = diagnostic(
      file.rangeOf(at),
      'error',
      'not-a-map',
      'A buildspec must be a mapping of keys such as `version:` and `phases:`, but this file is ' +
        (isScalar(rootNode) ? 'a single value.' : 'a list.'),
    );
    diagnostics.push(d);
    refusals.push({ diagnostic: d, message: 'Expected buildspec to be of map type' });
    return finish(diagnostics, refusals, undefined);
  }

  const version = readVersion(file, rootNode, diagnostics, refusals);
  const structure = checkStructure(file, rootNode, version ?? '0.2');
  diagnostics.push(...structure.diagnostics);
  refusals.push(...structure.refusals);
  const root = structure.root;
  if (!root || !version) return finish(diagnostics, refusals, undefined);

  const normaliser = new Normaliser(file, version, context, diagnostics, refusals);
  const buildspec = normaliser.buildspec(root);
  return finish(diagnostics, refusals, buildspec);
}

function finish(
  diagnostics: Diagnostic[],
  refusals: readonly CodebuildRefusal[],
  buildspec: Buildspec | undefined,
): BuildspecParseResult {
  const sorted = sortDiagnostics(diagnostics);
  const fatal = sorted.some((d) => d.severity === 'error' && !CONTEXT_ERROR_CODES.has(d.code));
  if (!fatal) return buildspec ? { buildspec, diagnostics: sorted } : { diagnostics: sorted };
  const first = sorted.find((d) => d.severity === 'error' && !CONTEXT_ERROR_CODES.has(d.code))!;
  const refusal = refusals.find((r) => r.diagnostic === first);
  return { diagnostics: sorted, yamlFileError: `YAML_FILE_ERROR: ${refusal?.message ?? first.message}` };
}

/**
 * CodeBuild reads buildspecs with a Go YAML parser. Its observed messages include "found character that cannot
 * start any token at line 3" (a tab) and "did not find expected ',' or ']' at line 19"; the others are modelled
 * on the same style.
 */
function fileLevelMessage(d: Diagnostic, file: YamlFile): string {
  switch (d.code) {
    case 'tab-indent':
      return `found character that cannot start any token at line ${d.line}`;
    case 'alias-limit':
      return 'yaml: document contains excessive aliasing';
    case 'empty-file':
      return 'buildspec file is empty';
    case 'file-too-large':
      return 'buildspec file is too large';
    case 'too-deep':
      return `yaml: exceeded max depth at line ${d.line}`;
    default: {
      const parser = file.parserMessages.get(d) ?? d.message;
      return `${parser.charAt(0).toLowerCase()}${parser.slice(1)} at line ${d.line}`;
    }
  }
}

function readVersion(
  file: YamlFile,
  root: Node,
  diagnostics: Diagnostic[],
  refusals: CodebuildRefusal[],
): BuildspecVersion | undefined {
  if (!isMap(root)) return undefined;
  const pair = [...root.items].reverse().find((p) => isScalar(p.key) && String(p.key.value) === 'version');
  if (!pair) return undefined; // reported as missing-version by the structure check
  const value = file.resolve(pair.value);
  const text = isScalar(value) ? scalarText(value).text.trim() : '';
  if (text === '0.2' || text === '0.1') {
    if (text === '0.1') {
      diagnostics.push(
        diagnostic(
          file.rangeOf(value as Node),
          'info',
          'legacy-version',
          'Buildspec version 0.1 runs every command in its own shell, so `cd`, `export` and variables do not carry over to the next command. Version 0.2 is recommended.',
        ),
      );
    }
    return text;
  }
  const at = (text ? value : pair.key) as Node;
  const shown = text || (isScalar(value) ? '' : 'a list or mapping');
  const d = diagnostic(
    file.rangeOf(at),
    'error',
    'invalid-version',
    shown
      ? `Unsupported buildspec version \`${shown}\`. Use \`version: 0.2\` (or the legacy \`0.1\`).`
      : 'The buildspec `version` is empty. Write `version: 0.2`.',
  );
  diagnostics.push(d);
  refusals.push({ diagnostic: d, message: `Invalid buildspec version ${shown}`.trim() });
  return undefined;
}

function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const AWS_ECR_GET_LOGIN = /\baws\s+ecr\s+get-login(?![-\w])/;

/** Builds the normalised `Buildspec` from the checked tree and runs the checks that need meaning, not just shape. */
class Normaliser {
  constructor(
    private readonly file: YamlFile,
    private readonly version: BuildspecVersion,
    private readonly context: BuildspecContext,
    private readonly diagnostics: Diagnostic[],
    private readonly refusals: CodebuildRefusal[],
  ) {}

  private report(node: Node | undefined, severity: DiagnosticSeverity, code: string, message: string) {
    this.diagnostics.push(diagnostic(this.file.rangeOf(node ?? [0, 0]), severity, code, message));
  }

  private line(node: Node | undefined): number {
    return this.file.lineAt(node?.range?.[0] ?? 0);
  }

  buildspec(root: CheckedMap): Buildspec {
    const env = this.env(root);
    const phases = this.phases(mapAt(root, 'phases'));
    if (!root.entries.has('phases') && !root.entries.has('batch')) {
      this.report(
        entryAt(root, 'version')?.keyNode,
        'info',
        'no-phases',
        'This buildspec has no `phases`, so the build runs no commands; it only does what the other sections say (such as uploading `artifacts`).',
      );
    }
    const buildspec: Buildspec = {
      version: this.version,
      env,
      proxy: {
        uploadArtifacts: yes(scalarAt(mapAt(root, 'proxy'), 'upload-artifacts')),
        logs: yes(scalarAt(mapAt(root, 'proxy'), 'logs')),
      },
      phases,
      reports: this.reports(mapAt(root, 'reports')),
    };
    const runAs = text(scalarAt(root, 'run-as'));
    if (runAs !== undefined) buildspec.runAs = runAs;
    const batch = mapAt(root, 'batch');
    if (batch) buildspec.batch = this.batch(batch);
    const artifacts = mapAt(root, 'artifacts');
    if (artifacts) buildspec.artifacts = this.artifacts(artifacts);
    const cache = mapAt(root, 'cache');
    if (cache) buildspec.cache = this.cache(cache);
    return buildspec;
  }

  private env(root: CheckedMap): BuildspecEnv {
    const env = this.version === '0.1' ? mapAt(root, 'environment_variables') : mapAt(root, 'env');
    const variables = this.variables(mapAt(env, this.version === '0.1' ? 'plaintext' : 'variables'), true);
    const parameterStore = this.variables(mapAt(env, 'parameter-store'), true);
    const secretsManager = this.variables(mapAt(env, 'secrets-manager'), true);
    this.checkParameters(mapAt(env, 'parameter-store'));
    this.checkSecrets(mapAt(env, 'secrets-manager'));
    const exported = listAt(env, 'exported-variables');
    const exportedVariables: string[] = [];
    for (const item of scalars(exported)) {
      if (item.isNull) continue;
      if (item.text.startsWith('AWS_')) {
        this.report(
          item.node,
          'warning',
          'not-exportable',
          `\`${item.text}\` cannot be exported: CodeBuild does not export variables whose names start with \`AWS_\`.`,
        );
      }
      exportedVariables.push(item.text);
    }
    const result: BuildspecEnv = {
      variables,
      parameterStore,
      secretsManager,
      exportedVariables,
      gitCredentialHelper: yes(scalarAt(env, 'git-credential-helper')),
    };
    const shell = text(scalarAt(env, 'shell'));
    if (shell !== undefined) result.shell = shell;
    return result;
  }

  /** A name → value map of variables; `CODEBUILD_` names are reserved. */
  private variables(map: CheckedMap | undefined, checkNames: boolean): Record<string, string> {
    const out = record<string>();
    if (!map) return out;
    for (const entry of map.entries.values()) {
      if (checkNames && entry.key.toUpperCase().startsWith('CODEBUILD_')) {
        this.report(
          entry.keyNode,
          'warning',
          'reserved-variable-name',
          `\`${entry.key}\` starts with \`CODEBUILD_\`, a prefix CodeBuild reserves for its own variables. Choose another name.`,
        );
      }
      if (entry.value?.kind === 'scalar') out[entry.key] = entry.value.text;
    }
    return out;
  }

  private checkParameters(map: CheckedMap | undefined) {
    const names = this.context.parameterNames;
    if (!map || !names) return;
    for (const entry of map.entries.values()) {
      const value = entry.value;
      if (value?.kind !== 'scalar' || value.isNull) continue;
      if (!names.has(value.text)) {
        this.report(
          value.node,
          'error',
          'unknown-parameter',
          `There is no Systems Manager parameter named \`${value.text}\` in this account, so the build will fail when it reads \`${entry.key}\`. Create the parameter or fix the name (names are case sensitive).`,
        );
      }
    }
  }

  private checkSecrets(map: CheckedMap | undefined) {
    if (!map) return;
    for (const entry of map.entries.values()) {
      const value = entry.value;
      if (value?.kind !== 'scalar' || value.isNull) continue;
      const parsed = splitSecretReference(value.text);
      if (parsed.versionStage && parsed.versionId) {
        this.report(
          value.node,
          'warning',
          'secret-version-conflict',
          `\`${entry.key}\` gives both a version stage (\`${parsed.versionStage}\`) and a version id; give only one of them.`,
        );
      }
      const ids = this.context.secretIds;
      if (ids && !secretKnown(parsed.secretId, ids)) {
        this.report(
          value.node,
          'error',
          'unknown-secret',
          `There is no Secrets Manager secret \`${parsed.secretId}\` in this account (the secret id is the part before the first \`:\`), so the build will fail when it reads \`${entry.key}\`.`,
        );
      }
    }
  }

  private phases(phasesMap: CheckedMap | undefined): Partial<Record<PhaseName, BuildspecPhase>> {
    const phases: Partial<Record<PhaseName, BuildspecPhase>> = {};
    if (!phasesMap) return phases;
    for (const name of PHASE_NAMES) {
      const entry = phasesMap.entries.get(name);
      if (!entry) continue;
      const map = entry.value?.kind === 'map' ? entry.value : undefined;
      const phase: BuildspecPhase = {
        name,
        line: this.line(entry.keyNode),
        runtimeVersions: record<string>(),
        commands: this.commands(listAt(map, 'commands'), ['phases', name, 'commands']),
        finally: this.commands(listAt(map, 'finally'), ['phases', name, 'finally']),
      };
      const runAs = text(scalarAt(map, 'run-as'));
      if (runAs !== undefined) phase.runAs = runAs;
      const onFailure = scalarAt(map, 'on-failure');
      if (onFailure && !onFailure.isNull) {
        const parsed = parseOnFailure(onFailure.text);
        if (parsed.ok) phase.onFailure = parsed.value;
        else {
          const d = diagnostic(
            this.file.rangeOf(onFailure.node),
            'error',
            'invalid-on-failure',
            `Invalid \`on-failure\` value \`${onFailure.text}\` in phase \`${name}\`: ${parsed.reason}.`,
          );
          this.diagnostics.push(d);
          this.refusals.push({
            diagnostic: d,
            message: `Invalid on-failure value ${onFailure.text} at line ${this.line(onFailure.node)}`,
          });
        }
      }
      const runtimes = mapAt(map, 'runtime-versions');
      if (runtimes) {
        if (runtimes.entries.size === 0) {
          this.report(
            entryAt(map, 'runtime-versions')?.keyNode,
            'warning',
            'empty-runtime-versions',
            '`runtime-versions` lists no runtime. If present, it must name at least one runtime, such as `nodejs: 20`.',
          );
        }
        phase.runtimeVersions = this.variables(runtimes, false);
      }
      phases[name] = phase;
    }
    return phases;
  }

  private commands(list: CheckedList | undefined, path: KeyPath): BuildspecCommand[] {
    const out: BuildspecCommand[] = [];
    for (const item of scalars(list)) {
      if (item.isNull) continue;
      const start = item.node.range?.[0] ?? 0;
      const end = item.node.range?.[1] ?? start;
      const source = this.file.text.slice(start, end);
      const login = AWS_ECR_GET_LOGIN.exec(source);
      if (login || AWS_ECR_GET_LOGIN.test(item.text)) {
        const at = login
          ? ([start + login.index, start + login.index + login[0].length] as [number, number])
          : undefined;
        this.diagnostics.push(
          diagnostic(
            this.file.rangeOf(at ?? item.node),
            'warning',
            'deprecated-ecr-get-login',
            '`aws ecr get-login` was removed in AWS CLI version 2, which current CodeBuild images use. Write `aws ecr get-login-password --region $AWS_DEFAULT_REGION | docker login --username AWS --password-stdin <account>.dkr.ecr.<region>.amazonaws.com` instead.',
          ),
        );
      }
      if (isScalar(item.node) && item.node.type === 'PLAIN' && /\n/.test(source.trimEnd())) {
        this.report(
          item.node,
          'info',
          'folded-command',
          `This command spans several lines without \`|\`, so YAML joins them with spaces into one line ${describePlace(path.slice(0, 2))}. Use \`- |\` if the line breaks matter.`,
        );
      }
      out.push({ text: item.text, line: this.line(item.node) });
    }
    return out;
  }

  private reports(map: CheckedMap | undefined): Record<string, BuildspecReportGroup> {
    const out = record<BuildspecReportGroup>();
    if (!map) return out;
    for (const entry of map.entries.values()) {
      const group = entry.value?.kind === 'map' ? entry.value : undefined;
      if (!group) continue;
      const report: BuildspecReportGroup = {
        name: entry.key,
        files: texts(listAt(group, 'files')),
        discardPaths: yes(scalarAt(group, 'discard-paths')),
        fileFormat: (text(scalarAt(group, 'file-format')) ?? 'JUNITXML').toUpperCase(),
      };
      const base = text(scalarAt(group, 'base-directory'));
      if (base !== undefined) report.baseDirectory = base;
      out[entry.key] = report;
    }
    return out;
  }

  private artifactSet(map: CheckedMap, path: KeyPath): BuildspecArtifactSet {
    const set: BuildspecArtifactSet = {
      files: texts(listAt(map, 'files')),
      discardPaths: yes(scalarAt(map, 'discard-paths')),
      excludePaths: texts(listAt(map, 'exclude-paths')),
      enableSymlinks: yes(scalarAt(map, 'enable-symlinks')),
    };
    const name = text(scalarAt(map, 'name'));
    if (name !== undefined) set.name = name;
    const base = text(scalarAt(map, 'base-directory'));
    if (base !== undefined) set.baseDirectory = base;
    const prefix = text(scalarAt(map, 's3-prefix'));
    if (prefix !== undefined) set.s3Prefix = prefix;
    this.checkLocations(listAt(map, 'files'), base, path);
    return set;
  }

  /** Warns about artifact patterns that select no file of the repository (only when the repository is known). */
  private checkLocations(list: CheckedList | undefined, base: string | undefined, path: KeyPath) {
    const files = this.context.repositoryFiles;
    if (!files || !list) return;
    if (base !== undefined && isDynamicLocation(base)) return;
    for (const item of scalars(list)) {
      if (item.isNull || isDynamicLocation(item.text)) continue;
      if (locationMatchesAny(item.text, files, base)) continue;
      this.report(
        item.node,
        'warning',
        'artifact-matches-nothing',
        `\`${item.text}\`${base ? ` (in base directory \`${base}\`)` : ''} ${describePlace(path)} matches nothing in the repository; files created during the build are not known here, so this is fine if the build creates them.`,
      );
    }
  }

  private artifacts(map: CheckedMap): BuildspecArtifacts {
    const secondary = record<BuildspecArtifactSet>();
    const secondaryMap = mapAt(map, 'secondary-artifacts');
    for (const entry of secondaryMap?.entries.values() ?? []) {
      if (entry.value?.kind === 'map') {
        secondary[entry.key] = this.artifactSet(entry.value, ['artifacts', 'secondary-artifacts', entry.key]);
      }
    }
    return { ...this.artifactSet(map, ['artifacts']), secondaryArtifacts: secondary };
  }

  private cache(map: CheckedMap): BuildspecCache {
    const cache: BuildspecCache = {
      paths: texts(listAt(map, 'paths')),
      fallbackKeys: texts(listAt(map, 'fallback-keys')),
    };
    const key = text(scalarAt(map, 'key'));
    if (key !== undefined) cache.key = key;
    const action = text(scalarAt(map, 'action'));
    if (action === 'restore' || action === 'save') cache.action = action;
    const fallback = entryAt(map, 'fallback-keys');
    if (fallback && key === undefined && cache.fallbackKeys.length > 0) {
      this.report(
        fallback.keyNode,
        'warning',
        'fallback-keys-without-key',
        '`fallback-keys` is ignored because `cache` has no `key`. Add a `key`, or remove `fallback-keys`.',
      );
    }
    return cache;
  }

  private batchEnv(map: CheckedMap | undefined): BatchEnv | undefined {
    if (!map) return undefined;
    const env: BatchEnv = { variables: this.variables(mapAt(map, 'variables'), true) };
    const computeType = text(scalarAt(map, 'compute-type'));
    const fleet = text(scalarAt(map, 'fleet'));
    if (computeType !== undefined) env.computeType = computeType;
    if (fleet !== undefined) env.fleet = fleet;
    if (computeType !== undefined && fleet !== undefined) {
      this.report(
        entryAt(map, 'fleet')?.keyNode,
        'warning',
        'compute-type-with-fleet',
        '`compute-type` and `fleet` cannot be given together for one task; keep one of them.',
      );
    }
    const image = text(scalarAt(map, 'image'));
    if (image !== undefined) env.image = image;
    const type = text(scalarAt(map, 'type'));
    if (type !== undefined) env.type = type;
    const privileged = scalarAt(map, 'privileged-mode');
    if (privileged && !privileged.isNull) env.privilegedMode = yes(privileged);
    return env;
  }

  private tasks(list: CheckedList | undefined, kind: 'build-list' | 'build-graph'): BatchTask[] {
    const tasks: BatchTask[] = [];
    const seen = new Map<string, Node>();
    for (const item of list?.items ?? []) {
      if (item.kind !== 'map') continue;
      const identifier = scalarAt(item, 'identifier');
      if (!identifier || identifier.isNull) continue;
      const first = seen.get(identifier.text);
      if (first) {
        this.report(
          identifier.node,
          'warning',
          'duplicate-identifier',
          `Task identifier \`${identifier.text}\` is used twice in \`${kind}\` (first on line ${this.line(first)}). Identifiers must be unique.`,
        );
      }
      seen.set(identifier.text, identifier.node);
      const task: BatchTask = {
        identifier: identifier.text,
        ignoreFailure: yes(scalarAt(item, 'ignore-failure')),
        debugSession: yes(scalarAt(item, 'debug-session')),
        dependOn: texts(listAt(item, 'depend-on')),
      };
      const buildspec = text(scalarAt(item, 'buildspec'));
      if (buildspec !== undefined) task.buildspec = buildspec;
      const env = this.batchEnv(mapAt(item, 'env'));
      if (env) task.env = env;
      tasks.push(task);
    }
    for (const item of list?.items ?? []) {
      if (item.kind !== 'map') continue;
      for (const dep of scalars(listAt(item, 'depend-on'))) {
        if (!dep.isNull && !seen.has(dep.text)) {
          this.report(
            dep.node,
            'warning',
            'unknown-dependency',
            `\`depend-on\` names \`${dep.text}\`, which is not the identifier of any task in this \`${kind}\`.`,
          );
        }
      }
    }
    return tasks;
  }

  private batch(map: CheckedMap): BuildspecBatch {
    const batch: BuildspecBatch = { fastFail: yes(scalarAt(map, 'fast-fail')) };
    const kinds = ['build-list', 'build-graph', 'build-matrix', 'build-fanout'].filter((k) => map.entries.has(k));
    if (kinds.length > 1) {
      this.report(
        entryAt(map, kinds[1]!)?.keyNode,
        'warning',
        'multiple-batch-types',
        `A batch uses one kind of batch build, but this one has ${kinds.map((k) => `\`${k}\``).join(' and ')}.`,
      );
    }
    if (map.entries.has('build-list')) batch.buildList = this.tasks(listAt(map, 'build-list'), 'build-list');
    if (map.entries.has('build-graph')) batch.buildGraph = this.tasks(listAt(map, 'build-graph'), 'build-graph');
    const matrix = mapAt(map, 'build-matrix');
    if (matrix) {
      const staticPart = mapAt(matrix, 'static');
      const dynamic = mapAt(matrix, 'dynamic');
      const dynamicEnv = mapAt(dynamic, 'env');
      const variables = record<string[]>();
      for (const entry of mapAt(dynamicEnv, 'variables')?.entries.values() ?? []) {
        if (entry.value?.kind === 'list') variables[entry.key] = texts(entry.value);
      }
      const staticEnv = this.batchEnv(mapAt(staticPart, 'env'));
      batch.buildMatrix = {
        static: {
          ignoreFailure: yes(scalarAt(staticPart, 'ignore-failure')),
          ...(staticEnv ? { env: staticEnv } : {}),
        },
        dynamic: {
          buildspec: texts(listAt(dynamic, 'buildspec')),
          computeType: texts(listAt(dynamicEnv, 'compute-type')),
          image: texts(listAt(dynamicEnv, 'image')),
          variables,
        },
      };
    }
    const fanout = mapAt(map, 'build-fanout');
    if (fanout) {
      batch.buildFanout = {
        parallelism: Number(text(scalarAt(fanout, 'parallelism')) ?? 1),
        ignoreFailure: yes(scalarAt(fanout, 'ignore-failure')),
      };
    }
    return batch;
  }
}

/** `secret-id:json-key:version-stage:version-id`, where the secret id may be an ARN (which contains colons). */
export function splitSecretReference(reference: string): {
  secretId: string;
  jsonKey?: string;
  versionStage?: string;
  versionId?: string;
} {
  const parts = reference.split(':');
  const idParts = reference.startsWith('arn:') ? 7 : 1;
  const secretId = parts.slice(0, idParts).join(':');
  const [jsonKey, versionStage, versionId] = parts.slice(idParts);
  return {
    secretId,
    ...(jsonKey ? { jsonKey } : {}),
    ...(versionStage ? { versionStage } : {}),
    ...(versionId ? { versionId } : {}),
  };
}

function secretKnown(secretId: string, ids: ReadonlySet<string>): boolean {
  if (ids.has(secretId)) return true;
  if (!secretId.startsWith('arn:')) return false;
  const name = secretId.split(':')[6] ?? '';
  // A secret ARN ends with `-` and six random characters after the name.
  return ids.has(name) || ids.has(name.replace(/-[A-Za-z0-9]{6}$/, ''));
}

function entryAt(map: CheckedMap | undefined, key: string): CheckedEntry | undefined {
  return map?.entries.get(key);
}
function mapAt(map: CheckedMap | undefined, key: string): CheckedMap | undefined {
  const value = map?.entries.get(key)?.value;
  return value?.kind === 'map' ? value : undefined;
}
function listAt(map: CheckedMap | undefined, key: string): CheckedList | undefined {
  const value = map?.entries.get(key)?.value;
  return value?.kind === 'list' ? value : undefined;
}
function scalarAt(map: CheckedMap | undefined, key: string): CheckedScalar | undefined {
  const value = map?.entries.get(key)?.value;
  return value?.kind === 'scalar' ? value : undefined;
}
function scalars(list: CheckedList | undefined): CheckedScalar[] {
  return (list?.items ?? []).filter((item: CheckedValue): item is CheckedScalar => item.kind === 'scalar');
}
function texts(list: CheckedList | undefined): string[] {
  return scalars(list)
    .filter((s) => !s.isNull)
    .map((s) => s.text);
}
function text(scalar: CheckedScalar | undefined): string | undefined {
  return scalar && !scalar.isNull ? scalar.text : undefined;
}
function yes(scalar: CheckedScalar | undefined): boolean {
  const value = text(scalar)?.toLowerCase();
  return value === 'yes' || value === 'true' || value === 'y' || value === 'on';
}
