import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { diagnostic, sortDiagnostics } from '../diagnostics';
import type { Diagnostic, DiagnosticSeverity } from '../diagnostics';
import { closest } from '../suggest';
import { loadYaml } from '../yaml/load-yaml';
import type { YamlFile } from '../yaml/load-yaml';
import { checkStructure, platformWords } from './check-structure';
import type { CheckedList, CheckedMap, CheckedScalar, CheckedValue } from './check-structure';
import {
  APPSPEC_HOOK_EVENTS,
  APPSPEC_RESERVED_EVENTS,
  MAX_EVENT_TIMEOUT_SECONDS,
  TASK_DEFINITION_PLACEHOLDER,
} from './keys';
import type {
  AppSpec,
  AppSpecContext,
  AppSpecFile,
  AppSpecHookScript,
  AppSpecParseResult,
  AppSpecPermission,
  AppSpecPlatform,
  EcsAppSpec,
  LambdaAppSpec,
  ServerAppSpec,
} from './types';

export interface ParseAppSpecOptions {
  /** The deployment group's compute platform; without it the platform is read from the file. */
  platform?: AppSpecPlatform;
  /** Only for messages (`appspec.json`); the content decides how the file is read (JSON is read as YAML). */
  fileName?: string;
  context?: AppSpecContext;
}

/**
 * Findings against the revision or the account: the file itself is valid, so `appspec` is still returned, and the
 * deployment fails when it reaches the missing script, file or function.
 */
export const APPSPEC_CONTEXT_ERROR_CODES: ReadonlySet<string> = new Set([
  'missing-script',
  'missing-source',
  'unknown-function',
  'unknown-alias',
  'unknown-function-version',
]);

const LAMBDA_TYPE = 'AWS::Lambda::Function';
const ECS_TYPE = 'AWS::ECS::Service';

/**
 * Parses and checks an AppSpec file (YAML or JSON) for EC2/On-Premises, Lambda or ECS. Never throws. `appspec` is
 * the normalised model, present exactly when CodeDeploy would accept the file (findings about missing revision
 * files or Lambda functions do not remove it: those fail the deployment later, at the event that needs them).
 */
export function parseAppSpec(text: string, options: ParseAppSpecOptions = {}): AppSpecParseResult {
  const file = loadYaml(text);
  // JSON is read as YAML (JSON is YAML's flow style), but a JSON file's author should read about JSON.
  const json = /^\s*[{[]/.test(text);
  const diagnostics: Diagnostic[] = file.diagnostics.map((d) =>
    json && d.code === 'yaml-syntax'
      ? { ...d, message: d.message.replace(/^YAML syntax error:/, 'JSON syntax error (the file is read as YAML):') }
      : d.code === 'empty-file'
        ? {
            ...d,
            message: `${options.fileName ? `\`${options.fileName}\`` : 'The AppSpec file'} is empty. Write it as YAML or JSON, starting with \`version: 0.0\` (then \`os:\`, \`files:\` and \`hooks:\` for EC2/On-Premises, or \`Resources:\` and \`Hooks:\` for Lambda and ECS).`,
          }
        : d,
  );
  const doc = file.doc;
  if (!doc || diagnostics.some((d) => d.severity === 'error')) return finish(diagnostics);

  const root = file.resolve(doc.contents);
  if (!isMap(root)) {
    diagnostics.push(
      diagnostic(
        file.rangeOf(root ?? [0, 0]),
        'error',
        'not-a-map',
        `An AppSpec file must be a mapping of keys such as \`version:\`, but this file is ${isSeq(root) ? 'a list' : 'a single value'}.`,
      ),
    );
    return finish(diagnostics);
  }

  const detected = detectPlatform(file, root);
  const platform = options.platform ?? detected.platform;
  if (!platform) {
    const typeText = detected.typeText ?? '';
    const suggestion = closest(typeText, [LAMBDA_TYPE, ECS_TYPE]);
    diagnostics.push(
      diagnostic(
        file.rangeOf(detected.at ?? root),
        'error',
        'unknown-resource-type',
        `${typeText ? `\`${typeText}\` is not a resource type CodeDeploy deploys.` : 'The resource under `Resources` has no `Type`.'} Write \`Type: ${LAMBDA_TYPE}\` for a Lambda deployment or \`Type: ${ECS_TYPE}\` for an ECS deployment${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}. EC2/On-Premises AppSpec files have no \`Resources\`.`,
      ),
    );
    return finish(diagnostics);
  }
  if (options.platform && detected.platform && detected.platform !== options.platform) {
    diagnostics.push(
      diagnostic(
        file.rangeOf(detected.at ?? root.items[0]?.key ?? root),
        'error',
        'platform-mismatch',
        `This is an ${platformWords(detected.platform)} AppSpec file, but the deployment group's compute platform is ${options.platform} (${platformWords(options.platform)}). Use an AppSpec file written for ${platformWords(options.platform)}.`,
      ),
    );
  }

  const structure = checkStructure(file, root, platform);
  diagnostics.push(...structure.diagnostics);
  if (!structure.root) return finish(diagnostics, platform);

  const normaliser = new Normaliser(file, platform, options.context ?? {}, diagnostics);
  const version = normaliser.version(structure.root);
  const appspec =
    platform === 'Server'
      ? normaliser.server(structure.root, version)
      : platform === 'Lambda'
        ? normaliser.lambda(structure.root, version)
        : normaliser.ecs(structure.root, version);
  return finish(diagnostics, platform, appspec);
}

function finish(diagnostics: Diagnostic[], platform?: AppSpecPlatform, appspec?: AppSpec): AppSpecParseResult {
  const sorted = sortDiagnostics(diagnostics);
  const fatal = sorted.some((d) => d.severity === 'error' && !APPSPEC_CONTEXT_ERROR_CODES.has(d.code));
  return {
    ...(appspec && !fatal ? { appspec } : {}),
    ...(platform ? { platform } : {}),
    diagnostics: sorted,
  };
}

/**
 * CodeDeploy tells the platforms apart by the deployment group; a file alone says it through its resource:
 * `AWS::Lambda::Function` → Lambda, `AWS::ECS::Service` → ECS, no `Resources` → EC2/On-Premises.
 */
function detectPlatform(file: YamlFile, root: Node): { platform?: AppSpecPlatform; typeText?: string; at?: Node } {
  if (!isMap(root)) return { platform: 'Server' };
  const resources = root.items.find((p) => isScalar(p.key) && String(p.key.value).toLowerCase() === 'resources');
  if (!resources) return { platform: 'Server' };
  const at = resources.key as Node;
  const list = file.resolve(resources.value);
  // Written as a mapping instead of a list, the resource still says the platform; the walker reports the shape.
  const items = isSeq(list) ? list.items : isMap(list) ? [list] : [];
  for (const item of items) {
    const resource = file.resolve(item);
    if (!isMap(resource)) continue;
    for (const pair of resource.items) {
      const body = file.resolve(pair.value);
      if (!isMap(body)) continue;
      const type = body.items.find((p) => isScalar(p.key) && String(p.key.value).toLowerCase() === 'type');
      const value = file.resolve(type?.value);
      if (!isScalar(value)) continue;
      const typeText = String(value.value ?? '').trim();
      if (typeText === LAMBDA_TYPE) return { platform: 'Lambda', typeText, at: value };
      if (typeText === ECS_TYPE) return { platform: 'ECS', typeText, at: value };
      return { typeText, at: value };
    }
  }
  return { at };
}

function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function entry(map: CheckedMap | undefined, key: string): CheckedValue | undefined {
  return map?.entries.get(key)?.value;
}
function mapAt(map: CheckedMap | undefined, key: string): CheckedMap | undefined {
  const value = entry(map, key);
  return value?.kind === 'map' ? value : undefined;
}
function listAt(map: CheckedMap | undefined, key: string): CheckedList | undefined {
  const value = entry(map, key);
  return value?.kind === 'list' ? value : undefined;
}
function scalarAt(map: CheckedMap | undefined, key: string): CheckedScalar | undefined {
  const value = entry(map, key);
  return value?.kind === 'scalar' && !value.isNull ? value : undefined;
}
function textAt(map: CheckedMap | undefined, key: string): string | undefined {
  return scalarAt(map, key)?.text;
}
function texts(list: CheckedList | undefined): string[] {
  return (list?.items ?? []).flatMap((item) => (item.kind === 'scalar' && !item.isNull ? [item.text] : []));
}
function maps(list: CheckedList | undefined): CheckedMap[] {
  return (list?.items ?? []).filter((item): item is CheckedMap => item.kind === 'map');
}

/** A revision path as the bundle stores it: `/` separators, no leading `/` (Windows samples write `\index.html`). */
function revisionPath(location: string): string {
  return location
    .trim()
    .replace(/\\/g, '/')
    .replace(/^\.?\/+/, '')
    .replace(/\/+$/, '');
}

function inRevision(path: string, files: ReadonlySet<string>): boolean {
  if (path === '' || files.has(path)) return true;
  const prefix = `${path}/`;
  for (const file of files) if (file.startsWith(prefix)) return true;
  return false;
}

/** Ruby's `String#to_i`, which the agent applies to `timeout`: leading digits, else 0. */
function rubyToI(value: unknown): number {
  if (typeof value === 'number') return Math.trunc(value);
  const match = /^\s*[-+]?\d+/.exec(String(value));
  return match ? Number.parseInt(match[0], 10) : 0;
}

const TASK_DEFINITION_ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/;

/** Builds the normalised `AppSpec` from the checked tree and runs the checks that need meaning, not just shape. */
class Normaliser {
  constructor(
    private readonly file: YamlFile,
    private readonly platform: AppSpecPlatform,
    private readonly context: AppSpecContext,
    private readonly diagnostics: Diagnostic[],
  ) {}

  private report(node: Node | undefined, severity: DiagnosticSeverity, code: string, message: string) {
    this.diagnostics.push(diagnostic(this.file.rangeOf(node ?? [0, 0]), severity, code, message));
  }

  private line(node: Node | undefined): number {
    return this.file.lineAt(node?.range?.[0] ?? 0);
  }

  /**
   * `0.0` is the only version. The EC2 agent compares it with the number 0.0 (`[0.0].include?(version)`), so a
   * quoted `"0.0"` fails an EC2/On-Premises deployment; the Lambda and ECS checks take either.
   */
  version(root: CheckedMap): string {
    const scalar = scalarAt(root, 'version');
    if (!scalar) return '0.0';
    const isNumber = typeof scalar.value === 'number';
    const numeric = isNumber ? scalar.value === 0 : /^0(\.0+)?$/.test(scalar.text.trim());
    const quotedOnServer = !isNumber && this.platform === 'Server';
    if (numeric && !quotedOnServer) return '0.0';
    const shown = this.file.text.slice(scalar.node.range?.[0] ?? 0, scalar.node.range?.[1] ?? 0).trim();
    this.report(
      scalar.node,
      'error',
      'invalid-version',
      `The deployment failed because an invalid version value (${shown}) was entered in the application specification file. Make sure your AppSpec file specifies "0.0" as the version, and then try again.${
        numeric
          ? ' Write it without quotes: the CodeDeploy agent compares it with the number 0.0, and a quoted value is text.'
          : ' `0.0` is the only AppSpec version.'
      }`,
    );
    return '0.0';
  }

  server(root: CheckedMap, version: string): ServerAppSpec {
    const os = textAt(root, 'os') === 'windows' ? 'windows' : 'linux';
    const files: AppSpecFile[] = [];
    for (const item of maps(listAt(root, 'files'))) {
      const source = scalarAt(item, 'source');
      const destination = textAt(item, 'destination');
      if (!source || destination === undefined) continue;
      files.push({ source: source.text, destination });
      const revisionFiles = this.context.revisionFiles;
      if (revisionFiles && !inRevision(revisionPath(source.text), revisionFiles)) {
        this.report(
          source.node,
          'error',
          'missing-source',
          `\`${source.text}\` is not in the revision, so the Install event fails: there is nothing to copy to \`${destination}\`. Paths are relative to the revision root.`,
        );
      }
    }
    const behaviour = textAt(root, 'file_exists_behavior');
    const fileExistsBehavior =
      behaviour === 'OVERWRITE' || behaviour === 'RETAIN' || behaviour === 'DISALLOW' ? behaviour : 'DISALLOW';
    const permissions = this.permissions(root, os);
    const hooks = this.serverHooks(mapAt(root, 'hooks'), os);
    return { platform: 'Server', version, os, files, fileExistsBehavior, permissions, hooks };
  }

  private permissions(root: CheckedMap, os: 'linux' | 'windows'): AppSpecPermission[] {
    const list = listAt(root, 'permissions');
    const out: AppSpecPermission[] = [];
    if (list && list.items.length > 0 && os === 'windows') {
      this.report(
        root.entries.get('permissions')?.keyNode,
        'error',
        'permissions-on-windows',
        'The deployment failed because the application specification file specifies file permissions, but the deployment is targeting one or more Windows Server instances. Permissions are supported only for Amazon Linux, Ubuntu Server, and Red Hat Enterprise Linux (RHEL) instances. Remove `permissions`.',
      );
    }
    for (const item of maps(list)) {
      const object = textAt(item, 'object');
      if (object === undefined) continue;
      const permission: AppSpecPermission = { object };
      const pattern = textAt(item, 'pattern');
      if (pattern !== undefined) permission.pattern = pattern;
      const except = listAt(item, 'except');
      if (except) permission.except = texts(except);
      const owner = textAt(item, 'owner');
      if (owner !== undefined) permission.owner = owner;
      const group = textAt(item, 'group');
      if (group !== undefined) permission.group = group;
      const mode = this.mode(scalarAt(item, 'mode'));
      if (mode !== undefined) permission.mode = mode;
      const type = listAt(item, 'type');
      if (type) {
        permission.type = texts(type).filter((t): t is 'file' | 'directory' => t === 'file' || t === 'directory');
      }
      out.push(permission);
    }
    return out;
  }

  /** The agent's ModeInfo: the value as text, left-padded to 3 digits, at most 4 octal digits. */
  private mode(scalar: CheckedScalar | undefined): string | undefined {
    if (!scalar) return undefined;
    const written = this.file.text.slice(scalar.node.range?.[0] ?? 0, scalar.node.range?.[1] ?? 0).trim();
    if (typeof scalar.value === 'number' && /^0[0-7]+$/.test(written)) {
      this.report(
        scalar.node,
        'warning',
        'octal-mode',
        `YAML reads \`${written}\` without quotes as an octal number (${scalar.value} in decimal), so the agent applies mode \`${String(scalar.value)}\`. Write \`${written.replace(/^0+(?=\d{3})/, '')}\` or quote it: \`"${written}"\`.`,
      );
    }
    const mode = scalar.text.padStart(3, '0');
    if (mode.length > 4) {
      this.report(
        scalar.node,
        'error',
        'invalid-mode',
        `The deployment failed because the length of a permissions mode (${mode}) in the application specification file is invalid. Permissions modes must be between one and four characters long: numeric chmod modes such as \`644\` or \`4755\`.`,
      );
      return undefined;
    }
    const bad = [...mode].find((c) => c < '0' || c > '7');
    if (bad !== undefined) {
      this.report(
        scalar.node,
        'error',
        'invalid-mode',
        `The deployment failed because the permissions mode (${mode}) in the application specification file contains an invalid character (${bad}). Only numeric (octal) chmod modes such as \`644\` or \`0755\` are supported, not symbolic ones such as \`u+x\`.`,
      );
      return undefined;
    }
    return mode;
  }

  /**
   * Unknown EC2 event names are warnings, not errors: the agent reads every key under `hooks` (its own test bundles
   * carry a `CustomEvent` hook, run by `codedeploy-local --events`), but a CodeDeploy deployment only ever runs the
   * standard events, so such scripts never run in a deployment.
   */
  private serverHooks(hooksMap: CheckedMap | undefined, os: 'linux' | 'windows'): Record<string, AppSpecHookScript[]> {
    const hooks = record<AppSpecHookScript[]>();
    if (!hooksMap) return hooks;
    const known = APPSPEC_HOOK_EVENTS.Server;
    const reserved = APPSPEC_RESERVED_EVENTS.Server;
    for (const { key: event, keyNode, value } of hooksMap.entries.values()) {
      if (reserved.includes(event)) {
        this.report(
          keyNode,
          'error',
          'reserved-event',
          `\`${event}\` is a lifecycle event that CodeDeploy runs itself; it cannot have scripts. Hooks run at ${known.map((e) => `\`${e}\``).join(', ')}.`,
        );
      } else if (!known.includes(event)) {
        const suggestion = closest(event, known);
        const otherPlatform = [...APPSPEC_HOOK_EVENTS.ECS].includes(event);
        this.report(
          keyNode,
          'warning',
          suggestion || otherPlatform ? 'unknown-event' : 'custom-event',
          suggestion
            ? `\`${event}\` is not a lifecycle event of EC2/On-Premises deployments, so its scripts never run. Did you mean \`${suggestion}\`?`
            : otherPlatform
              ? `\`${event}\` is a lifecycle event of ECS deployments only; in an EC2/On-Premises deployment its scripts never run.`
              : `\`${event}\` is not a CodeDeploy lifecycle event. The agent accepts it as a custom event (run only by \`codedeploy-local --events ${event}\`), but a deployment never runs it. Hooks run at ${known.map((e) => `\`${e}\``).join(', ')}.`,
        );
      }
      if (!value) {
        // The agent loops over the event's scripts, and an empty event gives it nothing to loop over.
        this.report(
          keyNode,
          'error',
          'blank-value',
          `\`${event}\` lists no scripts. Give at least one \`- location: <script>\`, or remove the event.`,
        );
      }
      const scripts: AppSpecHookScript[] = [];
      let total = 0;
      for (const item of value?.kind === 'list' ? maps(value) : []) {
        const script = this.script(item, event, os);
        if (!script) continue;
        scripts.push(script);
        total += script.timeout ?? 0;
      }
      if (value?.kind === 'list' && value.items.some((i) => i.kind !== 'map')) {
        const bad = value.items.find((i) => i.kind !== 'map')!;
        this.report(
          bad.node,
          'error',
          'wrong-type',
          `Each script of \`${event}\` must be a mapping with \`location:\` (and optionally \`timeout:\` and \`runas:\`), for example \`- location: scripts/start.sh\`.`,
        );
      }
      if (total > MAX_EVENT_TIMEOUT_SECONDS) {
        this.report(
          keyNode,
          'error',
          'event-timeout-too-long',
          `The timeouts of the scripts of \`${event}\` add up to ${total} seconds, more than ${MAX_EVENT_TIMEOUT_SECONDS} (one hour), the most one lifecycle event may take. Lower them so they add up to ${MAX_EVENT_TIMEOUT_SECONDS} or less.`,
        );
      }
      hooks[event] = scripts;
    }
    return hooks;
  }

  private script(item: CheckedMap, event: string, os: 'linux' | 'windows'): AppSpecHookScript | undefined {
    const location = scalarAt(item, 'location');
    if (!location || location.text.trim() === '') return undefined;
    const script: AppSpecHookScript = { location: location.text.trim() };
    const timeout = scalarAt(item, 'timeout');
    if (timeout) {
      const seconds = rubyToI(timeout.value);
      if (seconds <= 0) {
        this.report(
          timeout.node,
          'error',
          'invalid-timeout',
          `The deployment failed because an invalid timeout value was provided for a script in the application specification file. \`timeout\` is a number of seconds from 1 to ${MAX_EVENT_TIMEOUT_SECONDS}, but here it is \`${timeout.text}\`.`,
        );
      } else if (seconds > MAX_EVENT_TIMEOUT_SECONDS) {
        this.report(
          timeout.node,
          'error',
          'invalid-timeout',
          `\`timeout: ${timeout.text}\` is more than ${MAX_EVENT_TIMEOUT_SECONDS} seconds (one hour), the most one lifecycle event may take.`,
        );
      } else {
        script.timeout = seconds;
      }
    }
    const runas = scalarAt(item, 'runas');
    if (runas) {
      script.runas = runas.text.trim();
      if (os === 'windows') {
        this.report(
          runas.node,
          'warning',
          'runas-on-windows',
          "`runas` is not supported on Windows Server instances: the script runs as the CodeDeploy agent's user. Remove `runas`.",
        );
      }
    }
    const revisionFiles = this.context.revisionFiles;
    if (revisionFiles && !revisionFiles.has(revisionPath(script.location))) {
      this.report(
        location.node,
        'error',
        'missing-script',
        `Script \`${script.location}\` of \`${event}\` is not in the revision, so the ${event} event fails (ScriptMissing). Paths are relative to the revision root.`,
      );
    }
    return script;
  }

  /** The one resource of a Lambda or ECS AppSpec, and its logical name. */
  private resource(root: CheckedMap): { logicalName: string; body: CheckedMap } | undefined {
    const list = listAt(root, 'Resources');
    const resources = maps(list).flatMap((item) => [...item.entries.values()]);
    const what = this.platform === 'Lambda' ? 'Lambda function' : 'ECS service';
    if (list && resources.length !== 1) {
      this.report(
        resources[1]?.keyNode ?? root.entries.get('Resources')?.keyNode,
        'error',
        'resource-count',
        `A ${platformWords(this.platform)} AppSpec file deploys exactly one ${what}, so \`Resources\` must list exactly one resource; this one lists ${resources.length}.`,
      );
    }
    const first = resources[0];
    if (!first || first.value?.kind !== 'map') return undefined;
    return { logicalName: first.key, body: first.value };
  }

  private hookFunctions(root: CheckedMap): Record<string, string> {
    const hooks = record<string>();
    const known = APPSPEC_HOOK_EVENTS[this.platform];
    const reserved = APPSPEC_RESERVED_EVENTS[this.platform];
    const list = root.entries.get('Hooks');
    for (const item of list?.value?.kind === 'list' ? maps(list.value) : []) {
      for (const { key: event, keyNode, value } of item.entries.values()) {
        const hooksWord = known.map((e) => `\`${e}\``).join(', ');
        if (reserved.includes(event)) {
          this.report(
            keyNode,
            'error',
            'reserved-event',
            `\`${event}\` is a lifecycle event that CodeDeploy runs itself; it cannot have a hook. ${platformWords(this.platform)} hooks run at ${hooksWord}.`,
          );
          continue;
        }
        if (!known.includes(event)) {
          const suggestion = closest(event, known);
          this.report(
            keyNode,
            'error',
            'unknown-event',
            `\`${event}\` is not a lifecycle event of ${platformWords(this.platform)} deployments. ${platformWords(this.platform)} hooks run at ${hooksWord}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
          );
          continue;
        }
        if (event in hooks) {
          this.report(
            keyNode,
            'warning',
            'duplicate-key',
            `\`${event}\` has a hook twice in \`Hooks\`; only the last one is used.`,
          );
        }
        const name = value?.kind === 'scalar' ? value.text.trim() : '';
        if (!name) {
          this.report(
            value?.node ?? keyNode,
            'error',
            'blank-value',
            `The \`${event}\` hook names no Lambda function. Write the name of the function CodeDeploy should invoke, or remove the hook.`,
          );
          continue;
        }
        hooks[event] = name;
        const functions = this.context.lambdaFunctions;
        if (functions && !functions.has(name)) {
          this.report(
            value!.node,
            'error',
            'unknown-function',
            `There is no Lambda function named \`${name}\` in this account, so the ${event} hook fails when CodeDeploy invokes it.`,
          );
        }
      }
    }
    return hooks;
  }

  lambda(root: CheckedMap, version: string): LambdaAppSpec | undefined {
    const resource = this.resource(root);
    const hooks = this.hookFunctions(root);
    const properties = mapAt(resource?.body, 'Properties');
    const name = scalarAt(properties, 'Name');
    const alias = scalarAt(properties, 'Alias');
    const current = this.functionVersion(scalarAt(properties, 'CurrentVersion'), 'CurrentVersion');
    const target = this.functionVersion(scalarAt(properties, 'TargetVersion'), 'TargetVersion');
    if (!resource || !name || !alias || !current || !target) return undefined;
    if (current.text === target.text) {
      this.report(
        target.node,
        'warning',
        'same-version',
        `\`CurrentVersion\` and \`TargetVersion\` are both \`${target.text}\`, so there is no traffic to shift: the deployment moves \`${alias.text}\` from version ${target.text} to itself. Set \`TargetVersion\` to the version you published.`,
      );
    }
    const functions = this.context.lambdaFunctions;
    const fn = functions?.get(name.text);
    if (functions && !fn) {
      this.report(
        name.node,
        'error',
        'unknown-function',
        `There is no Lambda function named \`${name.text}\` in this account, so the deployment fails (INVALID_LAMBDA_FUNCTION).`,
      );
    }
    if (fn && !fn.aliases.has(alias.text)) {
      this.report(
        alias.node,
        'error',
        'unknown-alias',
        `Function \`${name.text}\` has no alias \`${alias.text}\`, so the deployment fails (INVALID_LAMBDA_CONFIGURATION). Create the alias first, pointing at version ${current.text}.`,
      );
    }
    for (const v of [current, target]) {
      if (fn && !fn.versions.has(v.text)) {
        this.report(
          v.node,
          'error',
          'unknown-function-version',
          `Function \`${name.text}\` has no version ${v.text}, so the deployment fails (INVALID_LAMBDA_CONFIGURATION). Publish the version first.`,
        );
      }
    }
    return {
      platform: 'Lambda',
      version,
      function: {
        logicalName: resource.logicalName,
        name: name.text,
        alias: alias.text,
        currentVersion: current.text,
        targetVersion: target.text,
      },
      hooks,
    };
  }

  private functionVersion(scalar: CheckedScalar | undefined, key: string): CheckedScalar | undefined {
    if (!scalar) return undefined;
    if (/^[1-9]\d*$/.test(scalar.text.trim())) return { ...scalar, text: scalar.text.trim() };
    this.report(
      scalar.node,
      'error',
      'invalid-function-version',
      `\`${key}\` must be a published version number of the function (a positive integer such as \`"1"\`), but here it is \`${scalar.text}\`. \`$LATEST\` and alias names are not versions.`,
    );
    return undefined;
  }

  ecs(root: CheckedMap, version: string): EcsAppSpec | undefined {
    const resource = this.resource(root);
    const hooks = this.hookFunctions(root);
    const properties = mapAt(resource?.body, 'Properties');
    const taskDefinition = scalarAt(properties, 'TaskDefinition');
    if (taskDefinition) this.taskDefinition(taskDefinition);
    const loadBalancer = mapAt(properties, 'LoadBalancerInfo');
    const containerName = scalarAt(loadBalancer, 'ContainerName');
    const containerPort = this.containerPort(scalarAt(loadBalancer, 'ContainerPort'));
    const networkConfiguration = this.networkConfiguration(mapAt(properties, 'NetworkConfiguration'));
    const capacityProviderStrategy = this.capacityProviders(listAt(properties, 'CapacityProviderStrategy'));
    if (!resource || !taskDefinition || !containerName || containerPort === undefined) return undefined;
    const service: EcsAppSpec['service'] = {
      logicalName: resource.logicalName,
      taskDefinition: taskDefinition.text.trim(),
      containerName: containerName.text.trim(),
      containerPort,
    };
    const platformVersion = textAt(properties, 'PlatformVersion');
    if (platformVersion !== undefined) service.platformVersion = platformVersion;
    if (networkConfiguration) service.networkConfiguration = networkConfiguration;
    if (capacityProviderStrategy) service.capacityProviderStrategy = capacityProviderStrategy;
    return { platform: 'ECS', version, service, hooks };
  }

  private taskDefinition(scalar: CheckedScalar) {
    const value = scalar.text.trim();
    if (value === TASK_DEFINITION_PLACEHOLDER) {
      this.report(
        scalar.node,
        'info',
        'task-definition-placeholder',
        `\`${TASK_DEFINITION_PLACEHOLDER}\` is a placeholder: CodePipeline's CodeDeployToECS action replaces it with the ARN of the task definition it registers. A deployment started any other way needs the real ARN here.`,
      );
      return;
    }
    if (value && !TASK_DEFINITION_ARN.test(value)) {
      this.report(
        scalar.node,
        'warning',
        'invalid-task-definition-arn',
        `\`${value}\` is not a task definition ARN. CodeDeploy needs the full ARN of one revision, such as \`arn:aws:ecs:us-east-1:111122223333:task-definition/my-app:3\` (no wildcards), or \`${TASK_DEFINITION_PLACEHOLDER}\` when CodePipeline fills it in.`,
      );
    }
  }

  private containerPort(scalar: CheckedScalar | undefined): number | undefined {
    if (!scalar || scalar.text.trim() === '') return undefined;
    const value = scalar.value;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535) return value;
    const digits = typeof value === 'string' && /^\s*\d+\s*$/.test(value);
    const placeholder = typeof value === 'string' && /^<[^>]*>$/.test(value.trim());
    this.report(
      scalar.node,
      'error',
      'invalid-container-port',
      digits
        ? `\`ContainerPort\` must be a number, but \`"${value}"\` is quoted text. Write it without quotes: \`ContainerPort: ${String(value).trim()}\`.`
        : placeholder
          ? `\`ContainerPort\` must be a port number, but \`${String(value)}\` is a placeholder that CodePipeline does not replace (only \`${TASK_DEFINITION_PLACEHOLDER}\` is). Write the port, or check the file your build produces after replacing it.`
          : `\`ContainerPort\` must be a port number from 1 to 65535, but here it is \`${scalar.text}\`.`,
    );
    return undefined;
  }

  private networkConfiguration(map: CheckedMap | undefined): EcsAppSpec['service']['networkConfiguration'] {
    const awsvpc = mapAt(map, 'AwsvpcConfiguration');
    if (!awsvpc) return undefined;
    const keys = ['Subnets', 'SecurityGroups', 'AssignPublicIp'] as const;
    const missing = keys.filter((k) => !awsvpc.entries.has(k));
    if (missing.length > 0 && missing.length < keys.length) {
      this.report(
        map!.entries.get('AwsvpcConfiguration')?.keyNode,
        'error',
        'incomplete-network-configuration',
        `\`AwsvpcConfiguration\` must give all of \`Subnets\`, \`SecurityGroups\` and \`AssignPublicIp\`, or none of them; ${missing.map((k) => `\`${k}\``).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
      );
      return undefined;
    }
    const assign = textAt(awsvpc, 'AssignPublicIp');
    return {
      subnets: texts(listAt(awsvpc, 'Subnets')),
      securityGroups: texts(listAt(awsvpc, 'SecurityGroups')),
      ...(assign === 'ENABLED' || assign === 'DISABLED' ? { assignPublicIp: assign } : {}),
    };
  }

  private capacityProviders(list: CheckedList | undefined): EcsAppSpec['service']['capacityProviderStrategy'] {
    if (!list) return undefined;
    const out: NonNullable<EcsAppSpec['service']['capacityProviderStrategy']> = [];
    let baseSetAt: Node | undefined;
    for (const item of maps(list)) {
      const provider = textAt(item, 'CapacityProvider');
      const base = this.integer(scalarAt(item, 'Base'), 'Base');
      const weight = this.integer(scalarAt(item, 'Weight'), 'Weight');
      if (base !== undefined && base > 0) {
        const at = item.entries.get('Base')!.keyNode;
        if (baseSetAt) {
          this.report(
            at,
            'error',
            'multiple-base',
            `Only one capacity provider may set \`Base\`; line ${this.line(baseSetAt)} already sets one.`,
          );
        }
        baseSetAt ??= at;
      }
      if (provider === undefined) continue;
      out.push({
        capacityProvider: provider,
        ...(base !== undefined ? { base } : {}),
        ...(weight !== undefined ? { weight } : {}),
      });
    }
    return out;
  }

  private integer(scalar: CheckedScalar | undefined, key: string): number | undefined {
    if (!scalar) return undefined;
    if (typeof scalar.value === 'number' && Number.isInteger(scalar.value) && scalar.value >= 0) return scalar.value;
    this.report(
      scalar.node,
      'error',
      'invalid-integer',
      `\`${key}\` must be a whole number of 0 or more, but here it is \`${scalar.text}\`.`,
    );
    return undefined;
  }
}
