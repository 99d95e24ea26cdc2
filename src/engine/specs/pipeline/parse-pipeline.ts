import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { diagnostic, sortDiagnostics, type Diagnostic, type SourceRange } from '../diagnostics';
import { closest } from '../suggest';
import {
  fromJsonNode,
  isIntrinsicNode,
  locator,
  plainValue,
  property,
  type LocatedNode,
  type LocatedObject,
} from './located';
import { checkStageConditions, checkTriggers, checkVariables, connectionSources } from './v2-fields';
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

/** How the checker words and relaxes its findings for the file the declaration came from. */
export interface CheckDeclarationOptions extends ParsePipelineOptions {
  /**
   * `cloudformation`: field names shown in PascalCase, the pipeline name optional (CloudFormation makes one
   * up), and unknown keys already reported by the template reader.
   */
  dialect?: 'json' | 'cloudformation';
}

/** Where a finding goes: a node, or the key of a property. */
type Place = { range: SourceRange };

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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeCount([min, max]: ArtifactCount): string {
  if (min === max) return min === 0 ? 'none' : `exactly ${min}`;
  return `${min} to ${max}`;
}

/** The name a field has in the file: CloudFormation writes `RoleArn` where the API writes `roleArn`. */
const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

/** A scalar's text (configuration values and names are strings once CloudFormation has read them). */
const text = (node: LocatedNode): string => String(plainValue(node));

/** A value the checker can read: present and not an intrinsic function CloudFormation resolves later. */
function concrete(node: LocatedNode | undefined): node is LocatedNode {
  return node !== undefined && !isIntrinsicNode(node);
}

interface StageContext {
  index: number;
  label: string;
  isV1: boolean;
  stores: Set<string> | undefined;
  actionNames: Set<string>;
  produced: Map<string, Produced>;
  inputs: { node: LocatedNode; name: string; at: Produced; action: string }[];
}

/** The CreatePipeline / UpdatePipeline rules over a located declaration, each finding at the field it is about. */
export class PipelineChecker {
  readonly diagnostics: Diagnostic[] = [];
  /** Some output artifact is named by an intrinsic function: an input no concrete output matches may be it. */
  private computedOutputs = false;
  /** The pipeline runs in PARALLEL mode, where stage rollback does not exist. */
  private parallel = false;

  constructor(private readonly options: CheckDeclarationOptions = {}) {}

  private get cloudFormation(): boolean {
    return this.options.dialect === 'cloudformation';
  }

  /** A field's name as the file writes it. */
  key(name: string): string {
    return this.cloudFormation ? pascal(name) : name;
  }

  /** An error AWS returns: the message starts with the exception name, then says it in plain words. */
  error(at: Place, code: string, exception: string, message: string): void {
    this.diagnostics.push(diagnostic(at.range, 'error', code, `${exception}: ${message}`));
  }

  warning(at: Place, code: string, message: string): void {
    this.diagnostics.push(diagnostic(at.range, 'warning', code, message));
  }

  /** Keys the AWS model does not have are ignored by us, but probably a typo: a warning, never an error. */
  unknownKeys(object: LocatedNode, known: readonly string[], where: string): void {
    if (object.type !== 'object' || this.cloudFormation) return;
    for (const { key, keyRange } of object.properties) {
      if (known.includes(key)) continue;
      const suggestion = closest(key, known);
      this.warning(
        { range: keyRange },
        'unknown-key',
        `"${key}" is not a field of ${where}; it is kept but not checked.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      );
    }
  }

  /**
   * The node of a required or optional field; reports a missing required field or a wrong type. An intrinsic
   * function stands for a value of any type: it is returned only where a string is expected.
   */
  field(
    object: LocatedNode,
    key: string,
    type: LocatedNode['type'],
    where: string,
    required: boolean,
  ): LocatedNode | undefined {
    const node = property(object, key);
    if (node === undefined) {
      if (required) {
        this.error(
          object,
          'missing-field',
          'ValidationException',
          `${where} has no "${this.key(key)}", which CodePipeline requires.`,
        );
      }
      return undefined;
    }
    if (isIntrinsicNode(node)) return type === 'string' ? node : undefined;
    if (node.type !== type) {
      this.error(
        node,
        'wrong-type',
        'ValidationException',
        `"${this.key(key)}" in ${where} must be ${type === 'array' ? 'an array' : `a ${type}`}, not a ${node.type}.`,
      );
      return undefined;
    }
    return node;
  }

  /** The name, when it is written out (not computed by an intrinsic function). */
  name(node: LocatedNode | undefined, what: string): string | undefined {
    if (!concrete(node)) return undefined;
    const value = text(node);
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

  check(declaration: LocatedNode): void {
    this.unknownKeys(declaration, PIPELINE_KEYS, 'a pipeline declaration');
    this.name(this.field(declaration, 'name', 'string', 'The pipeline', !this.cloudFormation), 'The pipeline name');
    this.field(declaration, 'roleArn', 'string', 'The pipeline', true);
    const pipelineType = this.field(declaration, 'pipelineType', 'string', 'The pipeline', false);
    if (concrete(pipelineType) && text(pipelineType) !== 'V1' && text(pipelineType) !== 'V2') {
      this.error(
        pipelineType,
        'invalid-pipeline-type',
        'ValidationException',
        `${this.key('pipelineType')} "${text(pipelineType)}" is not one of V1, V2.`,
      );
    }
    const isV1 = concrete(pipelineType) && text(pipelineType) === 'V1';
    this.checkExecutionMode(declaration, isV1);
    for (const key of ['variables', 'triggers']) {
      const node = this.field(declaration, key, 'array', 'The pipeline', false);
      if (node !== undefined && isV1) {
        this.error(
          node,
          'v2-only-field',
          'ValidationException',
          `"${this.key(key)}" needs a V2 pipeline; this one is V1. Set "${this.key('pipelineType')}": "V2" (V2 is priced differently).`,
        );
      }
    }
    const variables = property(declaration, 'variables');
    if (variables?.type === 'array') checkVariables(this, variables);
    const triggers = property(declaration, 'triggers');
    if (triggers?.type === 'array') checkTriggers(this, triggers, connectionSources(property(declaration, 'stages')));
    const stores = this.checkArtifactStores(declaration);
    const stages = this.field(declaration, 'stages', 'array', 'The pipeline', true);
    if (stages?.type === 'array') this.checkStages(stages.items, stages, isV1, stores);
  }

  checkExecutionMode(declaration: LocatedNode, isV1: boolean): void {
    const mode = this.field(declaration, 'executionMode', 'string', 'The pipeline', false);
    if (!concrete(mode)) return;
    const value = text(mode);
    this.parallel = value === 'PARALLEL';
    if (!EXECUTION_MODES.includes(value)) {
      this.error(
        mode,
        'invalid-execution-mode',
        'ValidationException',
        `${this.key('executionMode')} "${value}" is not one of ${EXECUTION_MODES.join(', ')}.`,
      );
    } else if (value !== 'SUPERSEDED' && isV1) {
      this.error(
        mode,
        'v2-only-field',
        'ValidationException',
        `${this.key('executionMode')} ${value} needs a V2 pipeline; a V1 pipeline runs only in SUPERSEDED mode.`,
      );
    }
  }

  /**
   * The Regions of `artifactStores`, or undefined when the pipeline uses the single `artifactStore` (or the
   * Regions are computed by intrinsic functions, so membership cannot be checked).
   */
  checkArtifactStores(declaration: LocatedNode): Set<string> | undefined {
    const single = property(declaration, 'artifactStore');
    const map = property(declaration, 'artifactStores');
    const [singleKey, mapKey] = [this.key('artifactStore'), this.key('artifactStores')];
    if (single !== undefined && map !== undefined) {
      this.error(
        map,
        'both-artifact-stores',
        'InvalidStructureException',
        `A pipeline has either "${singleKey}" (one bucket) or "${mapKey}" (one bucket per Region), not both.`,
      );
      return undefined;
    }
    if (single === undefined && map === undefined) {
      this.error(
        declaration,
        'missing-artifact-store',
        'InvalidStructureException',
        `The pipeline has no "${singleKey}": CodePipeline needs an S3 bucket to pass artifacts between actions.`,
      );
      return undefined;
    }
    if (single !== undefined) this.checkStore(single, `"${singleKey}"`);
    if (map?.type !== 'object') return undefined;
    for (const { key, value } of map.properties) this.checkStore(value, `The artifact store for ${key}`);
    if (map.properties.some((p) => p.key.startsWith('!'))) return undefined;
    const regions = new Set(map.properties.map((p) => p.key));
    const own = this.options.region;
    if (own !== undefined && !regions.has(own)) {
      this.error(
        map,
        'missing-region-store',
        'InvalidStructureException',
        `"${mapKey}" has no bucket for the pipeline's own Region ${own}; with cross-Region actions every Region needs one, the pipeline's included.`,
      );
    }
    return regions;
  }

  checkStore(store: LocatedNode, where: string): void {
    if (isIntrinsicNode(store)) return;
    if (store.type !== 'object') {
      this.error(store, 'wrong-type', 'ValidationException', `${where} must be an object.`);
      return;
    }
    const location = this.field(store, 'location', 'string', where, true);
    if (concrete(location) && !STORE_LOCATION.test(text(location))) {
      this.error(
        location,
        'invalid-store-location',
        'ValidationException',
        `Artifact store location "${text(location)}" must be an S3 bucket name: 3 to 63 characters, letters, digits, - and . only.`,
      );
    }
  }

  checkStages(list: LocatedNode[], stages: LocatedNode, isV1: boolean, stores: Set<string> | undefined): void {
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
    const inputs: StageContext['inputs'] = [];
    list.forEach((stage, index) => {
      if (isIntrinsicNode(stage)) return;
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
      checkStageConditions(this, stage, label, { isV1, parallel: this.parallel });
      const actions = this.field(stage, 'actions', 'array', `The ${label}`, true);
      if (actions?.type !== 'array') return;
      const items = actions.items;
      if (items.length === 0) {
        this.error(
          actions,
          'empty-stage',
          'InvalidStructureException',
          `The ${label} has no actions; each stage needs at least 1.`,
        );
      } else if (items.length > 50) {
        this.error(
          actions,
          'too-many-actions',
          'LimitExceededException',
          `The ${label} has ${items.length} actions; a stage has at most 50.`,
        );
      }
      actionCount += items.length;
      const actionNames = new Set<string>();
      for (const action of items) {
        if (isIntrinsicNode(action)) continue;
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
    this.checkInputs(inputs, produced);
  }

  checkInputs(inputs: StageContext['inputs'], produced: Map<string, Produced>): void {
    for (const input of inputs) {
      const source = produced.get(input.name);
      if (source === undefined && this.computedOutputs) continue;
      // An intrinsic runOrder (NaN) could be anything: only a stage boundary decides then.
      const sameStage = source !== undefined && source.stage === input.at.stage;
      if (sameStage && (Number.isNaN(source.runOrder) || Number.isNaN(input.at.runOrder))) continue;
      const earlier =
        source !== undefined && (source.stage < input.at.stage || (sameStage && source.runOrder < input.at.runOrder));
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

  checkAction(action: LocatedObject, context: StageContext): void {
    this.unknownKeys(action, ACTION_KEYS, 'an action');
    const nameNode = this.field(action, 'name', 'string', `An action in the ${context.label}`, true);
    const written = this.name(nameNode, 'The action name');
    if (nameNode !== undefined && written !== undefined) {
      if (context.actionNames.has(written)) {
        this.error(
          nameNode,
          'duplicate-action-name',
          'InvalidStructureException',
          `Action names must be unique within a stage; "${written}" is used twice in the ${context.label}.`,
        );
      }
      context.actionNames.add(written);
    }
    const name = written ?? (nameNode === undefined || concrete(nameNode) ? '(unnamed)' : text(nameNode));
    const where = `Action "${name}"`;
    const runOrder = this.checkRunOrder(action, where);
    const typeId = this.field(action, 'actionTypeId', 'object', where, true);
    const type = typeId === undefined ? undefined : this.checkActionTypeId(typeId, name, context);
    const inputsNode = this.field(action, 'inputArtifacts', 'array', where, false);
    const outputsNode = this.field(action, 'outputArtifacts', 'array', where, false);
    const inputs = this.artifactNames(inputsNode, where);
    const outputs = this.artifactNames(outputsNode, where);
    if (outputs.computed) this.computedOutputs = true;
    const at = { stage: context.index, runOrder };
    for (const input of inputs.names) context.inputs.push({ ...input, at, action: name });
    for (const output of outputs.names) {
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
    if (concrete(namespace) && !NAMESPACE.test(text(namespace))) {
      this.error(
        namespace,
        'invalid-namespace',
        'ValidationException',
        `Namespace "${text(namespace)}" must be 1 to 100 characters: letters, digits, @ - and _ only (no .).`,
      );
    }
    const timeout = property(action, 'timeoutInMinutes');
    const minutes = timeout === undefined ? undefined : plainValue(timeout);
    if (concrete(timeout) && !(Number.isInteger(minutes) && (minutes as number) >= 5 && (minutes as number) <= 86400)) {
      this.error(
        timeout,
        'invalid-timeout',
        'ValidationException',
        `${this.key('timeoutInMinutes')} of ${where} must be a whole number of minutes from 5 to 86400 (60 days).`,
      );
    }
    const configuration = this.field(action, 'configuration', 'object', where, false);
    for (const { value } of configuration?.type === 'object' ? configuration.properties : []) {
      if (value.type !== 'string') {
        this.error(
          value,
          'configuration-not-a-string',
          'ValidationException',
          `Configuration values are strings; write ${JSON.stringify(JSON.stringify(plainValue(value)))}.`,
        );
      }
    }
    if (type === undefined) return;
    if (!inputs.computed) {
      this.checkCount(inputsNode ?? action, inputs.names.length, type.rule.inputs, 'input', where, type.label);
    }
    if (!outputs.computed) {
      this.checkCount(outputsNode ?? action, outputs.names.length, type.rule.outputs, 'output', where, type.label);
    }
    // A whole configuration computed by an intrinsic function may hold any key.
    if (configuration !== undefined || !isIntrinsicNode(property(action, 'configuration'))) {
      for (const key of type.rule.required) {
        if (configuration === undefined || property(configuration, key) === undefined) {
          this.error(
            configuration ?? typeId!,
            'missing-configuration',
            'InvalidActionDeclarationException',
            `Action configuration for action '${name}' is missing required configuration '${key}' (${type.label} needs it).`,
          );
        }
      }
    }
    this.checkRegion(action, name, where, type, context.stores);
  }

  checkRegion(
    action: LocatedNode,
    name: string,
    where: string,
    type: { category: string; owner: string },
    stores: Set<string> | undefined,
  ): void {
    const region = this.field(action, 'region', 'string', where, false);
    if (!concrete(region)) return;
    if (stores !== undefined && !stores.has(text(region))) {
      this.error(
        region,
        'missing-region-store',
        'InvalidStructureException',
        `Action "${name}" runs in ${text(region)}, but "${this.key('artifactStores')}" has no bucket for that Region.`,
      );
    }
    if (type.category === 'Source' || type.owner !== 'AWS') {
      this.error(
        region,
        'cross-region-not-allowed',
        'InvalidActionDeclarationException',
        `Action "${name}" cannot run in another Region: Source, ThirdParty and Custom actions run in the pipeline's Region.`,
      );
    }
  }

  /** The action's runOrder; NaN when an intrinsic function computes it. */
  checkRunOrder(action: LocatedNode, where: string): number {
    const node = property(action, 'runOrder');
    if (node === undefined) return 1;
    if (isIntrinsicNode(node)) return Number.NaN;
    const value = plainValue(node);
    if (node.type !== 'number' || !Number.isInteger(value) || (value as number) < 1 || (value as number) > 999) {
      this.error(
        node,
        'invalid-run-order',
        'ValidationException',
        `${this.key('runOrder')} of ${where} must be a whole number from 1 to 999 (actions with the same number run in parallel).`,
      );
      // Counted as last in its stage, so the one mistake is not reported again as an artifact made too late.
      return Number.POSITIVE_INFINITY;
    }
    return value as number;
  }

  checkActionTypeId(
    typeId: LocatedNode,
    name: string,
    context: { index: number; label: string; isV1: boolean },
  ): { rule: ActionTypeRule; label: string; category: string; owner: string } | undefined {
    this.unknownKeys(typeId, ACTION_TYPE_ID_KEYS, 'actionTypeId');
    const where = `Action "${name}"`;
    const fields = ACTION_TYPE_ID_KEYS.map((key) =>
      this.field(typeId, key, 'string', `${this.key('actionTypeId')} of ${where}`, true),
    );
    const written = (node: LocatedNode | undefined) => (concrete(node) ? text(node) : undefined);
    const [categoryNode, ownerNode, providerNode, versionNode] = fields;
    const [category, owner, provider, version] = fields.map(written);
    let known = true;
    if (category !== undefined && !(ACTION_CATEGORIES as readonly string[]).includes(category)) {
      const suggestion = closest(category, ACTION_CATEGORIES);
      this.error(
        categoryNode!,
        'unknown-category',
        'ValidationException',
        `Category "${category}" is not one of ${ACTION_CATEGORIES.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      );
      known = false;
    }
    if (owner !== undefined && !(ACTION_OWNERS as readonly string[]).includes(owner)) {
      this.error(
        ownerNode!,
        'unknown-owner',
        'ValidationException',
        `Owner "${owner}" is not one of ${ACTION_OWNERS.join(', ')}.`,
      );
      known = false;
    }
    if (provider !== undefined && !PROVIDER.test(provider)) {
      this.error(
        providerNode!,
        'invalid-provider',
        'ValidationException',
        `Provider "${provider}" must be 1 to 35 characters: letters, digits, - and _ only.`,
      );
      known = false;
    }
    if (version !== undefined && (version.length < 1 || version.length > 9)) {
      this.error(
        versionNode!,
        'invalid-version',
        'ValidationException',
        'The action type version is 1 to 9 characters.',
      );
    }
    if (category !== undefined) this.checkPlacement(categoryNode!, category, where, context);
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
    node: LocatedNode,
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

  /** The written artifact names; `computed` when some are made by intrinsic functions (so counts are unknown). */
  artifactNames(
    list: LocatedNode | undefined,
    where: string,
  ): { names: { node: LocatedNode; name: string }[]; computed: boolean } {
    const names: { node: LocatedNode; name: string }[] = [];
    let computed = false;
    for (const item of list?.type === 'array' ? list.items : []) {
      const nameNode = item.type === 'object' ? property(item, 'name') : undefined;
      if (isIntrinsicNode(item) || isIntrinsicNode(nameNode)) {
        computed = true;
        continue;
      }
      if (nameNode === undefined || nameNode.type !== 'string') {
        this.error(
          item,
          'missing-field',
          'ValidationException',
          `Each artifact of ${where} needs a "${this.key('name')}" string.`,
        );
        continue;
      }
      const name = text(nameNode);
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
    return { names, computed };
  }

  checkCount(
    node: LocatedNode,
    count: number,
    allowed: ArtifactCount,
    kind: string,
    where: string,
    label: string,
  ): void {
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
function findDeclaration(root: LocatedObject, checker: PipelineChecker): LocatedNode | undefined {
  const wrapped = property(root, 'pipeline');
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
  const checker = new PipelineChecker(options);
  const locate = locator(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  for (const error of errors) {
    const start = locate(error.offset);
    const end = locate(error.offset + error.length);
    // AWS never sees such a file: the CLI refuses it before sending, so the message is the CLI's.
    checker.diagnostics.push(
      diagnostic(
        { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
        'error',
        'json-syntax',
        `Error parsing parameter '--cli-input-json': Invalid JSON (${printParseErrorCode(error.error)}).`,
      ),
    );
  }
  if (errors.length > 0 || tree === undefined) return { diagnostics: sortDiagnostics(checker.diagnostics) };
  return checkPipelineFile(fromJsonNode(tree, locate), options, checker);
}

/**
 * parsePipeline's checks over a file's located tree: a JSON object holding the declaration under `pipeline` or
 * being it.
 */
export function checkPipelineFile(
  root: LocatedNode,
  options: ParsePipelineOptions = {},
  checker = new PipelineChecker(options),
): PipelineParseResult {
  if (root.type !== 'object') {
    checker.error(root, 'wrong-type', 'ValidationException', 'A pipeline file is a JSON object.');
    return { diagnostics: sortDiagnostics(checker.diagnostics) };
  }
  const declaration = findDeclaration(root, checker);
  if (declaration === undefined) return { diagnostics: sortDiagnostics(checker.diagnostics) };
  checker.check(declaration);
  return {
    declaration: plainValue(declaration) as Record<string, unknown>,
    diagnostics: sortDiagnostics(checker.diagnostics),
  };
}
