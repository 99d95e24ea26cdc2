import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { diagnostic, sortDiagnostics, type Diagnostic, type SourceRange } from '../diagnostics';
import { closest } from '../suggest';
import {
  ACTION_CATEGORIES,
  ACTION_OWNERS,
  ACTION_TYPES,
  CUSTOM_ACTION_TYPE,
  type ActionTypeRule,
  type ArtifactCount,
} from './providers';

export interface ParsePipelineOptions {
  /** The pipeline's own Region: with `artifactStores`, it must have a bucket there too. */
  region?: string;
}

export interface PipelineParseResult {
  /** The pipeline declaration as plain JSON, when the file is JSON with a declaration object in it. */
  declaration?: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

const WRAPPER_KEYS = ['pipeline', 'metadata', 'tags'];
const PIPELINE_KEYS = [
  'name',
  'roleArn',
  'artifactStore',
  'artifactStores',
  'stages',
  'version',
  'executionMode',
  'pipelineType',
  'variables',
  'triggers',
];
const STAGE_KEYS = ['name', 'blockers', 'actions', 'onFailure', 'onSuccess', 'beforeEntry'];
const ACTION_KEYS = [
  'name',
  'actionTypeId',
  'runOrder',
  'configuration',
  'commands',
  'outputArtifacts',
  'inputArtifacts',
  'outputVariables',
  'roleArn',
  'region',
  'namespace',
  'timeoutInMinutes',
  'environmentVariables',
];
const ACTION_TYPE_ID_KEYS = ['category', 'owner', 'provider', 'version'];

const NAME = /^[A-Za-z0-9.@\-_]{1,100}$/;
const ARTIFACT_NAME = /^[a-zA-Z0-9_-]{1,100}$/;
const NAMESPACE = /^[A-Za-z0-9@_-]{1,100}$/;
const STORE_LOCATION = /^[a-zA-Z0-9.-]{3,63}$/;
const PROVIDER = /^[0-9A-Za-z_-]{1,35}$/;
const EXECUTION_MODES = ['SUPERSEDED', 'QUEUED', 'PARALLEL'];

interface Produced {
  stage: number;
  runOrder: number;
}

function locator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeCount([min, max]: ArtifactCount): string {
  if (min === max) return min === 0 ? 'none' : `exactly ${min}`;
  return `${min} to ${max}`;
}

class PipelineChecker {
  readonly diagnostics: Diagnostic[] = [];
  private readonly locate: (offset: number) => { line: number; column: number };

  constructor(
    text: string,
    private readonly options: ParsePipelineOptions,
  ) {
    this.locate = locator(text);
  }

  range(node: Node): SourceRange {
    const start = this.locate(node.offset);
    const end = this.locate(node.offset + node.length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  /** An error AWS returns: the message starts with the exception name, then says it in plain words. */
  error(node: Node, code: string, exception: string, message: string): void {
    this.diagnostics.push(diagnostic(this.range(node), 'error', code, `${exception}: ${message}`));
  }

  warning(node: Node, code: string, message: string): void {
    this.diagnostics.push(diagnostic(this.range(node), 'warning', code, message));
  }

  /** The value of `key` in an object node. */
  static property(object: Node, key: string): Node | undefined {
    const property = object.children?.find((p) => p.children?.[0]?.value === key);
    return property?.children?.[1];
  }

  /** Keys the AWS model does not have are ignored by us, but probably a typo: a warning, never an error. */
  unknownKeys(object: Node, known: readonly string[], where: string): void {
    for (const property of object.children ?? []) {
      const keyNode = property.children?.[0];
      const key = keyNode?.value;
      if (keyNode === undefined || typeof key !== 'string' || known.includes(key)) continue;
      const suggestion = closest(key, known);
      this.warning(
        keyNode,
        'unknown-key',
        `"${key}" is not a field of ${where}; it is kept but not checked.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      );
    }
  }

  /** The object node of a required or optional field; reports a missing required field or a wrong type. */
  field(object: Node, key: string, type: Node['type'], where: string, required: boolean): Node | undefined {
    const node = PipelineChecker.property(object, key);
    if (node === undefined) {
      if (required) {
        this.error(
          object,
          'missing-field',
          'ValidationException',
          `${where} has no "${key}", which CodePipeline requires.`,
        );
      }
      return undefined;
    }
    if (node.type !== type) {
      this.error(
        node,
        'wrong-type',
        'ValidationException',
        `"${key}" in ${where} must be ${type === 'array' ? 'an array' : `a ${type}`}, not a ${node.type}.`,
      );
      return undefined;
    }
    return node;
  }

  name(node: Node | undefined, what: string): string | undefined {
    if (node === undefined) return undefined;
    const value = node.value as string;
    if (!NAME.test(value)) {
      this.error(
        node,
        'invalid-name',
        'ValidationException',
        `${what} "${value}" must be 1 to 100 characters: letters, digits and . @ - _ only.`,
      );
    }
    return value;
  }

  check(declaration: Node): void {
    this.unknownKeys(declaration, PIPELINE_KEYS, 'a pipeline declaration');
    this.name(this.field(declaration, 'name', 'string', 'The pipeline', true), 'The pipeline name');
    this.field(declaration, 'roleArn', 'string', 'The pipeline', true);
    const pipelineType = this.field(declaration, 'pipelineType', 'string', 'The pipeline', false);
    if (pipelineType !== undefined && pipelineType.value !== 'V1' && pipelineType.value !== 'V2') {
      this.error(
        pipelineType,
        'invalid-pipeline-type',
        'ValidationException',
        `pipelineType "${String(pipelineType.value)}" is not one of V1, V2.`,
      );
    }
    const isV1 = pipelineType?.value === 'V1';
    this.checkExecutionMode(declaration, isV1);
    for (const key of ['variables', 'triggers']) {
      const node = this.field(declaration, key, 'array', 'The pipeline', false);
      if (node !== undefined && isV1) {
        this.error(
          node,
          'v2-only-field',
          'ValidationException',
          `"${key}" needs a V2 pipeline; this one is V1. Set "pipelineType": "V2" (V2 is priced differently).`,
        );
      }
    }
    const stores = this.checkArtifactStores(declaration);
    const stages = this.field(declaration, 'stages', 'array', 'The pipeline', true);
    if (stages !== undefined) this.checkStages(stages, isV1, stores);
  }

  checkExecutionMode(declaration: Node, isV1: boolean): void {
    const mode = this.field(declaration, 'executionMode', 'string', 'The pipeline', false);
    if (mode === undefined) return;
    const value = mode.value as string;
    if (!EXECUTION_MODES.includes(value)) {
      this.error(
        mode,
        'invalid-execution-mode',
        'ValidationException',
        `executionMode "${value}" is not one of ${EXECUTION_MODES.join(', ')}.`,
      );
    } else if (value !== 'SUPERSEDED' && isV1) {
      this.error(
        mode,
        'v2-only-field',
        'ValidationException',
        `executionMode ${value} needs a V2 pipeline; a V1 pipeline runs only in SUPERSEDED mode.`,
      );
    }
  }

  /** The Regions of `artifactStores`, or undefined when the pipeline uses the single `artifactStore`. */
  checkArtifactStores(declaration: Node): Set<string> | undefined {
    const single = PipelineChecker.property(declaration, 'artifactStore');
    const map = PipelineChecker.property(declaration, 'artifactStores');
    if (single !== undefined && map !== undefined) {
      this.error(
        map,
        'both-artifact-stores',
        'InvalidStructureException',
        'A pipeline has either "artifactStore" (one bucket) or "artifactStores" (one bucket per Region), not both.',
      );
      return undefined;
    }
    if (single === undefined && map === undefined) {
      this.error(
        declaration,
        'missing-artifact-store',
        'InvalidStructureException',
        'The pipeline has no "artifactStore": CodePipeline needs an S3 bucket to pass artifacts between actions.',
      );
      return undefined;
    }
    if (single !== undefined) this.checkStore(single, '"artifactStore"');
    if (map === undefined || map.type !== 'object') return undefined;
    for (const property of map.children ?? []) {
      const store = property.children?.[1];
      if (store !== undefined)
        this.checkStore(store, `The artifact store for ${String(property.children?.[0]?.value)}`);
    }
    const regions = new Set((map.children ?? []).map((p) => String(p.children?.[0]?.value)));
    const own = this.options.region;
    if (own !== undefined && !regions.has(own)) {
      this.error(
        map,
        'missing-region-store',
        'InvalidStructureException',
        `"artifactStores" has no bucket for the pipeline's own Region ${own}; with cross-Region actions every Region needs one, the pipeline's included.`,
      );
    }
    return regions;
  }

  checkStore(store: Node, where: string): void {
    if (store.type !== 'object') {
      this.error(store, 'wrong-type', 'ValidationException', `${where} must be an object.`);
      return;
    }
    const location = this.field(store, 'location', 'string', where, true);
    if (location !== undefined && !STORE_LOCATION.test(location.value as string)) {
      this.error(
        location,
        'invalid-store-location',
        'ValidationException',
        `Artifact store location "${String(location.value)}" must be an S3 bucket name: 3 to 63 characters, letters, digits, - and . only.`,
      );
    }
  }

  checkStages(stages: Node, isV1: boolean, stores: Set<string> | undefined): void {
    const list = stages.children ?? [];
    if (list.length < 2) {
      this.error(
        stages,
        'too-few-stages',
        'InvalidStructureException',
        `The pipeline has ${plural(list.length, 'stage')}; a pipeline needs at least 2 (a source stage and one more).`,
      );
    } else if (list.length > 50) {
      this.error(
        stages,
        'too-many-stages',
        'LimitExceededException',
        `A pipeline has at most 50 stages, not ${list.length}.`,
      );
    }
    const stageNames = new Set<string>();
    let actionCount = 0;
    const produced = new Map<string, Produced>();
    const inputs: { node: Node; name: string; at: Produced; action: string }[] = [];
    list.forEach((stage, index) => {
      if (stage.type !== 'object') {
        this.error(stage, 'wrong-type', 'ValidationException', 'Each stage must be an object.');
        return;
      }
      this.unknownKeys(stage, STAGE_KEYS, 'a stage');
      const nameNode = this.field(stage, 'name', 'string', `Stage ${index + 1}`, true);
      const name = this.name(nameNode, 'The stage name');
      if (nameNode !== undefined && name !== undefined) {
        if (stageNames.has(name)) {
          this.error(
            nameNode,
            'duplicate-stage-name',
            'InvalidStructureException',
            `Stage names must be unique within a pipeline; "${name}" is used twice.`,
          );
        }
        stageNames.add(name);
      }
      const label = name === undefined ? `stage ${index + 1}` : `stage "${name}"`;
      const actions = this.field(stage, 'actions', 'array', `The ${label}`, true);
      if (actions === undefined) return;
      if ((actions.children ?? []).length === 0) {
        this.error(
          actions,
          'empty-stage',
          'InvalidStructureException',
          `The ${label} has no actions; each stage needs at least 1.`,
        );
      } else if ((actions.children ?? []).length > 50) {
        this.error(
          actions,
          'too-many-actions',
          'LimitExceededException',
          `The ${label} has ${(actions.children ?? []).length} actions; a stage has at most 50.`,
        );
      }
      actionCount += (actions.children ?? []).length;
      const actionNames = new Set<string>();
      for (const action of actions.children ?? []) {
        if (action.type !== 'object') {
          this.error(action, 'wrong-type', 'ValidationException', 'Each action must be an object.');
          continue;
        }
        this.checkAction(action, { index, label, isV1, stores, actionNames, produced, inputs });
      }
    });
    if (actionCount > 500) {
      this.error(
        stages,
        'too-many-actions',
        'LimitExceededException',
        `The pipeline has ${actionCount} actions; a pipeline has at most 500.`,
      );
    }
    for (const input of inputs) {
      const source = produced.get(input.name);
      const earlier =
        source !== undefined &&
        (source.stage < input.at.stage || (source.stage === input.at.stage && source.runOrder < input.at.runOrder));
      if (!earlier) {
        this.error(
          input.node,
          'input-not-produced',
          'InvalidStructureException',
          source === undefined
            ? `Input artifact "${input.name}" of action "${input.action}" is not the output of any action.`
            : `Input artifact "${input.name}" of action "${input.action}" is produced by an action that does not run before it (same stage needs a lower runOrder).`,
        );
      }
    }
  }

  checkAction(
    action: Node,
    context: {
      index: number;
      label: string;
      isV1: boolean;
      stores: Set<string> | undefined;
      actionNames: Set<string>;
      produced: Map<string, Produced>;
      inputs: { node: Node; name: string; at: Produced; action: string }[];
    },
  ): void {
    this.unknownKeys(action, ACTION_KEYS, 'an action');
    const nameNode = this.field(action, 'name', 'string', `An action in the ${context.label}`, true);
    const name = this.name(nameNode, 'The action name') ?? '(unnamed)';
    if (nameNode !== undefined) {
      if (context.actionNames.has(name)) {
        this.error(
          nameNode,
          'duplicate-action-name',
          'InvalidStructureException',
          `Action names must be unique within a stage; "${name}" is used twice in the ${context.label}.`,
        );
      }
      context.actionNames.add(name);
    }
    const where = `Action "${name}"`;
    const runOrder = this.checkRunOrder(action, where);
    const typeId = this.field(action, 'actionTypeId', 'object', where, true);
    const type = typeId === undefined ? undefined : this.checkActionTypeId(typeId, name, context);
    const inputsNode = this.field(action, 'inputArtifacts', 'array', where, false);
    const outputsNode = this.field(action, 'outputArtifacts', 'array', where, false);
    const inputNames = this.artifactNames(inputsNode, where);
    const outputNames = this.artifactNames(outputsNode, where);
    const at = { stage: context.index, runOrder };
    for (const input of inputNames) context.inputs.push({ ...input, at, action: name });
    for (const output of outputNames) {
      if (context.produced.has(output.name)) {
        this.error(
          output.node,
          'duplicate-output-artifact',
          'InvalidStructureException',
          `Output artifact names must be unique across the pipeline; "${output.name}" is already an output of another action.`,
        );
      } else context.produced.set(output.name, at);
    }
    const namespace = this.field(action, 'namespace', 'string', where, false);
    if (namespace !== undefined && !NAMESPACE.test(namespace.value as string)) {
      this.error(
        namespace,
        'invalid-namespace',
        'ValidationException',
        `Namespace "${String(namespace.value)}" must be 1 to 100 characters: letters, digits, @ - and _ only (no .).`,
      );
    }
    const configuration = this.field(action, 'configuration', 'object', where, false);
    for (const property of configuration?.children ?? []) {
      const value = property.children?.[1];
      if (value !== undefined && value.type !== 'string') {
        this.error(
          value,
          'configuration-not-a-string',
          'ValidationException',
          `Configuration values are strings; write ${JSON.stringify(JSON.stringify(getNodeValue(value)))}.`,
        );
      }
    }
    if (type === undefined) return;
    this.checkCount(inputsNode ?? action, inputNames.length, type.rule.inputs, 'input', where, type.label);
    this.checkCount(outputsNode ?? action, outputNames.length, type.rule.outputs, 'output', where, type.label);
    for (const key of type.rule.required) {
      if (configuration === undefined || PipelineChecker.property(configuration, key) === undefined) {
        this.error(
          configuration ?? typeId!,
          'missing-configuration',
          'InvalidActionDeclarationException',
          `Action configuration for action '${name}' is missing required configuration '${key}' (${type.label} needs it).`,
        );
      }
    }
    const region = this.field(action, 'region', 'string', where, false);
    if (region !== undefined && context.stores !== undefined && !context.stores.has(region.value as string)) {
      this.error(
        region,
        'missing-region-store',
        'InvalidStructureException',
        `Action "${name}" runs in ${String(region.value)}, but "artifactStores" has no bucket for that Region.`,
      );
    }
    if (region !== undefined && (type.category === 'Source' || type.owner !== 'AWS')) {
      this.error(
        region,
        'cross-region-not-allowed',
        'InvalidActionDeclarationException',
        `Action "${name}" cannot run in another Region: Source, ThirdParty and Custom actions run in the pipeline's Region.`,
      );
    }
  }

  checkRunOrder(action: Node, where: string): number {
    const node = PipelineChecker.property(action, 'runOrder');
    if (node === undefined) return 1;
    const value: unknown = node.value;
    if (node.type !== 'number' || !Number.isInteger(value) || (value as number) < 1 || (value as number) > 999) {
      this.error(
        node,
        'invalid-run-order',
        'ValidationException',
        `runOrder of ${where} must be a whole number from 1 to 999 (actions with the same number run in parallel).`,
      );
      // Counted as last in its stage, so the one mistake is not reported again as an artifact made too late.
      return Number.POSITIVE_INFINITY;
    }
    return value as number;
  }

  checkActionTypeId(
    typeId: Node,
    name: string,
    context: { index: number; label: string; isV1: boolean },
  ): { rule: ActionTypeRule; label: string; category: string; owner: string } | undefined {
    this.unknownKeys(typeId, ACTION_TYPE_ID_KEYS, 'actionTypeId');
    const where = `Action "${name}"`;
    const fields = ACTION_TYPE_ID_KEYS.map((key) =>
      this.field(typeId, key, 'string', `actionTypeId of ${where}`, true),
    );
    const [categoryNode, ownerNode, providerNode, versionNode] = fields;
    let known = true;
    const category = categoryNode?.value as string | undefined;
    if (categoryNode !== undefined && !(ACTION_CATEGORIES as readonly string[]).includes(category!)) {
      const suggestion = closest(category!, ACTION_CATEGORIES);
      this.error(
        categoryNode,
        'unknown-category',
        'ValidationException',
        `Category "${category}" is not one of ${ACTION_CATEGORIES.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      );
      known = false;
    }
    const owner = ownerNode?.value as string | undefined;
    if (ownerNode !== undefined && !(ACTION_OWNERS as readonly string[]).includes(owner!)) {
      this.error(
        ownerNode,
        'unknown-owner',
        'ValidationException',
        `Owner "${owner}" is not one of ${ACTION_OWNERS.join(', ')}.`,
      );
      known = false;
    }
    const provider = providerNode?.value as string | undefined;
    if (providerNode !== undefined && !PROVIDER.test(provider!)) {
      this.error(
        providerNode,
        'invalid-provider',
        'ValidationException',
        `Provider "${provider}" must be 1 to 35 characters: letters, digits, - and _ only.`,
      );
      known = false;
    }
    const version = versionNode?.value as string | undefined;
    if (versionNode !== undefined && (version!.length < 1 || version!.length > 9)) {
      this.error(
        versionNode,
        'invalid-version',
        'ValidationException',
        'The action type version is 1 to 9 characters.',
      );
    }
    if (categoryNode !== undefined && category !== undefined)
      this.checkPlacement(categoryNode, category, where, context);
    if (!known || category === undefined || owner === undefined || provider === undefined) return undefined;
    const label = `${owner}/${category}/${provider}`;
    const rule = owner === 'Custom' ? CUSTOM_ACTION_TYPE : ACTION_TYPES.get(label);
    if (rule === undefined) {
      const candidates = [...ACTION_TYPES.keys()]
        .filter((k) => k.startsWith(`${owner}/${category}/`))
        .map((k) => k.split('/')[2]!);
      const suggestion = closest(provider, candidates);
      const message = `ActionType (Category: '${category}', Provider: '${provider}', Owner: '${owner}', Version: '${version ?? ''}') in action '${name}' is not available.${suggestion ? ` Did you mean "${suggestion}"?` : candidates.length > 0 ? ` ${category} providers: ${candidates.join(', ')}.` : ''}`;
      if (owner === 'AWS')
        this.error(providerNode!, 'unknown-action-type', 'InvalidActionDeclarationException', message);
      else
        this.warning(
          providerNode!,
          'unknown-action-type',
          `${message} Partner actions are not simulated, so it is not checked.`,
        );
      return undefined;
    }
    return { rule, label, category, owner };
  }

  checkPlacement(
    node: Node,
    category: string,
    where: string,
    context: { index: number; label: string; isV1: boolean },
  ) {
    if (category === 'Source' && context.index > 0) {
      this.error(
        node,
        'source-not-first',
        'InvalidStructureException',
        `${where} is a source action in the ${context.label}; only the first stage may contain source actions.`,
      );
    } else if (category !== 'Source' && context.index === 0) {
      this.error(
        node,
        'first-stage-not-source',
        'InvalidStructureException',
        `${where} is a ${category} action in the first stage; the first stage may contain only source actions.`,
      );
    } else if (category === 'Compute' && context.isV1) {
      this.error(
        node,
        'v2-only-field',
        'ValidationException',
        `${where} is a Commands (Compute) action, which needs a V2 pipeline; this one is V1.`,
      );
    }
  }

  artifactNames(list: Node | undefined, where: string): { node: Node; name: string }[] {
    const names: { node: Node; name: string }[] = [];
    for (const item of list?.children ?? []) {
      const nameNode = item.type === 'object' ? PipelineChecker.property(item, 'name') : undefined;
      if (nameNode === undefined || nameNode.type !== 'string') {
        this.error(item, 'missing-field', 'ValidationException', `Each artifact of ${where} needs a "name" string.`);
        continue;
      }
      const name = nameNode.value as string;
      if (!ARTIFACT_NAME.test(name)) {
        this.error(
          nameNode,
          'invalid-artifact-name',
          'ValidationException',
          `Artifact name "${name}" must be 1 to 100 characters: letters, digits, - and _ only (no . or @).`,
        );
      }
      names.push({ node: nameNode, name });
    }
    return names;
  }

  checkCount(node: Node, count: number, allowed: ArtifactCount, kind: string, where: string, label: string): void {
    if (count >= allowed[0] && count <= allowed[1]) return;
    this.error(
      node,
      `${kind}-artifact-count`,
      'InvalidActionDeclarationException',
      `${where} has ${plural(count, `${kind} artifact`)}; ${label} takes ${describeCount(allowed)}.`,
    );
  }
}

/** Where the declaration is: under `pipeline` (get-pipeline output, create-pipeline input) or the file itself. */
function findDeclaration(root: Node, checker: PipelineChecker): Node | undefined {
  const wrapped = PipelineChecker.property(root, 'pipeline');
  if (wrapped === undefined) return root;
  checker.unknownKeys(root, WRAPPER_KEYS, 'a get-pipeline / create-pipeline file');
  if (wrapped.type !== 'object') {
    checker.error(
      wrapped,
      'wrong-type',
      'ValidationException',
      '"pipeline" must be an object holding the declaration.',
    );
    return undefined;
  }
  return wrapped;
}

/**
 * Checks a CodePipeline declaration file (JSON) against the rules CreatePipeline / UpdatePipeline apply, with
 * each finding at the offending field.
 */
export function parsePipeline(text: string, options: ParsePipelineOptions = {}): PipelineParseResult {
  const checker = new PipelineChecker(text, options);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  for (const error of errors) {
    // AWS never sees such a file: the CLI refuses it before sending, so the message is the CLI's.
    checker.diagnostics.push(
      diagnostic(
        checker.range({ type: 'null', offset: error.offset, length: error.length } as Node),
        'error',
        'json-syntax',
        `Error parsing parameter '--cli-input-json': Invalid JSON (${printParseErrorCode(error.error)}).`,
      ),
    );
  }
  if (errors.length > 0 || root === undefined) return { diagnostics: sortDiagnostics(checker.diagnostics) };
  if (root.type !== 'object') {
    checker.error(root, 'wrong-type', 'ValidationException', 'A pipeline file is a JSON object.');
    return { diagnostics: sortDiagnostics(checker.diagnostics) };
  }
  const declaration = findDeclaration(root, checker);
  if (declaration === undefined) return { diagnostics: sortDiagnostics(checker.diagnostics) };
  checker.check(declaration);
  return {
    declaration: getNodeValue(declaration) as Record<string, unknown>,
    diagnostics: sortDiagnostics(checker.diagnostics),
  };
}
