import { closest } from '../suggest';
import { checkDeploymentWindow } from './deployment-window';
import { isIntrinsicNode, plainValue, property, type LocatedNode } from './located';
import type { PipelineChecker } from './parse-pipeline';

const VARIABLE_NAME = /^[A-Za-z0-9@\-_]{1,128}$/;
const PULL_REQUEST_EVENTS = ['OPEN', 'UPDATED', 'CLOSED'];

const text = (node: LocatedNode) => String(plainValue(node));
const items = (node: LocatedNode | undefined) => (node?.type === 'array' ? node.items : []);

/** Pipeline-level variables (aws-facts §1.9): at most 50, names unique and of the variable pattern. */
export function checkVariables(checker: PipelineChecker, variables: LocatedNode): void {
  const list = items(variables);
  if (list.length > 50) {
    checker.error(
      variables,
      'too-many-variables',
      'LimitExceededException',
      `A pipeline has at most 50 variables, not ${list.length}.`,
    );
  }
  const seen = new Set<string>();
  for (const variable of list) {
    if (isIntrinsicNode(variable)) continue;
    if (variable.type !== 'object') {
      checker.error(variable, 'wrong-type', 'ValidationException', 'Each pipeline variable is an object with a name.');
      continue;
    }
    const name = checker.field(variable, 'name', 'string', 'A pipeline variable', true);
    if (name === undefined || isIntrinsicNode(name)) continue;
    if (!VARIABLE_NAME.test(text(name))) {
      checker.error(
        name,
        'invalid-variable-name',
        'ValidationException',
        `Variable name "${text(name)}" must be 1 to 128 characters: letters, digits, @ - and _ only.`,
      );
    } else if (seen.has(text(name))) {
      checker.error(
        name,
        'duplicate-variable',
        'ValidationException',
        `Variable names are unique; "${text(name)}" is declared twice.`,
      );
    }
    seen.add(text(name));
    const value = checker.field(variable, 'defaultValue', 'string', `Variable "${text(name)}"`, false);
    if (value !== undefined && !isIntrinsicNode(value) && (text(value).length < 1 || text(value).length > 1000)) {
      checker.error(value, 'invalid-variable-value', 'ValidationException', 'A default value is 1 to 1000 characters.');
    }
    const description = checker.field(variable, 'description', 'string', `Variable "${text(name)}"`, false);
    if (description !== undefined && !isIntrinsicNode(description) && text(description).length > 200) {
      checker.error(
        description,
        'invalid-variable-description',
        'ValidationException',
        'A variable description is at most 200 characters.',
      );
    }
  }
}

/** The names of the connection (CodeStarSourceConnection) source actions of the first stage: what triggers watch. */
export function connectionSources(stages: LocatedNode | undefined): string[] | undefined {
  const first = items(stages)[0];
  const actions = first === undefined ? undefined : property(first, 'actions');
  const names: string[] = [];
  for (const action of items(actions)) {
    const name = property(action, 'name');
    const typeId = property(action, 'actionTypeId');
    const provider = typeId === undefined ? undefined : property(typeId, 'provider');
    if (name === undefined || provider === undefined || isIntrinsicNode(name) || isIntrinsicNode(provider)) {
      return undefined;
    }
    if (text(provider) === 'CodeStarSourceConnection') names.push(text(name));
  }
  return names;
}

/**
 * Triggers (aws-facts §1.10): at most 50, each on a connection source action, with 1 to 3 push and pull-request
 * filters in the combinations CodePipeline allows, and 1 to 8 patterns of 1 to 255 characters per list.
 */
export function checkTriggers(checker: PipelineChecker, triggers: LocatedNode, sources: string[] | undefined): void {
  const list = items(triggers);
  if (list.length > 50) {
    checker.error(
      triggers,
      'too-many-triggers',
      'LimitExceededException',
      `A pipeline has at most 50 triggers, not ${list.length}.`,
    );
  }
  for (const trigger of list) {
    if (trigger.type !== 'object') continue;
    const provider = checker.field(trigger, 'providerType', 'string', 'A trigger', true);
    if (provider !== undefined && !isIntrinsicNode(provider) && text(provider) !== 'CodeStarSourceConnection') {
      checker.error(
        provider,
        'invalid-trigger',
        'ValidationException',
        `providerType "${text(provider)}" is not CodeStarSourceConnection, the only trigger provider.`,
      );
    }
    const git = checker.field(trigger, 'gitConfiguration', 'object', 'A trigger', true);
    if (git === undefined) continue;
    const source = checker.field(git, 'sourceActionName', 'string', 'The trigger', true);
    if (source !== undefined && !isIntrinsicNode(source) && sources !== undefined && !sources.includes(text(source))) {
      const suggestion = closest(text(source), sources);
      checker.error(
        source,
        'trigger-source-not-found',
        'ValidationException',
        sources.length === 0
          ? `The trigger watches "${text(source)}", but the first stage has no CodeStarSourceConnection source action; triggers work only with connection sources.`
          : `The trigger watches "${text(source)}", which is not a CodeStarSourceConnection source action of the first stage (${sources.join(', ')}).${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      );
    }
    for (const kind of ['push', 'pullRequest'] as const) {
      const filters = checker.field(git, kind, 'array', 'The trigger', false);
      if (filters === undefined) continue;
      if (items(filters).length < 1 || items(filters).length > 3) {
        checker.error(
          filters,
          'invalid-trigger',
          'ValidationException',
          `"${checker.key(kind)}" holds 1 to 3 filters, not ${items(filters).length}.`,
        );
      }
      for (const filter of items(filters)) checkFilter(checker, filter, kind);
    }
  }
}

function checkFilter(checker: PipelineChecker, filter: LocatedNode, kind: 'push' | 'pullRequest'): void {
  if (filter.type !== 'object') return;
  const has = (key: string) => property(filter, key) !== undefined;
  const allowed =
    kind === 'push'
      ? (has('tags') && !has('branches') && !has('filePaths')) || (has('branches') && !has('tags'))
      : has('branches') && !has('tags');
  if (!allowed) {
    checker.error(
      filter,
      'invalid-trigger-filter',
      'ValidationException',
      kind === 'push'
        ? 'A push filter has tags alone, branches alone, or branches with filePaths.'
        : 'A pull request filter has branches, alone or with filePaths.',
    );
  }
  if (kind === 'pullRequest') {
    const events = checker.field(filter, 'events', 'array', 'A pull request filter', false);
    for (const event of items(events)) {
      if (!isIntrinsicNode(event) && !PULL_REQUEST_EVENTS.includes(text(event))) {
        checker.error(
          event,
          'invalid-trigger-filter',
          'ValidationException',
          `Pull request event "${text(event)}" is not one of ${PULL_REQUEST_EVENTS.join(', ')}.`,
        );
      }
    }
  }
  for (const criteria of ['tags', 'branches', 'filePaths']) {
    const node = checker.field(
      filter,
      criteria,
      'object',
      `A ${kind === 'push' ? 'push' : 'pull request'} filter`,
      false,
    );
    if (node === undefined) continue;
    for (const side of ['includes', 'excludes']) {
      const patterns = checker.field(node, side, 'array', `"${checker.key(criteria)}"`, false);
      if (patterns === undefined) continue;
      if (items(patterns).length < 1 || items(patterns).length > 8) {
        checker.error(
          patterns,
          'invalid-trigger-filter',
          'ValidationException',
          `"${checker.key(side)}" holds 1 to 8 patterns, not ${items(patterns).length}.`,
        );
      }
      for (const pattern of items(patterns)) {
        if (!isIntrinsicNode(pattern) && (text(pattern).length < 1 || text(pattern).length > 255)) {
          checker.error(
            pattern,
            'invalid-trigger-filter',
            'ValidationException',
            'A filter pattern is 1 to 255 characters.',
          );
        }
      }
    }
  }
}

/** The configuration each rule provider requires (CodePipeline rule reference); Commands takes `commands` instead. */
const RULE_REQUIRED_CONFIGURATION: Record<string, string[]> = {
  CloudWatchAlarm: ['AlarmName'],
  CodeBuild: ['ProjectName'],
  DeploymentWindow: ['Cron'],
  LambdaInvoke: ['FunctionName'],
  VariableCheck: ['Variable', 'Value', 'Operator'],
};

const RULE_PROVIDERS = [
  'CloudWatchAlarm',
  'CodeBuild',
  'Commands',
  'DeploymentWindow',
  'LambdaInvoke',
  'VariableCheck',
];

/** Results each stage condition may have (aws-facts §1.14). */
const CONDITION_RESULTS: Record<string, readonly string[]> = {
  beforeEntry: ['FAIL', 'SKIP'],
  onSuccess: ['ROLLBACK', 'FAIL'],
  onFailure: ['ROLLBACK', 'FAIL', 'RETRY', 'SKIP'],
};

/**
 * Stage conditions and automatic retry (aws-facts §1.7, §1.14): V2 only, one condition of 1 to 5 rules with a
 * result the condition allows, known rule providers, no ROLLBACK in PARALLEL mode.
 */
export function checkStageConditions(
  checker: PipelineChecker,
  stage: LocatedNode,
  label: string,
  pipeline: { isV1: boolean; parallel: boolean },
): void {
  for (const kind of Object.keys(CONDITION_RESULTS)) {
    const block = property(stage, kind);
    if (block === undefined || isIntrinsicNode(block)) continue;
    const name = checker.key(kind);
    if (pipeline.isV1) {
      checker.error(
        block,
        'v2-only-field',
        'ValidationException',
        `"${name}" of the ${label} needs a V2 pipeline; this one is V1.`,
      );
      continue;
    }
    if (block.type !== 'object') continue;
    const allowed = CONDITION_RESULTS[kind]!;
    const result = (node: LocatedNode | undefined) => {
      if (node === undefined || isIntrinsicNode(node)) return;
      if (!allowed.includes(text(node))) {
        checker.error(
          node,
          'invalid-condition',
          'ValidationException',
          `"${name}" of the ${label} can have the result ${allowed.join(' or ')}, not ${text(node)}.`,
        );
      } else if (text(node) === 'ROLLBACK' && pipeline.parallel) {
        checker.error(
          node,
          'rollback-in-parallel',
          'ValidationException',
          'Stage rollback is not available in PARALLEL execution mode; use FAIL, or another execution mode.',
        );
      }
    };
    if (kind === 'onFailure') {
      result(checker.field(block, 'result', 'string', `"${name}"`, false));
      const retry = property(block, 'retryConfiguration');
      const mode =
        retry === undefined
          ? undefined
          : checker.field(retry, 'retryMode', 'string', `"${checker.key('retryConfiguration')}"`, true);
      if (mode !== undefined && !isIntrinsicNode(mode) && !['ALL_ACTIONS', 'FAILED_ACTIONS'].includes(text(mode))) {
        checker.error(
          mode,
          'invalid-condition',
          'ValidationException',
          `retryMode is ALL_ACTIONS or FAILED_ACTIONS, not ${text(mode)}.`,
        );
      }
    }
    const conditions = checker.field(block, 'conditions', 'array', `"${name}"`, kind !== 'onFailure');
    if (conditions === undefined) continue;
    if (items(conditions).length !== 1) {
      checker.error(
        conditions,
        'invalid-condition',
        'ValidationException',
        `"${name}" holds exactly 1 condition, not ${items(conditions).length}.`,
      );
    }
    for (const condition of items(conditions)) {
      if (condition.type !== 'object') continue;
      result(checker.field(condition, 'result', 'string', 'A condition', false));
      const rules = checker.field(condition, 'rules', 'array', 'A condition', true);
      if (rules !== undefined && (items(rules).length < 1 || items(rules).length > 5)) {
        checker.error(
          rules,
          'invalid-condition',
          'ValidationException',
          `A condition has 1 to 5 rules, not ${items(rules).length}.`,
        );
      }
      for (const rule of items(rules)) {
        const typeId = rule.type === 'object' ? checker.field(rule, 'ruleTypeId', 'object', 'A rule', true) : undefined;
        const provider =
          typeId === undefined ? undefined : checker.field(typeId, 'provider', 'string', 'ruleTypeId', true);
        if (provider !== undefined && !isIntrinsicNode(provider) && !RULE_PROVIDERS.includes(text(provider))) {
          const suggestion = closest(text(provider), RULE_PROVIDERS);
          checker.error(
            provider,
            'unknown-rule-type',
            'InvalidStructureException',
            `Rule provider "${text(provider)}" is not one of ${RULE_PROVIDERS.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
          );
        }
        if (provider !== undefined && !isIntrinsicNode(provider)) checkRuleConfiguration(checker, rule, text(provider));
      }
    }
  }
}

/** A known rule's required configuration keys, and a DeploymentWindow's cron and time zone, each at its field. */
function checkRuleConfiguration(checker: PipelineChecker, rule: LocatedNode, provider: string): void {
  const required = RULE_REQUIRED_CONFIGURATION[provider];
  if (!required) return;
  const configuration = property(rule, 'configuration');
  if (configuration !== undefined && (isIntrinsicNode(configuration) || configuration.type !== 'object')) return;
  for (const key of required) {
    if (configuration === undefined || property(configuration, key) === undefined) {
      checker.error(
        configuration ?? rule,
        'missing-rule-configuration',
        'InvalidStructureException',
        `A ${provider} rule needs the configuration key ${key}.`,
      );
    }
  }
  const cron = configuration && property(configuration, 'Cron');
  if (provider !== 'DeploymentWindow' || cron === undefined || isIntrinsicNode(cron) || text(cron).includes('#{'))
    return;
  const zone = property(configuration!, 'TimeZone');
  const zoneText = zone === undefined || isIntrinsicNode(zone) ? 'UTC' : text(zone);
  const check = checkDeploymentWindow(text(cron), zoneText, 0);
  if (!check.ok) {
    checker.error(
      check.problem.startsWith('TimeZone') ? zone! : cron,
      'invalid-rule-configuration',
      'InvalidStructureException',
      `${check.problem}.`,
    );
  }
}
